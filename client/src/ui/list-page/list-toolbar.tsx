// The row between a register's filter bar and its table: the register's own filters
// first, the column picker pushed to the end.
import type { ReactNode } from "react";

/** `className` names the row (each register lays it out in its css); its end is `${className}__end`. */
export function ListToolbar({ className, end, children }: { className: string; end: ReactNode; children: ReactNode }): ReactNode {
  return (
    <div className={className}>
      {children}
      <div className={`${className}__end`}>{end}</div>
    </div>
  );
}
