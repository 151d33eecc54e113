import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { recordKinds, type TRecordKind } from "./record-kinds.ts";

/** One step of the trail after the list: a record (a parent partner, the record being edited). */
export type RecordCrumb = { kind: TRecordKind; id: string; label: string };

/** The list of the kind first, then the records on the way to this page. */
export function RecordBreadcrumb({ kind, trail = [] }: { kind: TRecordKind; trail?: ReadonlyArray<RecordCrumb> }) {
  const { t } = useTranslation();
  const { list, listLabel } = recordKinds[kind];
  return (
    <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
      <ol>
        <li>
          <Link {...list}>{t(listLabel)}</Link>
        </li>
        {trail.map((crumb) => (
          <li key={`${crumb.kind}:${crumb.id}`}>
            <Link {...recordKinds[crumb.kind].record(crumb.id)}>{crumb.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
