// "Вставить из таблицы": a block copied from a spreadsheet fills the table
// (hooks/paste-table.ts reads it); what it cannot read is listed, and nothing is filled.
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../ui/alert.tsx";
import { Button } from "../../../ui/button.tsx";
import { parsePastedTable, type PasteProblem } from "../hooks/paste-table.ts";
import type { ExportGrid } from "../hooks/use-export-grid.ts";

export function ExportPaste({ grid, loading }: { grid: ExportGrid; loading: boolean }): ReactNode {
  const { t } = useTranslation();
  const ids = useId();
  const [pasteText, setPasteText] = useState("");
  const [pasteProblems, setPasteProblems] = useState<PasteProblem[]>([]);
  const [pasteDone, setPasteDone] = useState<number | null>(null);

  function applyPaste() {
    setPasteDone(null);
    const result = parsePastedTable(pasteText, grid.rows, [
      ...(grid.destinations.data?.items ?? []),
      ...grid.figures.map((f) => ({ id: f.destination.id, name: f.destination.name })),
    ]);
    setPasteProblems(result.problems);
    if (result.problems.length > 0) return;
    grid.applyPaste(result);
    setPasteDone(result.cells.length);
  }

  const problemText = (p: PasteProblem): string => {
    switch (p.kind) {
      case "empty":
        return t("exports.paste.empty");
      case "noData":
        return t("exports.paste.noData");
      case "unknownCategory":
        return p.name ? t("exports.paste.unknownCategory", { row: p.row, name: p.name }) : t("exports.paste.noCategory", { row: p.row });
      case "unknownDestination":
        return t("exports.paste.unknownDestination", { column: p.column, name: p.name });
      case "duplicateCategory":
        return t("exports.paste.duplicateCategory", { row: p.row, name: p.name });
      case "duplicateDestination":
        return t("exports.paste.duplicateDestination", { column: p.column, name: p.name });
      case "badNumber":
        return t("exports.paste.badNumber", { row: p.row, column: p.column, text: p.text });
    }
  };

  return (
    <section className="card entry__paste" aria-labelledby={`${ids}-paste`}>
      <h2 className="card__title" id={`${ids}-paste`}>
        {t("exports.paste.title")}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-paste-text`}>
          {t("exports.paste.label")}
        </label>
        <textarea
          id={`${ids}-paste-text`}
          className="input input--multiline entry__paste-text"
          rows={4}
          value={pasteText}
          spellCheck={false}
          placeholder={t("exports.paste.placeholder")}
          onChange={(e) => setPasteText(e.target.value)}
          aria-describedby={`${ids}-paste-hint`}
        />
        <p className="field__hint" id={`${ids}-paste-hint`}>
          {t("exports.paste.hint")}
        </p>
      </div>
      <div className="entry__actions">
        <Button onClick={applyPaste} disabled={loading || pasteText.trim() === ""}>
          {t("exports.paste.apply")}
        </Button>
      </div>
      {pasteProblems.length > 0 && (
        <Alert tone="error" title={t("exports.paste.problemsTitle", { count: pasteProblems.length })}>
          <ul className="entry__problems">
            {pasteProblems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {pasteDone !== null && <Alert tone="success">{t("exports.paste.done", { count: pasteDone })}</Alert>}
    </section>
  );
}
