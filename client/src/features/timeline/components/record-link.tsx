// Where each timeline item leads: a meeting, an agreement or an event (a tour stop opens
// its tour), at the page the entity registry names. The record pages are registered by
// their own features; the path is a plain string so this page does not depend on their
// route types.
import type { AnchorHTMLAttributes, ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { recordPagePath } from "@atlas/shared/entity-registry";
import type { TimelineItem } from "../hooks/timeline-queries.ts";

/** The kind of record each timeline item is about (a tour stop belongs to its tour, an event). */
const itemRecord: Record<TimelineItem["kind"], "meeting" | "agreement" | "event"> = {
  interaction: "meeting",
  stageChange: "agreement",
  event: "event",
  tourStop: "event",
};

export function recordPath(item: TimelineItem): string {
  // Meetings, agreements and events all have a page, so the registry always gives one.
  return recordPagePath(itemRecord[item.kind], item.recordId) ?? "/timeline";
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
