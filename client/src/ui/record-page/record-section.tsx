// The cards a record's page is made of. Every section is labelled by its own heading, so
// screen readers list the page by its sections; the count next to the heading says how
// many items the section holds before anyone reads them.
import type { ReactNode } from "react";
import { useFormat } from "../../lib/format.ts";

type RecordSectionProps = {
  /** The heading's id, which labels the section. */
  id: string;
  title: ReactNode;
  /** How many items the section lists; nothing is shown for none. */
  count?: number;
  /** Classes besides `card` (a layout's own spacing). */
  className?: string;
  children: ReactNode;
};

export function RecordSection({ id, title, count, className, children }: RecordSectionProps): ReactNode {
  const format = useFormat();
  return (
    <section className={className ? `card ${className}` : "card"} aria-labelledby={id}>
      <h2 className="card__title" id={id}>
        {title}
        {count !== undefined && count > 0 && <span className="count-pill">{format.number(count)}</span>}
      </h2>
      {children}
    </section>
  );
}

/** A record's free text under its own subheading (notes, summary, description); `empty` when there is none. */
export function RecordText({ title, text, empty }: { title: ReactNode; text: string | null | undefined; empty: ReactNode }): ReactNode {
  return (
    <>
      <h3 className="card__subtitle">{title}</h3>
      {text ? <p className="notes">{text}</p> : <p className="muted">{empty}</p>}
    </>
  );
}

/** When the record was last changed and when it was put on file, each already worded by its feature. */
export function RecordStamps({ updated, created }: { updated: string; created: string }): ReactNode {
  return (
    <p className="card__footnote">
      {updated} · {created}
    </p>
  );
}
