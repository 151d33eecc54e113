// Where each timeline item leads: a meeting, an agreement or an event (a tour stop opens
// its tour). The record pages are registered by their own features; the path is built
// here as a plain string so this page does not depend on their route types.
import type { AnchorHTMLAttributes, ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import type { TimelineItem } from "../hooks/timeline-queries.ts";

export function recordPath(item: TimelineItem): string {
  const id = encodeURIComponent(item.recordId);
  switch (item.kind) {
    case "interaction":
      return `/meetings/${id}`;
    case "stageChange":
      return `/agreements/${id}`;
    case "event":
    case "tourStop":
      return `/events/${id}`;
  }
}

/** Beside the item: what a link may carry (the axis gives its marks a label, tooltip handlers and a tab stop). */
type RecordLinkProps = { item: TimelineItem; children: ReactNode } & Pick<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  "className" | "tabIndex" | "aria-label" | "onPointerEnter" | "onFocus" | "onBlur"
>;

export function RecordLink({ item, children, ...rest }: RecordLinkProps): ReactNode {
  return (
    <Link to={recordPath(item) as never} {...rest}>
      {children}
    </Link>
  );
}

export function PartnerLinks({ partners }: { partners: TimelineItem["partners"] }): ReactNode {
  return partners.map((p, i) => (
    <span key={p.id}>
      {i > 0 && ", "}
      <Link to="/partners/$partnerId" params={{ partnerId: p.id }} className="quiet-link">
        {p.name}
      </Link>
    </span>
  ));
}
