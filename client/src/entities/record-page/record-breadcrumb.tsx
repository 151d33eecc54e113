import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { listLabelKey, listLink, recordLink, type TRecordKind } from "./record-kinds.ts";

/** One step of the trail after the list: a record (a parent partner, the record being edited). */
export type RecordCrumb = { kind: TRecordKind; id: string; label: string };

/** The list of the kind first, then the records on the way to this page. */
export function RecordBreadcrumb({ kind, trail = [] }: { kind: TRecordKind; trail?: ReadonlyArray<RecordCrumb> }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
      <ol>
        <li>
          <Link {...listLink(kind)}>{t(listLabelKey(kind))}</Link>
        </li>
        {trail.map((crumb) => (
          <li key={`${crumb.kind}:${crumb.id}`}>
            <Link {...recordLink(crumb.kind, crumb.id)}>{crumb.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
