// A record's facts as a description list: each row a label and its value. Record pages
// show their details this way, so the rows line up and read alike on every page.
import type { ReactNode } from "react";

export function Facts({ children }: { children: ReactNode }): ReactNode {
  return <dl className="facts">{children}</dl>;
}

type FactProps = {
  label: ReactNode;
  children: ReactNode;
  /** The row's class, for a list styled as tiles rather than `facts` rows. */
  className?: string;
  /** For tests that read one row. */
  testId?: string;
};

export function Fact({ label, children, className = "facts__row", testId }: FactProps): ReactNode {
  return (
    <div className={className} data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
