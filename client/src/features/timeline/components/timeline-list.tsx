// The same timeline as a list, month by month, with "today" in its place: what a
// screen reader, a keyboard and a phone use. Every item links to its record and its
// partners.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import type { TimelineItem } from "../hooks/timeline-queries.ts";
import { itemDetails, itemTitle } from "./describe.ts";
import { PartnerLinks, RecordLink } from "./record-link.tsx";

type Month = { key: string; date: Date; items: TimelineItem[] };

function byMonth(items: TimelineItem[]): Month[] {
  const months: Month[] = [];
  for (const item of items) {
    const key = `${item.date.getFullYear()}-${item.date.getMonth()}`;
    let month = months.at(-1);
    if (!month || month.key !== key) {
      month = { key, date: new Date(item.date.getFullYear(), item.date.getMonth(), 1), items: [] };
      months.push(month);
    }
    month.items.push(item);
  }
  return months;
}

export function TimelineList({ items, today, showToday }: { items: TimelineItem[]; today: Date; showToday: boolean }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const monthName = new Intl.DateTimeFormat(format.locale, { month: "long", year: "numeric" });
  const day = new Intl.DateTimeFormat(format.locale, { day: "numeric", month: "short" });
  const weekday = new Intl.DateTimeFormat(format.locale, { weekday: "short" });

  // "Today" goes before the first item after it (or after the last one).
  const todayAt = showToday ? items.findIndex((i) => i.date.getTime() > today.getTime()) : -2;
  const todayIndex = todayAt === -1 ? items.length : todayAt;
  const todayRow = (
    <li className="tl-list__today" key="today" data-testid="timeline-today-item">
      <span className="tl-list__today-mark" aria-hidden="true" />
      {t("timeline.todayItem", { date: format.date(today) })}
    </li>
  );

  let index = 0;
  let todayShown = !showToday;
  const sameMonth = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth();
  const months = byMonth(items);
  return (
    <ol className="tl-list">
      {months.map((month) => {
        const rows: ReactNode[] = [];
        for (const item of month.items) {
          if (index === todayIndex && !todayShown) {
            rows.push(todayRow);
            todayShown = true;
          }
          index++;
          const planned = item.date.getTime() > today.getTime();
          rows.push(
            <li key={item.id} className={`tl-item tl-item--${item.kind}${planned ? " tl-item--planned" : ""}`}>
              <time className="tl-item__date" dateTime={item.date.toISOString()}>
                <span className="tl-item__day">{day.format(item.date)}</span>
                <span className="tl-item__weekday">{weekday.format(item.date)}</span>
              </time>
              <div className="tl-item__body">
                <p className="tl-item__title">
                  <span className={`tl-dot tl-dot--${item.kind}`} aria-hidden="true" />
                  <RecordLink item={item} className="tl-item__link">
                    {itemTitle(t, item)}
                  </RecordLink>
                </p>
                <p className="tl-item__meta">
                  <span className="tl-item__kind">{t(`timeline.kinds.${item.kind}`)}</span>
                  <span>{itemDetails(t, item)}</span>
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
        // Today falls between this month and the next item, in another month: it closes this one.
        const next = items[index];
        if (index === todayIndex && !todayShown && (!next || !sameMonth(next.date, today))) {
          rows.push(todayRow);
          todayShown = true;
        }
        return (
          <li key={month.key} className="tl-month">
            <h3 className="tl-month__title">{monthName.format(month.date)}</h3>
            <ol className="tl-month__items">{rows}</ol>
          </li>
        );
      })}
      {!todayShown && (
        <li className="tl-month">
          <ol className="tl-month__items">{todayRow}</ol>
        </li>
      )}
    </ol>
  );
}
