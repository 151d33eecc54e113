import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** "Партнёры — Атлас сотрудничества" in the tab and in the browser history. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}
