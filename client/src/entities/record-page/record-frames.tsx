// What a record's route shows instead of the page: while the record loads, when it is not
// there, and around an error. The router takes these as the route's pending, not-found
// and error components, so every record page and form page looks the same in these states.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/states.tsx";
import { buttonClass } from "../../ui/button.tsx";
import { Skeleton } from "../../ui/spinner.tsx";
import { listLabelKey, listLink, notFoundTitleKey, type TRecordKind } from "./record-kinds.ts";
import { RecordBreadcrumb } from "./record-breadcrumb.tsx";

/** A record's own page is wide; its form is narrow. */
export type TRecordLayout = "detail" | "form";

export function recordPageClass(layout: TRecordLayout, extra?: string): string {
  return [layout === "form" ? "page page--narrow" : "page", extra].filter(Boolean).join(" ");
}

/** The page around a state: the breadcrumb to the list stays, so there is a way back. */
export function RecordStateFrame({ kind, layout, busy, children }: { kind: TRecordKind; layout: TRecordLayout; busy?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  // Until the record is there, the tab says which list the page belongs to.
  useDocumentTitle(t(listLabelKey(kind)));
  return (
    <div className={recordPageClass(layout)} aria-busy={busy || undefined}>
      <RecordBreadcrumb kind={kind} />
      {children}
    </div>
  );
}

export function RecordPending({ kind, layout }: { kind: TRecordKind; layout: TRecordLayout }) {
  return (
    <RecordStateFrame kind={kind} layout={layout} busy>
      {layout === "detail" && (
        <div className="page-header">
          <Skeleton lines={2} width="40%" />
        </div>
      )}
      <div className="card">
        <Skeleton lines={layout === "detail" ? 6 : 8} />
      </div>
    </RecordStateFrame>
  );
}

/** Deleted meanwhile or never there: say so and lead back to the list. */
export function RecordNotFound({ kind, layout }: { kind: TRecordKind; layout: TRecordLayout }) {
  const { t } = useTranslation();
  return (
    <RecordStateFrame kind={kind} layout={layout}>
      <EmptyState
        title={t(notFoundTitleKey(kind))}
        text={t("errors.notFound")}
        action={
          <Link {...listLink(kind)} className={buttonClass("primary")}>
            {t("common.backTo", { place: t(listLabelKey(kind)) })}
          </Link>
        }
      />
    </RecordStateFrame>
  );
}
