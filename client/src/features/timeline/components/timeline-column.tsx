// The timeline on a phone: the same summary as the drawn axis, turned upright. Time runs
// down the screen, a row per week or month; each row shows the lanes' counts as four
// shaded cells and names the item that matters most in it on one line (the rest
// counted as «+N»; a second one when both fit, side by side). As on the wide axis a label is never cut: the full title if it fits
// the line, else its short form (the name in «quotes»), else the kind of record; the
// link carries the full title for screen readers and as its tooltip. A row's date opens
// its month in the list below.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import type { SummaryItem, TimelineSummary } from "../hooks/timeline-queries.ts";
import { bucketAfter, bucketOf, laneOrder, shortLabel } from "./timeline-layout.ts";
import { compareItems, dayStart, hasDate, isPlanned, periodOfItem, type DatedItem } from "./item-dates.ts";
import { axisLabel, itemTitle } from "./describe.ts";
import { RecordLink } from "./record-link.tsx";
import { useAxisReadyMark, useMeasure } from "./timeline-axis.tsx";
import "../texts.ts";

const ROW_ITEMS = 2;

type Row = { start: CalendarDay; end: CalendarDay; counts: Record<string, number>; items: Array<DatedItem & SummaryItem> };

const priority = (a: DatedItem & SummaryItem, b: DatedItem & SummaryItem) =>
  Number(b.important) - Number(a.important) || Number(a.kind === "interaction") - Number(b.kind === "interaction") || compareItems(a, b);

export function TimelineColumn({ summary, today, onOpen }: { summary: TimelineSummary; today: CalendarDay; onOpen: (start: CalendarDay) => void }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  useAxisReadyMark(true);
  const measure = useMeasure();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  /** The longest form of the label that fits one line beside its dot (and the «+N» after it). */
  const fitted = (item: DatedItem & SummaryItem, more: string): string => {
    const room = width - 40 - (more ? measure(more) + 8 : 0);
    const full = axisLabel(t, item);
    const short = shortLabel(full);
    if (measure(full) <= room) return full;
    if (short && measure(short) <= room) return short;
    return t(`timeline.kinds.${item.kind}`);
  };
  const unit = summary.bucket;
  // «сент. 2026», without «г.», so a row's date stays on one line.
  const monthShort = new Intl.DateTimeFormat(format.locale, { month: "short", timeZone: "UTC" });
  const monthName = { format: (d: Date) => `${monthShort.format(d)} ${d.getUTCFullYear()}` };
  const dayMonth = new Intl.DateTimeFormat(format.locale, { day: "numeric", month: "short", timeZone: "UTC" });

  // Every bucket of the window, empty ones too: an empty month is part of the story.
  const rows: Row[] = [];
  const index = new Map<string, Row>();
  for (let start = bucketOf(summary.from, unit); start <= summary.to; start = bucketAfter(start, unit)) {
    const row: Row = { start, end: bucketAfter(start, unit), counts: {}, items: [] };
    rows.push(row);
    index.set(start, row);
  }
  for (const lane of summary.lanes) for (const b of lane.buckets) if (index.get(b.start)) index.get(b.start)!.counts[lane.lane] = b.count;
  for (const item of summary.items) {
    if (!hasDate(item)) continue;
    // A quarter or a year starting before the window is named in the window's first row.
    const first = periodOfItem(item).first;
    const row = index.get(bucketOf(first < summary.from ? summary.from : first, unit));
    row?.items.push(item as DatedItem & SummaryItem);
  }
  const max = Object.fromEntries(laneOrder.map((lane) => [lane, Math.max(1, ...rows.map((r) => r.counts[lane] ?? 0))]));
  const todayRow = bucketOf(today, unit);

  return (
    <div className="tl-column-wrap" data-testid="timeline-column" ref={ref}>
      {/* The lanes' names head the cells' columns (the phone has no legend). */}
      <p className="tl-column__head" aria-hidden="true">
        <span />
        <span className="tl-column__cells">
          {laneOrder.map((lane) => (
            <span key={lane} className="tl-column__lane">
              {t(`timeline.shortLanes.${lane}`)}
            </span>
          ))}
        </span>
      </p>
      <ol className="tl-column" aria-label={t("timeline.axisTitle")}>
        {rows.map((row) => {
          const shown = [...row.items].sort(priority);
          const rest = shown.length - ROW_ITEMS;
          const title = unit === "month" ? monthName.format(dayStart(row.start)) : dayMonth.format(dayStart(row.start));
          return (
            <li key={row.start} className={`tl-column__row${row.start === todayRow ? " tl-column__row--today" : ""}`}>
              <button type="button" className="tl-column__when" onClick={() => onOpen(row.start)} aria-label={t("timeline.openMonth", { month: title })}>
                {title}
              </button>
              <span className="tl-column__cells">
                {laneOrder.map((lane) => {
                  const count = row.counts[lane] ?? 0;
                  return (
                    <span
                      key={lane}
                      className={`tl-column__cell tl-cell--${lane}`}
                      style={{ ["--level" as string]: count ? 0.15 + 0.7 * Math.sqrt(count / max[lane]!) : 0 }}
                      title={t(`timeline.cell.count.${lane}`, { count, formatted: format.number(count) })}
                    >
                      {count ? format.number(count) : ""}
                    </span>
                  );
                })}
              </span>
              {shown.length > 0 && width > 0 && (
                <ul className="tl-column__items">
                  {shown.slice(0, ROW_ITEMS).map((item, i) => {
                    const more = rest > 0 && i === Math.min(ROW_ITEMS, shown.length) - 1 ? `+${format.number(rest)}` : "";
                    return (
                      <li key={item.id} className={`tl-column__item tl-mark--${item.kind}${isPlanned(item, today) ? " tl-mark--planned" : ""}`}>
                        <span className={`tl-dot tl-dot--${item.kind}`} aria-hidden="true" />
                        <RecordLink item={item} className="tl-label tl-column__link" aria-label={itemTitle(t, item)}>
                          {fitted(item, more)}
                        </RecordLink>
                        {more && (
                          <span className="tl-column__more" title={t("timeline.moreMarks", { count: rest, formatted: format.number(rest) })}>
                            {more}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
