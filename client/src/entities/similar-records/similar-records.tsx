// The duplicate guard under a record's name field: while the name is typed, records
// already in the register with a similar name (another case ending, ё/е, a typo) are
// offered with a link to open them. Each form brings its own search and says how to
// describe a match.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { recordLink, type TRecordKind } from "../record-page/record-kinds.ts";
import "./similar-records.css";

/** A search shorter than this finds too much to be a warning. */
const minimumNameLength = 3;

export type SimilarRecord = { id: string; name: string; exact: boolean; meta: string };

export function SimilarRecords({ kind, name, found }: { kind: TRecordKind; name: string; found: SimilarRecord[] | undefined }): ReactNode {
  const { t } = useTranslation();
  // Only what matches the name as it is now: an answer for an older, longer name is dropped.
  const items = name.trim().length >= minimumNameLength ? (found ?? []) : [];
  return (
    <div className="similar-records" aria-live="polite">
      {items.length > 0 && (
        <div className="similar-records__box" role="status">
          <p className="similar-records__title">{t("people.similar.title")}</p>
          <ul className="similar-records__list">
            {items.map((record) => (
              <li key={record.id} className="similar-records__item">
                <span className="similar-records__name">
                  <strong>{record.name}</strong>
                  {record.exact && <span className="tag">{t("people.similar.same")}</span>}
                  <span className="similar-records__meta">{record.meta}</span>
                </span>
                <Link {...recordLink(kind, record.id)} className="similar-records__open">
                  {t("people.similar.open")}
                </Link>
              </li>
            ))}
          </ul>
          <p className="similar-records__hint">{t("people.similar.hint")}</p>
        </div>
      )}
    </div>
  );
}
