import type { ReactNode } from "react";

/** Title row of a page: breadcrumb above, title and intro on the left, actions on the right. */
export function PageHeader({
  title,
  intro,
  actions,
  breadcrumb,
  meta,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  breadcrumb?: ReactNode;
  meta?: ReactNode;
}) {
  return (
    <header className="page-header">
      {breadcrumb}
      <div className="page-header__row">
        <div className="page-header__text">
          <h1 className="page-header__title" tabIndex={-1} data-page-title>
            {title}
          </h1>
          {meta && <div className="page-header__meta">{meta}</div>}
          {intro && <p className="page-header__intro">{intro}</p>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
