// «Скачать» on a list: the rows the page's filter and sort select, as CSV or XLSX, from
// the server (which streams them, so a large list need not be loaded into the page).
// Analysts and above; the server refuses the others anyway.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { downloadPath, type TDownloadList } from "@atlas/shared/downloads";
import { useHasRole } from "../../lib/session.ts";
import "./texts.ts";
import "./downloads.css";

/** Which list and the input its `*.list` query sends now (filter and sort). */
export type DownloadTarget = { list: TDownloadList; input: { filter?: unknown; sort?: unknown } };

export function DownloadMenu({ target }: { target: DownloadTarget }): ReactNode {
  const { t } = useTranslation();
  if (!useHasRole("ANALYST")) return null;
  return (
    <DownloadDisclosure>
      <a className="download-menu__item" href={downloadPath(target.list, "csv", target.input)} download>
        {t("downloads.csv")}
      </a>
      <a className="download-menu__item" href={downloadPath(target.list, "xlsx", target.input)} download>
        {t("downloads.xlsx")}
      </a>
    </DownloadDisclosure>
  );
}

/** The «Скачать» button and its menu; a native disclosure, so keyboard and screen readers work without script. */
export function DownloadDisclosure({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  return (
    <details className="download-menu">
      <summary className="download-menu__button" title={t("downloads.menuHint")}>
        {t("downloads.menu")}
      </summary>
      <div className="download-menu__items">{children}</div>
    </details>
  );
}
