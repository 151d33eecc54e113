// "История изменений" of one record: who changed it, when, and which fields, old → new
// (history.byRecord). Collapsed at first; the log is fetched when the user opens it.
import { useId, useMemo, useState, type ReactNode } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { TEntityName, THistoryEntry, THistoryFieldChange, TRecordHistoryEntity } from "@atlas/shared/history";
import { trpc } from "../lib/trpc.ts";
import { datePrecisions, dayParts, isCalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { useFormat } from "../lib/format.ts";
import { isNetworkError } from "../lib/errors.ts";
import { countedTotal, useShownText, useTotalText } from "../lib/list-total.ts";
import { Badge, type BadgeTone } from "./badge.tsx";
import { Button } from "./button.tsx";
import { Skeleton } from "./spinner.tsx";
import { historyFieldRank, historyValueSources, type ValueSource } from "./history-fields.ts";
import { findTerm, termName, useVocabularies } from "../lib/vocabularies.ts";
import "./history-panel.css";

const actionTones: Record<THistoryEntry["action"], BadgeTone> = {
  CREATE: "green",
  UPDATE: "blue",
  STAGE_CHANGE: "violet",
  DELETE: "red",
  RESTORE: "amber",
};

const PAGE = 20;

type Props = {
  entity: TRecordHistoryEntity;
  id: string;
  /** Open from the start (and load at once). */
  defaultOpen?: boolean;
};

export function HistoryPanel({ entity, id, defaultOpen = false }: Props): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const titleId = useId();
  // Kinds are named from the vocabularies: entries wait for them rather than show codes first.
  const vocabularies = useVocabularies();

  const history = useInfiniteQuery(
    trpc.history.byRecord.infiniteQueryOptions({ entity, id, limit: PAGE }, { getNextPageParam: (page) => page.nextCursor ?? undefined, enabled: open }),
  );
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];
  const firstPage = history.data?.pages[0];
  const total = firstPage ? countedTotal(firstPage) : undefined;
  const totalText = useTotalText();
  const shownText = useShownText();
  // Names of the records the changes refer to by id, from every page loaded.
  const names = useMemo(() => Object.assign({}, ...(history.data?.pages.map((p) => p.names) ?? [])) as Names, [history.data]);

  return (
    <section className="card history-panel" aria-labelledby={titleId}>
      <h2 className="history-panel__heading" id={titleId}>
        <button type="button" className="history-panel__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((v) => !v)}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" className="history-panel__chevron">
            <path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{t("history.title")}</span>
          {total !== undefined && <span className="count-pill">{totalText(total)}</span>}
        </button>
      </h2>
      <div id={bodyId} className="history-panel__body" hidden={!open}>
        {open &&
          (history.isPending || vocabularies.isPending ? (
            <div role="status" aria-live="polite">
              <span className="visually-hidden">{t("history.loading")}</span>
              <Skeleton lines={4} />
            </div>
          ) : history.isError && entries.length === 0 ? (
            <div className="history-panel__error" role="alert">
              <p>{isNetworkError(history.error) ? t("errors.network") : t("history.error")}</p>
              <Button size="sm" onClick={() => void history.refetch()}>
                {t("common.retry")}
              </Button>
            </div>
          ) : entries.length === 0 ? (
            <p className="history-panel__empty">{t("history.empty")}</p>
          ) : (
            <>
              <ol className="history-list">
                {entries.map((entry) => (
                  <HistoryEntry key={entry.id} entry={entry} recordEntity={entity} names={names} />
                ))}
              </ol>
              {history.hasNextPage && (
                <div className="history-panel__more">
                  <Button size="sm" busy={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
                    {history.isFetchingNextPage ? t("common.loadingMore") : t("common.loadMore")}
                  </Button>
                  {total !== undefined && <span className="muted">{shownText(entries.length, total)}</span>}
                </div>
              )}
              {history.isError && (
                <p className="history-panel__error" role="alert">
                  {t("history.error")}
                </p>
              )}
            </>
          ))}
      </div>
    </section>
  );
}

type Names = Record<string, string>;

/** Looks up the first of `keys` the dictionary has, else `fallback`: keys built from logged field names and values are not known to the types. */
function firstText(t: TFunction, keys: string[], fallback: string): string {
  return (t as unknown as (keys: string[], options: { defaultValue: string }) => string)(keys, { defaultValue: fallback });
}

/** The field's name for this kind of record (fields.<entity>.<field>, else fields.common.<field>); its raw name when the dictionary has none. */
function fieldLabel(t: TFunction, entity: TEntityName, field: string): string {
  return firstText(t, [`fields.${entity}.${field}`, `fields.common.${field}`], field);
}

function HistoryEntry({ entry, recordEntity, names }: { entry: THistoryEntry; recordEntity: TEntityName; names: Names }) {
  const { t } = useTranslation();
  const format = useFormat();
  const show = useValueFormatter(entry.entity, names);
  const related = entry.entity !== recordEntity;
  // A plan item's own title names it; its other changes are listed below.
  const relatedTitle = related ? entry.changes.find((c) => c.field === "title") : undefined;
  const relatedName = relatedTitle
    ? typeof relatedTitle.to === "string" && relatedTitle.to
      ? relatedTitle.to
      : relatedTitle.from
    : related
      ? names[entry.recordId.toLowerCase()]
      : null;
  const snapshot = entry.action === "CREATE" || entry.action === "RESTORE" || entry.action === "DELETE";
  const changes = entry.changes
    // A related record's own title is in the header already; its agreementId is this record.
    .filter((c) => !(related && (c.field === "agreementId" || (snapshot && c.field === "title"))))
    // A snapshot (create, delete) lists what was filled in, not every empty field.
    .filter((c) => !snapshot || !isEmpty(entry.action === "DELETE" ? c.from : c.to))
    .sort((a, b) => historyFieldRank(a.field) - historyFieldRank(b.field));

  return (
    <li className="history-entry">
      <div className="history-entry__meta">
        <Badge tone={actionTones[entry.action]}>{t(`enums.changeAction.${entry.action}`)}</Badge>
        {related && (
          <span className="history-entry__related">
            {entry.entity === "planItem" ? t("entities.planItem.singular") : t("history.related.other")}
            {typeof relatedName === "string" && relatedName ? `: ${relatedName}` : ""}
          </span>
        )}
        <span className="history-entry__who">{entry.user ? entry.user.name : t("history.system")}</span>
        <time className="history-entry__when" dateTime={entry.at}>
          {format.dateTime(entry.at)}
        </time>
      </div>
      {changes.length > 0 && (
        <dl className="history-changes">
          {changes.map((change) => (
            <div key={change.field} className="history-changes__row">
              <dt>{fieldLabel(t, entry.entity, change.field)}</dt>
              <dd>
                <ChangeValue change={change} snapshot={snapshot} deleted={entry.action === "DELETE"} show={(value) => show(value, change.field)} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

function ChangeValue({
  change,
  snapshot,
  deleted,
  show,
}: {
  change: THistoryFieldChange;
  snapshot: boolean;
  deleted: boolean;
  show: (value: unknown) => string;
}) {
  const { t } = useTranslation();
  if (snapshot) return <Value text={show(deleted ? change.from : change.to)} />;
  // A list of related records (partners, sectors): which were added and which removed.
  if (isIdList(change.from) && isIdList(change.to)) {
    const before = new Set(change.from);
    const after = new Set(change.to);
    const added = change.to.filter((v) => !before.has(v));
    const removed = change.from.filter((v) => !after.has(v));
    if (added.length > 0 || removed.length > 0) {
      return (
        <span className="history-diff history-diff--list">
          {added.length > 0 && <Value text={`${t("history.added")} ${added.map(show).join(", ")}`} className="history-value--new" />}
          {removed.length > 0 && <Value text={`${t("history.removed")} ${removed.map(show).join(", ")}`} className="history-value--removed" />}
        </span>
      );
    }
  }
  // A value written beside the changes (the comment of a stage change) has no "before".
  if (change.from === null && !isEmpty(change.to) && typeof change.to !== "object") {
    return <Value text={show(change.to)} className="history-value--new" />;
  }
  return (
    <span className="history-diff">
      <Value text={show(change.from)} className="history-value--old" label={t("history.was")} />
      <span className="history-diff__arrow" aria-hidden="true">
        →
      </span>
      <Value text={show(change.to)} className="history-value--new" label={t("history.became")} />
    </span>
  );
}

const MAX = 240;

function Value({ text, className, label }: { text: string; className?: string; label?: string }) {
  const long = text.length > MAX;
  return (
    <span className={["history-value", className].filter(Boolean).join(" ")} title={long ? text : undefined}>
      {label && <span className="visually-hidden">{label} </span>}
      {long ? `${text.slice(0, MAX)}…` : text}
    </span>
  );
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string" && uuid.test(x));
const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Text already formatted (a date with its precision), passed through as it is. */
class Shown {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
const isPrecision = (v: unknown): v is TDatePrecision => typeof v === "string" && (datePrecisions as readonly string[]).includes(v);

/**
 * Turns a stored value of a field of this kind of record into text: dates in the interface
 * language, codes by their list's names, yes/no, names of related records (or short ids).
 * `path` is the field, or field.key inside its logged objects (`sites.status`).
 */
export function useValueFormatter(entity: TEntityName, names: Names = {}): (value: unknown, field: string) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  // Kinds are vocabularies kept as data: their names come from the vocabulary, not the dictionary.
  const vocabularies = useVocabularies().data;
  const sources = historyValueSources[entity] ?? {};
  const codeName = (source: ValueSource, code: string): string => {
    if ("list" in source) return firstText(t, [`enums.${source.list}.${code}`], code);
    const term = findTerm(vocabularies, source.vocabulary, code);
    return term ? termName(term, i18n.language) : code;
  };
  const show = (value: unknown, path: string, depth = 0): string => {
    if (isEmpty(value)) return t("common.none");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (typeof value === "number") return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 6 }).format(value);
    if (typeof value === "string") {
      if (uuid.test(value)) return names[value.toLowerCase()] ?? `#${value.slice(0, 8)}`;
      // A calendar day ("2024-11-13", how business dates are logged): 13.11.2024, no time-zone math.
      if (dayParts(value) && isCalendarDay(value)) return format.shortDate(value);
      if (isoDateTime.test(value)) {
        // Entries written before dates became days hold timestamps: a date without a time
        // of day was stored as midnight UTC, and that day is the one meant; anything else
        // is an instant, shown in the viewer's time.
        return value.includes("T00:00:00.000Z") ? format.shortDate(value.slice(0, 10)) : format.dateTime(value);
      }
      // Decimals are stored as strings.
      if (/^-?\d+(\.\d+)?$/.test(value)) return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 }).format(Number(value));
      const source = sources[path];
      return source ? codeName(source, value) : value;
    }
    if (value instanceof Shown) return value.text;
    if (Array.isArray(value)) return value.map((v) => show(v, path, depth + 1)).join(depth === 0 ? "; " : ", ");
    if (typeof value === "object" && value !== null) {
      const o = { ...(value as Record<string, unknown>) };
      // A tour stop's date goes with its precision: «Астана (декабрь 2024 г.)», not the month's first day.
      if (isCalendarDay(o.date) && isPrecision(o.datePrecision)) {
        o.date = new Shown(format.preciseDate(o.date, o.datePrecision, "short"));
        delete o.datePrecision;
      }
      // A site, a stop, a document, a participant or a meeting's agreement: its name says enough, the rest in brackets.
      // A person's position is named by its post: «Аким (Акимат, 01.07.2024)».
      const head = o.name ?? o.place ?? o.title ?? o.fileName ?? o.personId ?? o.agreementId ?? o.post;
      const rest = Object.entries(o)
        .filter(([k, v]) => !isEmpty(v) && v !== head && k !== "latitude" && k !== "longitude")
        .map(([k, v]) => show(v, `${path}.${k}`, depth + 1));
      if (head !== undefined) return rest.length ? `${show(head, path, depth + 1)} (${rest.join(", ")})` : show(head, path, depth + 1);
      return Object.entries(o)
        .map(([k, v]) => `${uuid.test(k) ? (names[k.toLowerCase()] ?? `#${k.slice(0, 8)}`) : k}: ${show(v, `${path}.${k}`, depth + 1)}`)
        .join(", ");
    }
    return String(value);
  };
  return (value: unknown, field: string) => show(value, field);
}
