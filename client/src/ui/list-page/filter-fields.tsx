// The parts every filter bar is built from (the dashboard's, the partners list's, the
// exports', a register's own row of filters), so that a filter reads and behaves the same
// on every page. They hold no filter state: the page keeps the filter in the URL, and the
// texts come in as props.
import { useId, useRef, type ReactNode } from "react";
import { isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Button } from "../button.tsx";
import { DayField } from "../day-field.tsx";
import { useSearchText } from "../search-field.tsx";

/**
 * A filter bar's changes: `update` patches the latest search (another filter may change
 * while text is still being typed, and the typed text commits after a pause), and the
 * text of its search box commits as `q`.
 */
export function useFilterBar<S extends { q?: string }>(search: S, onChange: (next: S) => void, debounceMs: number) {
  const latest = useRef(search);
  latest.current = search;
  const update = (patch: Partial<S>) => onChange({ ...latest.current, ...patch });
  const searchText = useSearchText(search.q, (q) => update({ q } as Partial<S>), debounceMs);
  return { update, ...searchText };
}

/** The form around a filter bar: a search landmark where Enter commits (typed text, say) instead of reloading the page. */
export function FilterForm({
  label,
  className = "filter-bar",
  onSubmit,
  children,
}: {
  label: string;
  className?: string;
  onSubmit?: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      {children}
    </form>
  );
}

type FilterFieldProps = { id: string; label: string; className?: string; children: ReactNode };

/** One labelled control of a filter bar (a select, mostly); a page's own row of filters may lay it out its own way. */
export function FilterField({ id, label, className = "filter-bar__field filter-bar__field--select", children }: FilterFieldProps) {
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

export type FilterOption<V extends string> = { value: V; label: string };

type FilterSelectProps<V extends string> = {
  name?: string;
  label: string;
  /** The filter's values as the URL keeps them (a list); the select shows and sets one of them, or none. */
  value: readonly V[] | undefined;
  onChange: (next: V[] | undefined) => void;
  anyLabel: string;
  options: ReadonlyArray<FilterOption<V>>;
};

/** A one-value filter: «any» first, then the options. */
export function FilterSelect<V extends string>({ name, label, value, onChange, anyLabel, options }: FilterSelectProps<V>) {
  const id = useId();
  return (
    <FilterField id={id} label={label}>
      <select
        id={id}
        name={name}
        className="input select"
        value={value?.[0] ?? ""}
        onChange={(e) => onChange(e.target.value ? [e.target.value as V] : undefined)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

type ChipTogglesProps<V extends string> = {
  legend: string;
  options: ReadonlyArray<FilterOption<V>>;
  selected: readonly V[];
  /** The whole next selection, with the clicked chip switched on or off. */
  onChange: (next: V[]) => void;
  className?: string;
};

/** A many-value filter as a row of toggle chips (stages, levels, kinds). */
export function ChipToggles<V extends string>({ legend, options, selected, onChange, className = "filter-bar__field chips" }: ChipTogglesProps<V>) {
  const toggle = (value: V) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className={className}>
      <legend className="field__label">{legend}</legend>
      <div className="chips__list">
        {options.map((o) => (
          <button key={o.value} type="button" className="chip" aria-pressed={selected.includes(o.value)} onClick={() => toggle(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

type PeriodFilterProps = {
  legend: string;
  fromLabel: string;
  toLabel: string;
  from: CalendarDay | undefined;
  to: CalendarDay | undefined;
  /** One end changed: a day, or undefined when its field was emptied. */
  onChange: (end: "from" | "to", day: CalendarDay | undefined) => void;
  hint?: string;
};

/** A period as two days typed as дд.мм.гггг. */
export function PeriodFilter({ legend, fromLabel, toLabel, from, to, onChange, hint }: PeriodFilterProps) {
  // Text that is not (yet) a day leaves the filter as it is; the field says what is wrong
  // once the user leaves it.
  const setDay = (end: "from" | "to", value: CalendarDay | string | null) => {
    if (value === null) onChange(end, undefined);
    else if (isCalendarDay(value)) onChange(end, value);
  };
  return (
    <fieldset className="filter-bar__field filter-bar__period">
      <legend className="field__label">{legend}</legend>
      <div className="filter-bar__dates">
        <DayField
          label={<span className="visually-hidden">{fromLabel}</span>}
          hint=""
          name="from"
          value={from ?? null}
          onChange={(value) => setDay("from", value)}
        />
        <span aria-hidden="true">–</span>
        <DayField label={<span className="visually-hidden">{toLabel}</span>} hint="" name="to" value={to ?? null} onChange={(value) => setDay("to", value)} />
      </div>
      {hint && <p className="field__hint">{hint}</p>}
    </fieldset>
  );
}

/** «Сбросить фильтры» at the end of a filter bar, shown while a filter is set. */
export function FilterResetButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <div className="filter-bar__field filter-bar__field--end">
      <Button variant="ghost" onClick={onClick}>
        {children}
      </Button>
    </div>
  );
}
