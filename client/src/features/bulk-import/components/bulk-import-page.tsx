// «Импорт таблицы» (issue 15, item 5): an editor picks what the table holds and uploads a
// CSV or XLSX file; the server reads and checks it (bulkImport.preview, nothing written)
// and the page shows the columns it mapped and every row with its problems; the editor
// corrects the mapping, leaves rows out or uploads a fixed file, then imports all
// selected rows at once (bulkImport.commit checks the file again and writes all or none).
import { useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  bulkImportKinds,
  maxImportFileBytes,
  maxImportRows,
  type TBulkImportField,
  type TBulkImportKind,
  type TBulkImportPreview,
  type TBulkImportRow,
} from "@atlas/shared/bulk-import";
import { trpc } from "../../../lib/trpc.ts";
import { errorText, problemText } from "../../../lib/errors.ts";
import { invalidateEverything } from "../../../lib/invalidation.ts";
import { currentLanguage } from "../../../lib/i18n.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Select } from "../../../ui/select.tsx";
import { Field } from "../../../ui/field.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { downloadSample, fileAsBase64 } from "../hooks/sample-file.ts";
import "../bulk-import.css";
import "../texts.ts";

type Upload = { kind: TBulkImportKind; fileName: string; contentBase64: string };

export function BulkImportPage(): ReactNode {
  const { t } = useTranslation();
  useDocumentTitle(t("bulkImport.title"));
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TBulkImportKind>("person");
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<TBulkImportPreview | null>(null);
  const [skipped, setSkipped] = useState<Set<number>>(new Set());
  const [created, setCreated] = useState<number | null>(null);
  const check = useMutation(trpc.bulkImport.preview.mutationOptions());
  const commit = useMutation(trpc.bulkImport.commit.mutationOptions());

  const runPreview = async (next: Upload, mapping: Record<string, number | null> = {}) => {
    const result = await check.mutateAsync({ ...next, mapping }).catch(() => null);
    if (!result) return;
    setUpload(next);
    setPreview(result);
    setSkipped(new Set());
  };

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    commit.reset();
    if (!file) return setFileError(t("bulkImport.chooseFile"));
    // Refused here at once rather than after an upload the server would refuse.
    if (file.size > maxImportFileBytes) return setFileError(t("bulkImport.fileTooLarge"));
    setFileError(null);
    await runPreview({ kind, fileName: file.name, contentBase64: await fileAsBase64(file) });
  };

  const onCommit = async () => {
    if (!upload || !preview) return;
    const result = await commit.mutateAsync({ ...upload, mapping: preview.mapping, skipRows: [...skipped] }).catch(() => null);
    if (!result) return;
    setCreated(result.created);
    await invalidateEverything(queryClient);
  };

  const restart = () => {
    setPreview(null);
    setUpload(null);
    setCreated(null);
    setFile(null);
    check.reset();
    commit.reset();
  };

  if (created !== null) {
    return (
      <div className="page page--narrow">
        <PageHeader title={t("bulkImport.title")} />
        <Alert tone="success" actions={<Button onClick={restart}>{t("bulkImport.again")}</Button>}>
          {t("bulkImport.done", { count: created })}
        </Alert>
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title={t("bulkImport.title")} intro={t("bulkImport.intro")} />
      <form className="bulk-import__step" onSubmit={(e) => void onCheck(e)}>
        <div className="bulk-import__actions">
          <Select
            label={t("bulkImport.kind")}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as TBulkImportKind);
              setPreview(null);
            }}
            options={bulkImportKinds.map((k) => ({ value: k, label: t(`bulkImport.kinds.${k}`) }))}
          />
          <Button onClick={() => downloadSample(kind)}>{t("bulkImport.sample")}</Button>
        </div>
        <Field label={t("bulkImport.file")} hint={t("bulkImport.fileHint", { maximum: maxImportRows })} error={fileError}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="file"
              className="input"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
              }}
            />
          )}
        </Field>
        {check.isError && <Alert tone="error">{errorText(check.error)}</Alert>}
        <div className="bulk-import__actions">
          <Button type="submit" variant="primary" busy={check.isPending}>
            {t("bulkImport.check")}
          </Button>
        </div>
      </form>
      {preview && upload && (
        <PreviewStep
          preview={preview}
          skipped={skipped}
          onSkip={setSkipped}
          onMapping={(mapping) => void runPreview(upload, mapping)}
          remapping={check.isPending}
          onCommit={() => void onCommit()}
          committing={commit.isPending}
          commitError={commit.isError ? errorText(commit.error) : null}
        />
      )}
    </div>
  );
}

const fieldLabel = (field: TBulkImportField) => (currentLanguage() === "en" ? field.headerEn : field.header);

function PreviewStep({
  preview,
  skipped,
  onSkip,
  onMapping,
  remapping,
  onCommit,
  committing,
  commitError,
}: {
  preview: TBulkImportPreview;
  skipped: Set<number>;
  onSkip: (next: Set<number>) => void;
  onMapping: (mapping: Record<string, number | null>) => void;
  remapping: boolean;
  onCommit: () => void;
  committing: boolean;
  commitError: string | null;
}): ReactNode {
  const { t } = useTranslation();
  const mapped = preview.fields.filter((f) => preview.mapping[f.name] !== null);
  const isInvalid = (row: TBulkImportRow) => Object.keys(row.errors).length > 0;
  const invalid = preview.rows.filter(isInvalid);
  const selected = preview.rows.filter((row) => !skipped.has(row.rowNumber));
  const blocked = selected.some(isInvalid);
  const labelOf = (name: string) => {
    const field = preview.fields.find((f) => f.name === name);
    return field ? fieldLabel(field) : name;
  };
  const toggle = (rowNumber: number, include: boolean) => {
    const next = new Set(skipped);
    if (include) next.delete(rowNumber);
    else next.add(rowNumber);
    onSkip(next);
  };

  return (
    <>
      <section className="bulk-import__step" aria-labelledby="bulk-import-mapping">
        <h2 id="bulk-import-mapping">{t("bulkImport.mapping")}</h2>
        <p className="muted">{t("bulkImport.mappingHint")}</p>
        <div className="bulk-import__mapping">
          {preview.fields.map((field) => (
            <Select
              key={field.name}
              label={fieldLabel(field)}
              hint={field.required ? t("bulkImport.required") : undefined}
              disabled={remapping}
              value={preview.mapping[field.name] === null ? "" : String(preview.mapping[field.name])}
              onChange={(e) => onMapping({ ...preview.mapping, [field.name]: e.target.value === "" ? null : Number(e.target.value) })}
              placeholder={t("bulkImport.notLoaded")}
              options={preview.headers.map((header, i) => ({ value: String(i), label: header || `#${i + 1}` }))}
            />
          ))}
        </div>
      </section>
      <section className="bulk-import__step" aria-labelledby="bulk-import-rows">
        <h2 id="bulk-import-rows">{t("bulkImport.rows")}</h2>
        <p role="status">{t("bulkImport.summary", { total: preview.rows.length, invalid: invalid.length, selected: selected.length })}</p>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("bulkImport.rowNumber")}</th>
                {/* Before the cells: a wide table scrolls, and the problems are what the editor reads first. */}
                <th scope="col" className="bulk-import__status">
                  {t("bulkImport.status")}
                </th>
                {mapped.map((f) => (
                  <th key={f.name} scope="col">
                    {fieldLabel(f)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNumber} className={isInvalid(row) ? "bulk-import__row--invalid" : undefined}>
                  <td>
                    <Checkbox
                      label={row.rowNumber}
                      aria-label={t("bulkImport.include", { row: row.rowNumber })}
                      checked={!skipped.has(row.rowNumber)}
                      onChange={(e) => toggle(row.rowNumber, e.target.checked)}
                    />
                  </td>
                  <td>
                    <RowStatus row={row} labelOf={labelOf} />
                  </td>
                  {mapped.map((f) => (
                    <td key={f.name}>{row.values[f.name]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {blocked && (
          <Alert
            tone="warning"
            actions={<Button onClick={() => onSkip(new Set([...skipped, ...invalid.map((row) => row.rowNumber)]))}>{t("bulkImport.excludeInvalid")}</Button>}
          >
            {t("bulkImport.blockedByErrors")}
          </Alert>
        )}
        {commitError && <Alert tone="error">{commitError}</Alert>}
        <div className="bulk-import__actions">
          <Button variant="primary" busy={committing} disabled={blocked || selected.length === 0 || remapping} onClick={onCommit}>
            {t("bulkImport.commit", { count: selected.length })}
          </Button>
        </div>
      </section>
    </>
  );
}

function RowStatus({ row, labelOf }: { row: TBulkImportRow; labelOf: (name: string) => string }): ReactNode {
  const { t } = useTranslation();
  const lines = [
    ...Object.entries(row.errors).flatMap(([field, problems]) =>
      problems.map((found) => ({
        tone: "error",
        text: t("bulkImport.rowProblem", { row: row.rowNumber, field: labelOf(field), message: problemText(found) }),
      })),
    ),
    ...Object.entries(row.warnings).flatMap(([field, problems]) =>
      problems.map((found) => ({
        tone: "warning",
        text: t("bulkImport.rowProblem", { row: row.rowNumber, field: labelOf(field), message: problemText(found) }),
      })),
    ),
    ...row.matches.map((match) => ({ tone: "match", text: t("bulkImport.matched", { field: labelOf(match.field), name: match.name }) })),
  ];
  if (Object.keys(row.errors).length === 0) lines.unshift({ tone: "ok", text: t("bulkImport.rowOk") });
  return (
    <ul className="bulk-import__problems">
      {lines.map((line, i) => (
        <li key={i} className={line.tone === "error" ? "field__error" : undefined}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
