// Entering one period's export figures as one table: rows are export categories,
// columns are destinations, each cell a value (in the table's currency) or a volume
// (in its unit). A block copied from a spreadsheet fills the table; saving writes
// every changed cell in one transaction (exportFigure.saveTable). The state lives in
// hooks/use-export-grid.ts; this page arranges its parts and the messages after a save.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { useExportGrid, type Part } from "../hooks/use-export-grid.ts";
import { ExportSettings } from "./export-settings.tsx";
import { ExportPaste } from "./export-paste.tsx";
import { ExportGridTable } from "./export-grid-table.tsx";
import "./exports.css";

export function ExportEntryPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t("exports.entry.title"));
  const grid = useExportGrid();
  const { form, year, rows, destinationNames, dirty, conflict, saved } = grid;
  const { edits } = form.values;

  const loading = grid.categories.isPending || grid.destinations.isPending || grid.period.isPending || !grid.period.complete;
  const loadError = grid.categories.isError || grid.destinations.isError || grid.period.isError;
  const partLabel = (p: Part) =>
    p === "year"
      ? t("exports.entry.wholeYear")
      : p.startsWith("q")
        ? t("charts.quarter", { year, quarter: ["I", "II", "III", "IV"][Number(p.slice(1)) - 1], n: p.slice(1) })
        : new Intl.DateTimeFormat(format.locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, Number(p.slice(1)) - 1, 1)));
  const names = { category: (id: string) => rows.find((r) => r.id === id)?.name ?? "?", destination: (id: string) => destinationNames.get(id) ?? "?" };
  const cellErrorList = grid.cellErrors.map(({ key, messages }) => {
    const [c = "", d = ""] = key.split(":");
    return { key, text: `${names.category(c)} → ${names.destination(d)}: ${messages.join("; ")}` };
  });

  return (
    <div className="page">
      <PageHeader
        title={t("exports.entry.title")}
        intro={t("exports.entry.intro")}
        breadcrumb={
          <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
            <Link to="/exports" className="quiet-link">
              {t("exports.title")}
            </Link>
          </nav>
        }
      />

      <form
        className="entry"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          grid.submit();
        }}
      >
        <ExportSettings grid={grid} partLabel={partLabel} />
        <ExportPaste grid={grid} loading={loading} />
        <ExportGridTable grid={grid} loading={loading} loadError={loadError} partLabel={partLabel} />

        {cellErrorList.length > 0 && (
          <Alert tone="error" title={t("exports.entry.cellErrorsTitle")}>
            <ul className="entry__problems">
              {cellErrorList.map((e) => (
                <li key={e.key}>{e.text}</li>
              ))}
            </ul>
          </Alert>
        )}
        {form.general && cellErrorList.length === 0 && <Alert tone="error">{form.general}</Alert>}
        {conflict && (
          <Alert
            tone="warning"
            title={t("exports.entry.conflictTitle")}
            actions={<Button onClick={grid.reloadAfterConflict}>{t("exports.entry.reload")}</Button>}
          >
            {conflict}
          </Alert>
        )}
        {saved && (
          <Alert
            tone="success"
            title={t("exports.entry.saved")}
            actions={
              <Link to="/exports" className={buttonClass("secondary")}>
                {t("exports.entry.toList")}
              </Link>
            }
          >
            {t("exports.entry.savedText", { created: saved.created, updated: saved.updated })}
          </Alert>
        )}

        <div className="entry__footer">
          <Button type="submit" variant="primary" busy={form.saving} icon={<Icon name="edit" />}>
            {t("exports.entry.save")}
          </Button>
          {dirty && <span className="muted small">{t("exports.entry.changedCells", { count: Object.keys(edits).length })}</span>}
          {dirty && (
            <Button variant="ghost" onClick={grid.discard}>
              {t("exports.entry.discard")}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
