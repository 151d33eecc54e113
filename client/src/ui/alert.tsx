import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

/** An inline notice. Errors and warnings are announced at once, the rest politely. */
export function Alert({ tone = "info", title, children, actions }: { tone?: Tone; title?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  const urgent = tone === "error" || tone === "warning";
  return (
    <div className={`alert alert--${tone}`} role={urgent ? "alert" : "status"}>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children && <div className="alert__text">{children}</div>}
      </div>
      {actions && <div className="alert__actions">{actions}</div>}
    </div>
  );
}
