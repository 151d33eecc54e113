// Cells that register tables share: a record's name linking to its page (with a quieter
// second line when the register has one), and the records a row links to (a meeting's
// partners, an agreement's parties), or «—» when there are none.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { recordLink, type TRecordKind } from "../record-page/record-kinds.ts";

type RecordTitleCellProps = {
  kind: TRecordKind;
  id: string;
  title: string;
  /** The second line; nothing when empty. */
  alt?: string | null | false;
  /** The language of the second line when it is not the page's. */
  altLang?: string;
  /** Marks after the name (the home region's icon). */
  children?: ReactNode;
};

export function RecordTitleCell({ kind, id, title, alt, altLang, children }: RecordTitleCellProps): ReactNode {
  return (
    <span className="cell-title">
      <span className="cell-title__names">
        <Link {...recordLink(kind, id)} className="cell-title__link">
          {title}
        </Link>
        {alt && (
          <span className="cell-title__alt" lang={altLang}>
            {alt}
          </span>
        )}
      </span>
      {children}
    </span>
  );
}

type RecordLinksCellProps = {
  kind: TRecordKind;
  records: ReadonlyArray<{ id: string; name: string }>;
  /** The register's class for the row of links. */
  className: string;
  /** Past this many links, `more` says how many are left out. */
  limit?: number;
  more?: (hidden: number) => string;
};

export function RecordLinksCell({ kind, records, className, limit = Infinity, more }: RecordLinksCellProps): ReactNode {
  const { t } = useTranslation();
  if (records.length === 0) return <span className="muted">{t("common.none")}</span>;
  const hidden = records.length - limit;
  return (
    <span className={className}>
      {records.slice(0, limit).map((record) => (
        <Link key={record.id} {...recordLink(kind, record.id)} className="quiet-link">
          {record.name}
        </Link>
      ))}
      {hidden > 0 && more && <span className="muted">{more(hidden)}</span>}
    </span>
  );
}
