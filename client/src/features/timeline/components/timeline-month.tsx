// The list below the axis, one month at a time: the same records as the axis, every one
// with its links, for reading, for keyboards and screen readers. A busy month holds about
// 150 records, so the first PAGE_ROWS are shown and «Показать ещё» adds more; «Сегодня»
// comes back to the home region's month.
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { addMonths, type CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { Alert } from "../../../ui/alert.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { MONTH_LIMIT, useTimelineMonth } from "../hooks/timeline-queries.ts";
import { monthOf, type TTimelineSearch } from "../hooks/timeline-search.ts";
import { TimelineList } from "./timeline-list.tsx";
import "../texts.ts";

/** Rows shown before «Показать ещё»: with the axis above, the page stays within about three screens. */
const PAGE_ROWS = { wide: 10, phone: 2 };
const MORE_ROWS = 30;

const shiftMonth = (month: string, by: number): string => monthOf(addMonths(`${month}-01` as CalendarDay, by));

type TimelineMonthProps = {
  search: TTimelineSearch;
  month: string;
  today: CalendarDay;
  todayMonth: string;
  onMonth: (month: string) => void;
  phone: boolean;
};

export function TimelineMonth({ search, month, today, todayMonth, onMonth, phone }: TimelineMonthProps): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useTimelineMonth(search, month);
  // How many rows are open, per month (a new month starts folded again).
  const [open, setOpen] = useState<{ month: string; rows: number } | null>(null);
  const rows = open?.month === month ? open.rows : phone ? PAGE_ROWS.phone : PAGE_ROWS.wide;
  const items = query.data?.items ?? [];
  const title = format.preciseDate(`${month}-01`, "MONTH");
  const label = (m: string) => format.preciseDate(`${m}-01`, "MONTH");

  return (
    <section className="card tl-list-card" aria-labelledby="tl-list-title">
      <div className="tl-month-nav">
        <h2 className="section__title" id="tl-list-title">
          {t("timeline.listTitle", { month: title })}
        </h2>
        <div className="tl-month-nav__buttons" role="group" aria-label={t("timeline.monthNav")}>
          <button
            type="button"
            className="tl-zoom__button"
            onClick={() => onMonth(shiftMonth(month, -1))}
            aria-label={t("timeline.monthBack", { month: label(shiftMonth(month, -1)) })}
          >
            ← {label(shiftMonth(month, -1))}
          </button>
          <button
            type="button"
            className="tl-zoom__button"
            onClick={() => onMonth(todayMonth)}
            disabled={month === todayMonth}
            data-testid="timeline-list-today"
          >
            {t("timeline.today")}
          </button>
          <button
            type="button"
            className="tl-zoom__button"
            onClick={() => onMonth(shiftMonth(month, 1))}
            aria-label={t("timeline.monthAhead", { month: label(shiftMonth(month, 1)) })}
          >
            {label(shiftMonth(month, 1))} →
          </button>
        </div>
      </div>
      {!query.data ? (
        query.isError ? (
          <Alert tone="error">{t("errors.load")}</Alert>
        ) : (
          <p className="muted">
            <Spinner size="sm" /> {t("timeline.loading")}
          </p>
        )
      ) : items.length === 0 ? (
        <p className="muted" data-testid="timeline-month-empty">
          {t("timeline.monthEmpty")}
        </p>
      ) : (
        <>
          {query.data.truncated && (
            <Alert tone="info">{t("timeline.monthTruncated", { total: format.number(query.data.total), shown: format.number(MONTH_LIMIT) })}</Alert>
          )}
          <TimelineList items={items} today={today} showToday={month === todayMonth} limit={rows} />
          {items.length > rows && (
            <button type="button" className="tl-more" onClick={() => setOpen({ month, rows: rows + MORE_ROWS })}>
              {t("timeline.showMore", {
                count: Math.min(MORE_ROWS, items.length - rows),
                formatted: format.number(Math.min(MORE_ROWS, items.length - rows)),
                total: format.number(items.length),
              })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
