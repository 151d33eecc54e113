// A date as precise as its source: a day, a month («в декабре»), a quarter, a year, or a
// day «около». The precision is chosen first and the matching input follows: a DayField
// (дд.мм.гггг) for a day or an approximate day, month + year, quarter + year, or a year
// alone. The value is { day, precision } where, for a month, quarter or year, `day` is
// the period's first day (shared periodOf): what the API stores as startsAt. While the
// year typed is not a year, `day` holds that text, so the form's schema refuses it and
// nothing is guessed.
import { useEffect, useId, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  datePrecisions,
  dayParts,
  isCalendarDay,
  makeDay,
  maxYear,
  minYear,
  periodOf,
  type CalendarDay,
  type TDatePrecision,
} from "@atlas/shared/calendar-day";
import { intlLocale } from "../lib/i18n.ts";
import { DayField } from "./day-field.tsx";
import { firstError, type FieldError } from "./field.tsx";
import "./precise-date-field.css";

export type PreciseDateValue = {
  /** A CalendarDay (a vague date: its period's first day), null when empty, or unparsed text. */
  day: CalendarDay | string | null;
  precision: TDatePrecision;
};

type PreciseDateFieldProps = {
  /** The date's name («Дата перехода»): the legend, and the start of each input's accessible name. */
  label: string;
  value: PreciseDateValue;
  onChange: (value: PreciseDateValue) => void;
  error?: FieldError;
  hint?: ReactNode;
  note?: ReactNode;
  required?: boolean;
  className?: string;
  /** Prefix of the inputs' names (`startsAt` gives startsAt, startsAtPrecision, startsAtMonth…). */
  name?: string;
  /** The precisions offered; all by default. */
  precisions?: readonly TDatePrecision[];
};

const isVague = (precision: TDatePrecision) => precision === "MONTH" || precision === "QUARTER" || precision === "YEAR";

/** The day a value turns into when its precision changes: the new period's first day. */
export function withPrecision(value: PreciseDateValue, precision: TDatePrecision): PreciseDateValue {
  const day = value.day && isCalendarDay(value.day) ? (isVague(precision) ? periodOf(value.day, precision).first : value.day) : value.day;
  return { day, precision };
}

/** The first day of a month, quarter or year from what is typed and picked, or the typed year when it is not a year. */
function periodDay(precision: TDatePrecision, yearText: string, month: number, quarter: number): CalendarDay | string | null {
  const text = yearText.trim();
  if (text === "") return null;
  if (!/^\d{4}$/.test(text)) return text;
  const year = Number(text);
  if (year < minYear || year > maxYear) return text;
  if (precision === "MONTH") return makeDay(year, month, 1);
  if (precision === "QUARTER") return makeDay(year, (quarter - 1) * 3 + 1, 1);
  return makeDay(year, 1, 1);
}

export function PreciseDateField({ label, value, onChange, error, hint, note, required, className, name, precisions = datePrecisions }: PreciseDateFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const parts = value.day && isCalendarDay(value.day) ? dayParts(value.day) : null;
  const [yearText, setYearText] = useState(() => (parts ? String(parts.year) : value.day && isVague(value.precision) ? value.day : ""));
  const [month, setMonth] = useState(parts?.month ?? 1);
  const [yearTouched, setYearTouched] = useState(false);
  // A value set from outside (a loaded record, a draft, a precision change) replaces what is shown.
  useEffect(() => {
    if (!value.day) {
      setYearText("");
      return;
    }
    const next = isCalendarDay(value.day) ? dayParts(value.day) : null;
    if (!next) return;
    setYearText((current) => (current.trim() === String(next.year) ? current : String(next.year)));
    setMonth(next.month);
  }, [value.day]);

  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(i18n.language), { timeZone: "UTC", month: "long" });
    return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
  }, [i18n.language]);

  const quarter = Math.floor((month - 1) / 3) + 1;
  const vague = isVague(value.precision);
  const typedYear = periodDay("YEAR", yearText, 1, 1);
  const yearUnreadable = vague && yearTouched && typedYear !== null && !isCalendarDay(typedYear);
  const message = yearUnreadable ? t("preciseDateField.invalidYear", { min: minYear, max: maxYear }) : firstError(error);
  const messageId = `${id}-error`;
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  // A day's input describes itself (DayField); the year box of a vague date is described here.
  const describedBy = vague ? [message ? messageId : null, note ? noteId : null, hintId].filter(Boolean).join(" ") : undefined;

  const emitPeriod = (precision: TDatePrecision, nextYear: string, nextMonth: number) =>
    onChange({ day: periodDay(precision, nextYear, nextMonth, Math.floor((nextMonth - 1) / 3) + 1), precision });

  const changePrecision = (precision: TDatePrecision) => {
    if (isVague(precision) && !(value.day && isCalendarDay(value.day))) {
      // No day yet: what is typed in the year box (if anything) carries over.
      emitPeriod(precision, yearText, month);
      return;
    }
    onChange(withPrecision(value, precision));
  };

  return (
    <fieldset className={["precise-date", vague && message ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <legend className="field__label precise-date__legend">
        {label}
        {required && (
          <span className="field__required" title={t("common.required")}>
            {" "}
            *<span className="visually-hidden">{t("common.required")}</span>
          </span>
        )}
      </legend>
      <div className="precise-date__controls">
        <PartSelect
          className="precise-date__part--precision"
          id={`${id}-precision`}
          name={name ? `${name}Precision` : undefined}
          fieldLabel={label}
          partLabel={t("fields.common.datePrecision")}
          value={value.precision}
          options={precisions.map((p) => ({ value: p, label: t(`enums.datePrecision.${p}`) }))}
          onChange={(next) => changePrecision(next as TDatePrecision)}
        />

        {!vague && (
          <DayField
            className="precise-date__part precise-date__part--day"
            label={value.precision === "APPROXIMATE" ? t("preciseDateField.approximateDay") : t("preciseDateField.day")}
            name={name}
            // The legend carries the required mark; the input still says it to a screen reader.
            aria-required={required || undefined}
            // The visible label names the part (День); the accessible name is the date's own.
            aria-label={value.precision === "APPROXIMATE" ? t("preciseDateField.partLabel", { label, part: t("preciseDateField.approximateDay") }) : label}
            value={value.day}
            error={error}
            hint={hint}
            note={note}
            onChange={(day) => onChange({ day, precision: value.precision })}
          />
        )}

        {value.precision === "MONTH" && (
          <PartSelect
            id={`${id}-month`}
            name={name ? `${name}Month` : undefined}
            fieldLabel={label}
            partLabel={t("preciseDateField.month")}
            value={month}
            options={monthNames.map((m, i) => ({ value: i + 1, label: m }))}
            onChange={(next) => {
              setMonth(Number(next));
              emitPeriod("MONTH", yearText, Number(next));
            }}
          />
        )}

        {value.precision === "QUARTER" && (
          <PartSelect
            id={`${id}-quarter`}
            name={name ? `${name}Quarter` : undefined}
            fieldLabel={label}
            partLabel={t("preciseDateField.quarter")}
            value={quarter}
            options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: t(`preciseDateField.quarters.q${q}`) }))}
            onChange={(next) => {
              const firstMonth = (Number(next) - 1) * 3 + 1;
              setMonth(firstMonth);
              emitPeriod("QUARTER", yearText, firstMonth);
            }}
          />
        )}

        {vague && (
          <div className="precise-date__part precise-date__part--year">
            <label className="precise-date__label" htmlFor={`${id}-year`}>
              {t("preciseDateField.year")}
            </label>
            <input
              id={`${id}-year`}
              name={name ? `${name}Year` : undefined}
              className="input"
              aria-label={t("preciseDateField.partLabel", { label, part: t("preciseDateField.year") })}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              placeholder={t("preciseDateField.yearPlaceholder")}
              aria-invalid={message ? true : undefined}
              aria-required={required || undefined}
              aria-describedby={describedBy}
              value={yearText}
              onChange={(e) => {
                setYearText(e.target.value);
                emitPeriod(value.precision, e.target.value, month);
              }}
              onBlur={() => setYearTouched(true)}
            />
          </div>
        )}
      </div>
      {vague && message && (
        <p className="field__error" id={messageId}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4v5M8 11v1" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {message}
        </p>
      )}
      {vague && note && (
        <p className="field__note" id={noteId}>
          {note}
        </p>
      )}
      {vague && (
        <p className="field__hint" id={hintId}>
          {hint ?? t("preciseDateField.periodHint")}
        </p>
      )}
    </fieldset>
  );
}

type PartSelectProps = {
  id: string;
  name: string | undefined;
  className?: string;
  /** The whole field's label: a part's accessible name says whose part it is («Дата начала, месяц»). */
  fieldLabel: string;
  partLabel: string;
  value: string | number;
  options: ReadonlyArray<{ value: string | number; label: string }>;
  onChange: (value: string) => void;
};

/** One chosen part of the date (its precision, month or quarter), labelled above like the others. */
function PartSelect({ id, name, className, fieldLabel, partLabel, value, options, onChange }: PartSelectProps) {
  const { t } = useTranslation();
  return (
    <div className={["precise-date__part", className ?? ""].filter(Boolean).join(" ")}>
      <label className="precise-date__label" htmlFor={id}>
        {partLabel}
      </label>
      <select
        id={id}
        name={name}
        className="input select"
        aria-label={t("preciseDateField.partLabel", { label: fieldLabel, part: partLabel })}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
