// The drawn timeline (wide screens): one horizontal axis, a lane per kind of record with
// its counts per week or month, the items that matter as marks, a "today" line, tours as
// routes through their stops. Labels never overlap and are never cut (timeline-layout);
// every mark and cell shows its full text in a tooltip on hover and on keyboard focus.
// The axis itself pans and zooms: drag it (mouse or finger), turn the wheel with Ctrl
// (zoom) or sideways (pan), or focus it and use ← → (pan), + − (zoom) and Home (today).
// Important marks are tab stops; the list below carries every item for screen readers.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode, type WheelEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTermLabels } from "../../../lib/vocabularies.ts";
import { useFormat } from "../../../lib/format.ts";
import { daysBetween, type CalendarDay } from "@atlas/shared/calendar-day";
import type { SummaryItem, TimelineSummary } from "../hooks/timeline-queries.ts";
import { AXIS_TOP, layoutTimeline, type Cell, type PlacedMark } from "./timeline-layout.ts";
import { endOf, isPlanned, type DatedItem } from "./item-dates.ts";
import { axisLabel, itemDetails, itemTitle } from "./describe.ts";
import { RecordLink } from "./record-link.tsx";
import "../texts.ts";

export type AxisControls = {
  /** Move the window by this many days (negative: back). */
  pan: (days: number) => void;
  /** A finer (−1) or wider (+1) zoom. */
  zoom: (direction: -1 | 1) => void;
  /** Back to today. */
  home: () => void;
  /** A cell clicked: show its bucket closer and its month in the list. */
  open: (start: CalendarDay, end: CalendarDay) => void;
};

type TimelineAxisProps = {
  summary: TimelineSummary;
  /** The home region's day. */
  today: CalendarDay;
  controls: AxisControls;
};

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

/** Text widths as the axis draws them (12 px of the page's font), measured once per text. */
export function useMeasure(): (text: string) => number {
  return useMemo(() => {
    const context = document.createElement("canvas").getContext("2d");
    const family = getComputedStyle(document.body).fontFamily || "sans-serif";
    const cache = new Map<string, number>();
    return (text: string) => {
      let w = cache.get(text);
      if (w === undefined) {
        if (context) {
          context.font = `12px ${family}`;
          w = Math.ceil(context.measureText(text).width) + 2;
        } else w = text.length * 7.3 + 6;
        cache.set(text, w);
      }
      return w;
    };
  }, []);
}

/**
 * Marks the moment the axis is first drawn («timeline-axis-ready», in ms from the
 * navigation's start), so a test can hold the page to its budget from inside the page.
 */
export function useAxisReadyMark(drawn: boolean): void {
  useEffect(() => {
    if (drawn && performance.getEntriesByName("timeline-axis-ready").length === 0) performance.mark("timeline-axis-ready");
  }, [drawn]);
}

const STRONG_STAGES = new Set(["SIGNED", "REGISTERED", "IN_FORCE", "IMPLEMENTATION", "EXTENDED"]);

function markClass(mark: PlacedMark, today: CalendarDay): string {
  const { item } = mark;
  const classes = ["tl-mark", `tl-mark--${item.kind}`];
  if (item.kind === "interaction" && item.subtype === "VISIT") classes.push("tl-mark--visit");
  if (item.kind === "stageChange" && STRONG_STAGES.has(item.subtype)) classes.push("tl-mark--signed");
  if ((item.kind === "event" || item.kind === "tourStop") && item.status === "CANCELLED") classes.push("tl-mark--cancelled");
  if (isPlanned(item, today)) classes.push("tl-mark--planned");
  if (item.important) classes.push("tl-mark--important");
  if (mark.x2 !== null) classes.push("tl-mark--span");
  return classes.join(" ");
}

function Shape({ mark }: { mark: PlacedMark }): ReactNode {
  const { item, x, x2, y } = mark;
  // A month, quarter or year: a bar over the whole period, never a mark on its first day.
  if (x2 !== null) return <rect className="tl-shape tl-shape--span" x={x} y={y - 4} width={Math.max(3, x2 - x)} height={8} rx={4} />;
  switch (item.kind) {
    case "interaction":
      return <circle className="tl-shape" cx={x} cy={y} r={item.subtype === "VISIT" ? 6 : 4} />;
    case "stageChange":
      return <path className="tl-shape" d={`M${x} ${y - 6.5}L${x + 6.5} ${y}L${x} ${y + 6.5}L${x - 6.5} ${y}Z`} />;
    case "event":
      return <rect className="tl-shape" x={x - 5.5} y={y - 5.5} width={11} height={11} rx={2} />;
    case "tourStop":
      return <circle className="tl-shape" cx={x} cy={y} r={5.5} />;
  }
}

type Tip = { x: number; y: number; lines: string[] };

export function TimelineAxis({ summary, today, controls }: TimelineAxisProps): ReactNode {
  const { t } = useTranslation();
  const termLabel = useTermLabels();
  const format = useFormat();
  const { ref, width } = useWidth();
  const measure = useMeasure();
  const [tip, setTip] = useState<Tip | null>(null);
  const [drag, setDrag] = useState<{ startX: number; dx: number; id: number } | null>(null);

  const layout = useMemo(() => {
    if (width <= 0) return null;
    const month = new Intl.DateTimeFormat(format.locale, { month: "short", timeZone: "UTC" });
    const monthYear = new Intl.DateTimeFormat(format.locale, { month: "short", year: "numeric", timeZone: "UTC" });
    const year = new Intl.DateTimeFormat(format.locale, { year: "numeric", timeZone: "UTC" });
    return layoutTimeline({
      summary,
      today,
      width,
      measure,
      labelOf: (item) => axisLabel(t, item),
      countText: (count) => format.number(count),
      tickLabel: (date, unit, withYear) => (unit === "year" ? year.format(date) : withYear ? monthYear.format(date) : month.format(date)),
    });
  }, [summary, today, width, measure, t, format]);

  useAxisReadyMark(layout !== null);

  const itemLines = (item: DatedItem & SummaryItem) =>
    [
      `${format.span(item.date, endOf(item), item.datePrecision)} — ${itemTitle(t, item)}`,
      itemDetails(t, item, termLabel),
      item.partners.map((p) => p.name).join(", "),
    ].filter(Boolean);
  const cellLines = (cell: Cell) =>
    [
      t(summary.bucket === "week" ? "timeline.cell.week" : "timeline.cell.month", { from: format.date(cell.start), to: format.date(cell.end) }),
      t(`timeline.cell.count.${cell.lane}`, { count: cell.count, formatted: format.number(cell.count) }),
      cell.shown > 0 && cell.shown < cell.count ? t("timeline.cell.shown", { count: cell.shown, formatted: format.number(cell.shown) }) : "",
      t("timeline.cell.open"),
    ].filter(Boolean);
  const show = (x: number, y: number, lines: string[]) => setTip({ x, y, lines });
  const hide = () => setTip(null);

  // Drag: the drawing follows the pointer; on release the window moves by as many days.
  const daysPerPx = layout ? (daysBetween(summary.from, summary.to) + 1) / Math.max(1, layout.width - 28) : 0;
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest("a")) return;
    setDrag({ startX: e.clientX, dx: 0, id: e.pointerId });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.startX;
    if (Math.abs(dx) > 4 && !e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ ...drag, dx });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || e.pointerId !== drag.id) return;
    const days = Math.round(-drag.dx * daysPerPx);
    setDrag(null);
    if (Math.abs(drag.dx) > 4 && days !== 0) controls.pan(days);
  };
  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    // Ctrl (or a pinch on a touchpad, which browsers report as Ctrl+wheel) zooms; a
    // sideways wheel pans; the plain wheel is left to scroll the page.
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      controls.zoom(e.deltaY < 0 ? -1 : 1);
    } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && Math.abs(e.deltaX) > 10) {
      controls.pan(Math.round(e.deltaX * daysPerPx * 4));
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const step = Math.max(7, Math.round((daysBetween(summary.from, summary.to) + 1) / 4));
    const actions: Record<string, () => void> = {
      ArrowLeft: () => controls.pan(-step),
      ArrowRight: () => controls.pan(step),
      "+": () => controls.zoom(-1),
      "=": () => controls.zoom(-1),
      "-": () => controls.zoom(1),
      Home: () => controls.home(),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  // The wheel handler must be able to cancel the page's zoom: React's onWheel is passive.
  const wheel = useRef(onWheel);
  wheel.current = onWheel;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const listener = (e: globalThis.WheelEvent) => wheel.current(e as unknown as WheelEvent<HTMLDivElement>);
    el.addEventListener("wheel", listener, { passive: false });
    return () => el.removeEventListener("wheel", listener);
  }, [ref]);

  return (
    <div
      className={`tl-axis${drag && Math.abs(drag.dx) > 4 ? " tl-axis--dragging" : ""}`}
      ref={ref}
      data-testid="timeline-axis"
      // A keyboard widget (arrows pan, + and − zoom, as aria-describedby tells) for which ARIA has
      // no role; "group" keeps the dates inside it readable, so it is focused as it stands.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="group"
      aria-label={t("timeline.axisLabel")}
      aria-describedby="tl-axis-help"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onPointerLeave={hide}
    >
      {layout && (
        <svg
          className="tl-axis__svg"
          width={layout.width}
          height={layout.height}
          style={drag ? { transform: `translateX(${drag.dx}px)` } : undefined}
          data-from={summary.from}
          data-to={summary.to}
        >
          {layout.todayX !== null && (
            <rect className="tl-future" x={layout.todayX} y={AXIS_TOP} width={Math.max(0, layout.width - layout.todayX)} height={layout.height - AXIS_TOP} />
          )}
          {layout.ticks.map((tick) => (
            <g key={tick.date.getTime()} aria-hidden="true">
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
              {i > 0 && <line className="tl-lane-rule" x1={0} x2={layout.width} y1={lane.top - 4} y2={lane.top - 4} />}
              <text className="tl-lane-title" x={8} y={lane.top + 12}>
                {t(`timeline.lanes.${lane.id}`)}
                {` · ${format.number(lane.total)}`}
                {lane.unbucketed > 0 ? ` ${t("timeline.unbucketed", { count: lane.unbucketed, formatted: format.number(lane.unbucketed) })}` : ""}
              </text>
            </g>
          ))}

          {layout.cells.map((cell) => (
            <g
              key={`${cell.lane}:${cell.start}`}
              className={`tl-cell tl-cell--${cell.lane}`}
              data-count={cell.count}
              onPointerEnter={() => show(cell.x + cell.width / 2, cell.y, cellLines(cell))}
              onClick={() => controls.open(cell.start, cell.end)}
            >
              <rect className="tl-cell__box" x={cell.x} y={cell.y} width={cell.width} height={18} rx={3} style={{ fillOpacity: 0.12 + 0.68 * cell.level }} />
              {cell.text && (
                <text
                  className={cell.level > 0.55 ? "tl-cell__count tl-cell__count--dark" : "tl-cell__count"}
                  x={cell.x + cell.width / 2}
                  y={cell.y + 13}
                  textAnchor="middle"
                >
                  {cell.text}
                </text>
              )}
            </g>
          ))}

          {layout.tours.map((tour) => (
            <line key={tour.recordId} className="tl-route" x1={tour.x1} x2={tour.x2} y1={tour.y} y2={tour.y} data-tour={tour.title} />
          ))}

          {layout.marks.map((mark) => {
            const lines = () => itemLines(mark.item);
            const anchorX = mark.label ? mark.label.x : mark.x;
            return (
              <RecordLink
                key={mark.item.id}
                item={mark.item}
                className={markClass(mark, today)}
                tabIndex={mark.item.important ? 0 : -1}
                aria-label={lines().join(". ")}
                onPointerEnter={() => show(anchorX, mark.y, lines())}
                onFocus={() => show(anchorX, mark.y, lines())}
                onBlur={hide}
              >
                {mark.label && <line className="tl-leader" x1={mark.x} x2={mark.x} y1={mark.y + 6} y2={mark.label.y - 10} />}
                <Shape mark={mark} />
                {mark.label && (
                  // A shortened record title: user data, in the language it was written in.
                  <text className="tl-label" lang="ru" x={mark.label.x} y={mark.label.y}>
                    {mark.label.text}
                  </text>
                )}
              </RecordLink>
            );
          })}

          {layout.todayX !== null && (
            <g className="tl-today" aria-hidden="true">
              <line x1={layout.todayX} x2={layout.todayX} y1={14} y2={layout.height} />
              <rect x={Math.min(layout.todayX - 34, layout.width - 70)} y={0} width={68} height={18} rx={9} />
              <text x={Math.min(layout.todayX, layout.width - 36)} y={13} textAnchor="middle">
                {t("timeline.today")}
              </text>
            </g>
          )}
        </svg>
      )}
      {tip && layout && (
        <div className="tl-tip" role="tooltip" style={{ left: Math.max(0, Math.min(tip.x, layout.width - 320)), top: tip.y + 24 }}>
          {tip.lines.map((line, i) => (
            <p key={i} className={i === 0 ? "tl-tip__title" : undefined}>
              {line}
            </p>
          ))}
        </div>
      )}
      <p id="tl-axis-help" className="visually-hidden">
        {t("timeline.axisHelp")}
      </p>
    </div>
  );
}
