// The drawn timeline: one horizontal axis, a lane per kind of record, a "today" line,
// tours as routes through their stops. It is for the eye and the mouse; the list
// below carries the same items for keyboards, screen readers and narrow screens, so
// the drawing is hidden from assistive technology and its links are not tab stops.
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTermLabels } from "../../../lib/vocabularies.ts";
import { useFormat } from "../../../lib/format.ts";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import type { TimelineItem } from "../hooks/timeline-queries.ts";
import { AXIS_TOP, layoutTimeline, type PlacedMark } from "./timeline-layout.ts";
import { endOf, isPlanned, type DatedItem } from "./item-dates.ts";
import { axisLabel, itemDetails, itemTitle } from "./describe.ts";
import { RecordLink } from "./record-link.tsx";

type TimelineAxisProps = {
  items: TimelineItem[];
  /** The axis' ends: the window's first day's start and its last day's end. */
  from: Date;
  to: Date;
  /** The home region's day. */
  today: CalendarDay;
  /** When contacts were cut at the limit: all of them counted by month, drawn as density bars behind the marks. */
  contactMonths?: Array<{ month: string; count: number }> | null;
  /** How many contacts matched in all (the lane's count). */
  contactTotal?: number;
};

const DENSITY_HEIGHT = 16;

function useWidth() {
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
  return { ref, width };
}

const STRONG_STAGES = new Set(["SIGNED", "REGISTERED", "IN_FORCE", "IMPLEMENTATION", "EXTENDED"]);

function markClass(mark: PlacedMark, today: CalendarDay): string {
  const { item } = mark;
  const classes = ["tl-mark", `tl-mark--${item.kind}`];
  if (item.kind === "interaction" && item.subtype === "VISIT") classes.push("tl-mark--visit");
  if (item.kind === "stageChange" && STRONG_STAGES.has(item.subtype)) classes.push("tl-mark--signed");
  if ((item.kind === "event" || item.kind === "tourStop") && item.status === "CANCELLED") classes.push("tl-mark--cancelled");
  if (isPlanned(item, today)) classes.push("tl-mark--planned");
  if (mark.x2 !== null) classes.push("tl-mark--span");
  return classes.join(" ");
}

function Shape({ mark }: { mark: PlacedMark }): ReactNode {
  const { item, x, x2, y } = mark;
  // A month, quarter or year: a bar over the whole period, never a mark on its first day.
  if (x2 !== null) return <rect className="tl-shape tl-shape--span" x={x} y={y - 4} width={Math.max(3, x2 - x)} height={8} rx={4} />;
  switch (item.kind) {
    case "interaction": {
      const r = item.subtype === "VISIT" ? 6 : 4;
      return <circle className="tl-shape" cx={x} cy={y} r={r} />;
    }
    case "stageChange":
      return <path className="tl-shape" d={`M${x} ${y - 6.5}L${x + 6.5} ${y}L${x} ${y + 6.5}L${x - 6.5} ${y}Z`} />;
    case "event":
      return <rect className="tl-shape" x={x - 5.5} y={y - 5.5} width={11} height={11} rx={2} />;
    case "tourStop":
      return <circle className="tl-shape" cx={x} cy={y} r={5.5} />;
  }
}

export function TimelineAxis({ items, from, to, today, contactMonths, contactTotal }: TimelineAxisProps): ReactNode {
  const { t } = useTranslation();
  const termLabel = useTermLabels();
  const format = useFormat();
  const { ref, width } = useWidth();

  const layout = useMemo(() => {
    if (width <= 0) return null;
    const month = new Intl.DateTimeFormat(format.locale, { month: "short", timeZone: "UTC" });
    const monthYear = new Intl.DateTimeFormat(format.locale, { month: "short", year: "numeric", timeZone: "UTC" });
    const year = new Intl.DateTimeFormat(format.locale, { year: "numeric", timeZone: "UTC" });
    return layoutTimeline({
      items,
      from,
      to,
      today,
      width,
      labelOf: (item) => axisLabel(t, item),
      tickLabel: (date, unit, withYear) => (unit === "year" ? year.format(date) : withYear ? monthYear.format(date) : month.format(date)),
    });
  }, [items, from, to, today, width, t, format.locale]);

  const density = useMemo(() => {
    if (!layout || !contactMonths?.length) return [];
    const lane = layout.lanes.find((l) => l.id === "contacts")!;
    const max = Math.max(...contactMonths.map((m) => m.count));
    const left = layout.x(from);
    const right = layout.x(to);
    return contactMonths.map(({ month, count }) => {
      const [y, m] = month.split("-").map(Number) as [number, number];
      const x1 = Math.max(left, layout.x(new Date(Date.UTC(y, m - 1, 1))));
      const x2 = Math.min(right, layout.x(new Date(Date.UTC(y, m, 1))));
      const height = Math.max(2, (count / max) * DENSITY_HEIGHT);
      return { month, count, x: x1, width: Math.max(1, x2 - x1 - 1), y: lane.markY + 8 - height, height };
    });
  }, [layout, contactMonths, from, to]);

  const tooltip = (item: DatedItem) =>
    [`${format.span(item.date, endOf(item), item.datePrecision)} — ${itemTitle(t, item)}`, itemDetails(t, item, termLabel), item.partners.map((p) => p.name).join(", ")].filter(Boolean).join("\n");

  return (
    <div className="tl-axis" ref={ref} data-testid="timeline-axis">
      {layout && (
        <svg className="tl-axis__svg" width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
          {layout.todayX !== null && (
            <rect className="tl-future" x={layout.todayX} y={AXIS_TOP} width={Math.max(0, layout.width - layout.todayX)} height={layout.height - AXIS_TOP} />
          )}
          {layout.ticks.map((tick) => (
            <g key={tick.date.getTime()}>
              <line className={tick.major ? "tl-grid tl-grid--major" : "tl-grid"} x1={tick.x} x2={tick.x} y1={AXIS_TOP} y2={layout.height} />
              <line className="tl-tick" x1={tick.x} x2={tick.x} y1={AXIS_TOP - 5} y2={AXIS_TOP} />
              {tick.label && (
                <text className={tick.date.getUTCMonth() === 0 ? "tl-tick-label tl-tick-label--year" : "tl-tick-label"} x={tick.x + 3} y={AXIS_TOP - 9}>
                  {tick.label}
                </text>
              )}
            </g>
          ))}
          <line className="tl-axis-line" x1={0} x2={layout.width} y1={AXIS_TOP} y2={AXIS_TOP} />

          {layout.lanes.map((lane, i) => (
            <g key={lane.id}>
              {i > 0 && <line className="tl-lane-rule" x1={0} x2={layout.width} y1={lane.top - 5} y2={lane.top - 5} />}
              <text className="tl-lane-title" x={8} y={lane.top + 12}>
                {t(`timeline.lanes.${lane.id}`)}
                {lane.count > 0 ? ` · ${format.number(lane.id === "tours" ? layout.tours.length : lane.id === "contacts" && contactTotal !== undefined ? contactTotal : lane.count)}` : ""}
              </text>
            </g>
          ))}

          {density.map((bar) => (
            <rect key={bar.month} className="tl-density" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
              <title>{`${bar.month}: ${format.number(bar.count)}`}</title>
            </rect>
          ))}

          {layout.tours.map((tour) => (
            <line key={tour.recordId} className="tl-route" x1={tour.x1} x2={tour.x2} y1={tour.y} y2={tour.y} data-tour={tour.title} />
          ))}

          {layout.marks.map((mark) => (
            <RecordLink key={mark.item.id} item={mark.item} className={markClass(mark, today)} tabIndex={-1}>
              <title>{tooltip(mark.item)}</title>
              {mark.label && <line className="tl-leader" x1={mark.x} x2={mark.x} y1={mark.y + 6} y2={mark.label.y - 10} />}
              <Shape mark={mark} />
              {mark.label && (
                <text className="tl-label" x={mark.label.x} y={mark.label.y}>
                  {mark.label.text}
                </text>
              )}
            </RecordLink>
          ))}

          {layout.todayX !== null && (
            <g className="tl-today">
              <line x1={layout.todayX} x2={layout.todayX} y1={14} y2={layout.height} />
              <rect x={Math.min(layout.todayX - 34, layout.width - 70)} y={0} width={68} height={18} rx={9} />
              <text x={Math.min(layout.todayX, layout.width - 36)} y={13} textAnchor="middle">
                {t("timeline.today")}
              </text>
            </g>
          )}
        </svg>
      )}
    </div>
  );
}
