// The posts a person held, one row each: post, organisation, and the days from and to
// (either may stay empty when the source does not give it). The row without an end is
// the current post; the person's post everywhere else follows it.
import { useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/text-field.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { Button } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import type { RecordForm } from "../../../lib/use-record-form.ts";
import { emptyPosition, type PersonFormValues, type PositionValues } from "../hooks/person-form-values.ts";

/** As many as the API takes (ZPersonFields.positions). */
const maxPositions = 50;

export function PositionRows({ form, note }: { form: RecordForm<PersonFormValues>; note?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const rows = form.values.positions;
  const setRows = (update: (rows: PositionValues[]) => PositionValues[]) => form.setValues((v) => ({ ...v, positions: update(v.positions) }));
  const setRow = (index: number, patch: Partial<PositionValues>) => setRows((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  // After adding or removing, focus goes to a post field, so keyboard users stay in the list.
  const focusRow = (key: string | undefined) =>
    requestAnimationFrame(() => (key ? listRef.current?.querySelector<HTMLInputElement>(`[data-position="${key}"] input`) : null)?.focus());
  const general = form.errors["positions"]?.[0];

  return (
    <fieldset className="positions form-grid__full">
      <legend className="positions__legend">{t("people.positions.title")}</legend>
      <p className="field__hint">{t("people.positions.hint")}</p>
      {general && (
        <p className="field__error" role="alert">
          {general}
        </p>
      )}
      {note && <p className="field__note">{note}</p>}
      <ol className="positions__list" ref={listRef}>
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <li key={row.key} className="positions__row" data-position={row.key}>
              <TextField
                label={t("people.fields.post")}
                name={`positions.${i}.post`}
                required
                maxLength={500}
                className="positions__post"
                value={row.post}
                onChange={(e) => setRow(i, { post: e.target.value })}
                error={form.error(`positions.${i}.post`)}
              />
              <TextField
                label={t("people.fields.organisation")}
                name={`positions.${i}.organisation`}
                maxLength={500}
                className="positions__organisation"
                value={row.organisation}
                onChange={(e) => setRow(i, { organisation: e.target.value })}
                error={form.error(`positions.${i}.organisation`)}
              />
              <DayField
                label={t("people.positions.startsOn")}
                name={`positions.${i}.startsOn`}
                // The placeholder (дд.мм.гггг) says the format; a hint under every row would crowd the list.
                hint={null}
                value={row.startsOn}
                onChange={(day) => setRow(i, { startsOn: day ?? "" })}
                error={form.error(`positions.${i}.startsOn`)}
              />
              <DayField
                label={t("people.positions.endsOn")}
                name={`positions.${i}.endsOn`}
                // The placeholder (дд.мм.гггг) says the format; a hint under every row would crowd the list.
                hint={null}
                value={row.endsOn}
                onChange={(day) => setRow(i, { endsOn: day ?? "" })}
                error={form.error(`positions.${i}.endsOn`)}
              />
              <Button
                size="sm"
                variant="ghost"
                className="btn--danger-text positions__remove"
                aria-label={t("people.positions.remove", { n })}
                title={t("people.positions.remove", { n })}
                onClick={() => {
                  const next = rows[i + 1] ?? rows[i - 1];
                  setRows((list) => list.filter((p) => p.key !== row.key));
                  focusRow(next?.key);
                }}
              >
                <Icon name="trash" size={16} />
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        icon={<Icon name="plus" size={16} />}
        disabled={rows.length >= maxPositions}
        onClick={() => {
          const row = emptyPosition();
          setRows((list) => [...list, row]);
          focusRow(row.key);
        }}
      >
        {t("people.positions.add")}
      </Button>
    </fieldset>
  );
}
