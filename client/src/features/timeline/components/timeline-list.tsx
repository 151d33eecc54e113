// The same timeline as a list, month by month, with "today" in its place: what a
// screen reader, a keyboard and a phone use. Every item links to its record and its
// partners. A date known only to the month is listed under its month; one known only to
// the quarter or the year under a group of its own for that quarter or year (never under
// the period's first month, which would claim it happened then). A tour stop without a
// date stays with its tour, in route order, and says «дата неизвестна».
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTermLabels } from "../../../lib/vocabularies.ts";
import { dayParts, periodOf, type CalendarDay, type DayPeriod, type TDatePrecision } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import type { TimelineItem } from "../hooks/timeline-queries.ts";
import { itemDetails, itemTitle } from "./describe.ts";
import { PartnerLinks, RecordLink } from "./record-link.tsx";
import { compareItems, dayStart, hasDate, isPlanned, periodOfItem } from "./item-dates.ts";
import "../texts.ts";

/** A heading of the list: a month, a quarter, a year (or, for stops of a tour with no days at all, "date unknown"). */
type Group = { key: string; precision: "MONTH" | "QUARTER" | "YEAR" | null; period: DayPeriod | null; items: TimelineItem[] };

const widthRank = { YEAR: 0, QUARTER: 1, MONTH: 2 } as const;

function groupOf(day: CalendarDay, given: TDatePrecision): Omit<Group, "items"> {
  const precision: "MONTH" | "QUARTER" | "YEAR" = given === "QUARTER" || given === "YEAR" ? given : "MONTH";
  const period = periodOf(day, precision);
  return { key: `${precision}:${period.first}`, precision, period };
}

const stopPosition = (item: TimelineItem) => (item.kind === "tourStop" ? item.position : 0);

/**
 * Groups in order (by the period's first day; a year before its quarters before its
 * months), each item in its place. An undated tour stop follows the dated stop of its
 * tour that comes before it on the route; with none before it, it stands at the tour's
 * start (the tour's own date and precision), as the server sorts it. `monthFirst`: the
 * list of one month shows that month's own records first, and those known only to its
 * quarter or year after them (on a phone two rows show before «Показать ещё»: a busy
 * year's vague records must not hide the month's).
 */
export function groupTimeline(items: TimelineItem[], { monthFirst = false }: { monthFirst?: boolean } = {}): Group[] {
  const dated = items.filter(hasDate).sort(compareItems);
  const undated = items.filter((i) => !hasDate(i)).sort((a, b) => a.recordId.localeCompare(b.recordId) || stopPosition(a) - stopPosition(b));

  // Entries placed by a day: dated items, and undated stops at their tour's start.
  type Entry = { day: CalendarDay; precision: TDatePrecision; item: TimelineItem };
  const entries: Entry[] = dated.map((item) => ({ day: periodOfItem(item).first, precision: item.datePrecision, item }));
  const after = new Map<string, TimelineItem[]>();
  const orphans: TimelineItem[] = [];
  for (const stop of undated) {
    const previous = dated
      .filter((d) => d.kind === "tourStop" && d.recordId === stop.recordId && stopPosition(d) < stopPosition(stop))
      .sort((a, b) => stopPosition(b) - stopPosition(a))[0];
    if (previous) after.set(previous.id, [...(after.get(previous.id) ?? []), stop]);
    else if (stop.kind === "tourStop" && stop.tour) {
      entries.push({ day: periodOf(stop.tour.startsAt, stop.tour.datePrecision).first, precision: stop.tour.datePrecision, item: stop });
    } else orphans.push(stop);
  }
  // By day; on the same day a tour's undated opening stops come before its dated ones, in route order.
  entries.sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      (a.item.recordId === b.item.recordId && a.item.kind === "tourStop" && b.item.kind === "tourStop"
        ? stopPosition(a.item) - stopPosition(b.item)
        : hasDate(a.item) && hasDate(b.item)
          ? compareItems(a.item, b.item)
          : a.item.id.localeCompare(b.item.id)),
  );

  const groups = new Map<string, Group>();
  for (const { day, precision, item } of entries) {
    const g = groupOf(day, precision);
    let group = groups.get(g.key);
    if (!group) groups.set(g.key, (group = { ...g, items: [] }));
    group.items.push(item, ...(after.get(item.id) ?? []));
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      (monthFirst ? widthRank[b.precision!] - widthRank[a.precision!] : 0) ||
      (a.period!.first < b.period!.first ? -1 : a.period!.first > b.period!.first ? 1 : widthRank[a.precision!] - widthRank[b.precision!]),
  );
  if (orphans.length) ordered.push({ key: "undated", precision: null, period: null, items: orphans });
  return ordered;
}

/** An HTML `time` value for a date of this precision (a quarter has none). */
function machineDate(day: CalendarDay, precision: TDatePrecision): string | undefined {
  const parts = dayParts(day);
  if (!parts) return undefined;
  if (precision === "MONTH") return day.slice(0, 7);
  if (precision === "YEAR") return String(parts.year).padStart(4, "0");
  if (precision === "QUARTER") return undefined;
  return day;
}

/** `limit`: rows shown (the month's page folds the rest behind «Показать ещё»). */
export function TimelineList({
  items,
  today,
  showToday,
  limit = Infinity,
}: {
  items: TimelineItem[];
  today: CalendarDay;
  showToday: boolean;
  limit?: number;
}): ReactNode {
  const { t } = useTranslation();
  const termLabel = useTermLabels();
  const format = useFormat();
  // Days are formatted at their UTC midnight, so the viewer's time zone cannot move them.
  const day = new Intl.DateTimeFormat(format.locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const weekday = new Intl.DateTimeFormat(format.locale, { weekday: "short", timeZone: "UTC" });

  const groups = groupTimeline(items, { monthFirst: true });
  const flat = groups.flatMap((g) => g.items);
  // "Today" goes before the first dated item that begins after it (or after the last one).
  const todayAt = showToday ? flat.findIndex((i) => hasDate(i) && isPlanned(i, today)) : -2;
  const lastDated = flat.reduce((last, item, i) => (hasDate(item) ? i : last), -1);
  const todayIndex = todayAt === -1 ? lastDated + 1 : todayAt;
  const todayRow = (
    <li className="tl-list__today" key="today" data-testid="timeline-today-item">
      <span className="tl-list__today-mark" aria-hidden="true" />
      {t("timeline.todayItem", { date: format.date(today) })}
    </li>
  );
  const contains = (period: DayPeriod | null, d: CalendarDay) => period !== null && period.first <= d && d <= period.last;

  const dateCell = (item: TimelineItem): ReactNode => {
    if (!hasDate(item)) {
      return (
        <span className="tl-item__date">
          <span className="tl-item__day tl-item__day--vague">{t("timeline.dateUnknown")}</span>
        </span>
      );
    }
    const precision = item.datePrecision;
    const vague = precision === "MONTH" || precision === "QUARTER" || precision === "YEAR";
    return (
      <time className="tl-item__date" dateTime={machineDate(item.date, precision)}>
        {vague ? (
          <span className="tl-item__day tl-item__day--vague">{format.preciseDate(item.date, precision)}</span>
        ) : (
          <>
            <span className="tl-item__day">
              {precision === "APPROXIMATE" ? "≈ " : ""}
              {day.format(dayStart(item.date))}
            </span>
            <span className="tl-item__weekday">{weekday.format(dayStart(item.date))}</span>
          </>
        )}
      </time>
    );
  };

  let index = 0;
  let todayShown = !showToday;
  return (
    <ol className="tl-list">
      {groups.map((group, g) => {
        const rows: ReactNode[] = [];
        for (const item of group.items) {
          if (index >= limit) break;
          if (index === todayIndex && !todayShown) {
            rows.push(todayRow);
            todayShown = true;
          }
          index++;
          const planned = hasDate(item) && isPlanned(item, today);
          rows.push(
            <li key={item.id} className={`tl-item tl-item--${item.kind}${planned ? " tl-item--planned" : ""}`}>
              {dateCell(item)}
              <div className="tl-item__body">
                <p className="tl-item__title">
                  <span className={`tl-dot tl-dot--${item.kind}`} aria-hidden="true" />
                  <RecordLink item={item} className="tl-item__link">
                    {itemTitle(t, item)}
                  </RecordLink>
                </p>
                <p className="tl-item__meta">
                  <span className="tl-item__kind">{t(`timeline.kinds.${item.kind}`)}</span>
                  <span>{itemDetails(t, item, termLabel)}</span>
                  {planned && <span className="tl-item__ahead">{t("timeline.planned")}</span>}
                </p>
                {item.partners.length > 0 && (
                  <p className="tl-item__partners">
                    <PartnerLinks partners={item.partners} />
                  </p>
                )}
              </div>
            </li>,
          );
        }
        // Today falls between this group and the next, outside the next one's period: it closes this one.
        const next = groups[g + 1];
        if (index === todayIndex && !todayShown && (!next || !contains(next.period, today))) {
          rows.push(todayRow);
          todayShown = true;
        }
        if (rows.length === 0) return null;
        const title = group.period ? format.preciseDate(group.period.first, group.precision ?? "MONTH") : t("timeline.dateUnknownGroup");
        return (
          <li key={group.key} className="tl-month" data-period={group.precision ?? "UNKNOWN"}>
            <h3 className="tl-month__title">{title}</h3>
            <ol className="tl-month__items">{rows}</ol>
          </li>
        );
      })}
      {!todayShown && index < limit && (
        <li className="tl-month">
          <ol className="tl-month__items">{todayRow}</ol>
        </li>
      )}
    </ol>
  );
}
