// Where each timeline item leads: a meeting, an agreement or an event (a tour stop opens
// its tour). The record pages are registered by their own features; the path is built
// here as a plain string so this page does not depend on their route types.
import type { ReactNode } from "react";
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

type RecordLinkProps = { item: TimelineItem; className?: string; tabIndex?: number; children: ReactNode };

export function RecordLink({ item, className, tabIndex, children }: RecordLinkProps): ReactNode {
  return (
    <Link to={recordPath(item) as never} className={className} tabIndex={tabIndex}>
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
