// One section of the partner dossier with its own loading, error and empty states:
// the dossier is one request, but each block says for itself what it is waiting for
// or what went wrong, so the page never shows one blank.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isNetworkError } from "../../../lib/errors.ts";
import { useFormat } from "../../../lib/format.ts";
import { Button } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import type { PartnerDossier, PartnerDossierQuery } from "../hooks/partner-queries.ts";
import "../texts.ts";

type Props = {
  id: string;
  title: ReactNode;
  query: PartnerDossierQuery;
  /** The number shown next to the title once loaded. */
  count?: (d: PartnerDossier) => number | null;
  /** When true the block shows `empty` instead of its body. */
  isEmpty?: (d: PartnerDossier) => boolean;
  empty?: ReactNode;
  children: (d: PartnerDossier) => ReactNode;
  className?: string;
  lines?: number;
};

export function DossierBlock({ id, title, query, count, isEmpty, empty, children, className, lines = 4 }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const n = query.data && count ? count(query.data) : null;
  return (
    <section className={`card dossier-block ${className ?? ""}`} aria-labelledby={id} aria-busy={query.isPending || undefined}>
      <h2 className="card__title dossier-block__title" id={id}>
        {title}
        {n !== null && n > 0 && <span className="count-pill">{format.number(n)}</span>}
      </h2>
      {query.isPending ? (
        <Skeleton lines={lines} />
      ) : query.isError ? (
        <div className="dossier-block__error" role="alert">
          <p>{isNetworkError(query.error) ? t("errors.network") : t("dossier.blockError")}</p>
          <Button size="sm" onClick={() => void query.refetch()}>
            {t("common.retry")}
          </Button>
        </div>
      ) : isEmpty?.(query.data) ? (
        <p className="muted dossier-block__empty">{empty}</p>
      ) : (
        children(query.data)
      )}
    </section>
  );
}

/**
 * "Показано 8 из 469" under a cut list, with a link to the full list. `printLimit`:
 * the printed briefing shows fewer rows (partner-page.css), and says so.
 */
export function ShownOf({ shown, total, more, printLimit }: { shown: number; total: number; more?: ReactNode; printLimit?: number }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const printed = printLimit === undefined ? shown : Math.min(shown, printLimit);
  const text = (n: number) => t("common.shown", { shown: format.number(n), total: format.number(total) });
  if (total <= shown && !more && total <= printed) return null;
  return (
    <p className="dossier-more">
      {total > shown && <span className={printed < shown ? "dossier-screen-only" : undefined}>{text(shown)}</span>}
      {printed < shown && <span className="dossier-print-only">{text(printed)}</span>}
      {more}
    </p>
  );
}
