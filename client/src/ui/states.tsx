// What a page shows instead of content: nothing there yet, or something went wrong.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./button.tsx";

export function EmptyState({ title, text, action, icon = "search" }: { title: string; text?: ReactNode; action?: ReactNode; icon?: "search" | "folder" }) {
  return (
    <div className="state state--empty">
      <svg className="state__icon" aria-hidden="true" viewBox="0 0 48 48" width="48" height="48">
        {icon === "search" ? (
          <>
            <circle cx="21" cy="21" r="12" fill="none" stroke="currentColor" strokeWidth="3" />
            <path d="m30 30 10 10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
          </>
        ) : (
          <path d="M6 14a3 3 0 0 1 3-3h10l4 4h16a3 3 0 0 1 3 3v19a3 3 0 0 1-3 3H9a3 3 0 0 1-3-3z" fill="none" stroke="currentColor" strokeWidth="3" />
        )}
      </svg>
      <h2 className="state__title">{title}</h2>
      {text && <p className="state__text">{text}</p>}
      {action && <div className="state__action">{action}</div>}
    </div>
  );
}

export function ErrorState({ title, message, onRetry, action }: { title?: string; message?: ReactNode; onRetry?: () => void; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <svg className="state__icon" aria-hidden="true" viewBox="0 0 48 48" width="48" height="48">
        <path d="M24 5 44 41H4z" fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round" />
        <path d="M24 19v10M24 34v1" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <h2 className="state__title">{title ?? t("errors.title")}</h2>
      <p className="state__text">{message ?? t("errors.load")}</p>
      {(onRetry || action) && (
        <div className="state__action">
          {onRetry && (
            <Button variant="primary" onClick={onRetry}>
              {t("common.retry")}
            </Button>
          )}
          {action}
        </div>
      )}
    </div>
  );
}
