// «Хроника»: the partner's story as a short chronicle (visits at the highest level,
// agreement stage moves, forums and tours; see shared/src/partner-story.ts), by year and
// month, oldest first. The server sends the latest page; «Раньше» adds the one before.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { periodOf, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { recordPagePath } from "@atlas/shared/entity-registry";
import { isNetworkError } from "../../../lib/errors.ts";
import { useFormat } from "../../../lib/format.ts";
import { useTermLabels } from "../../../lib/vocabularies.ts";
import { Button } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { usePartnerStory, type PartnerStoryItem } from "../hooks/partner-queries.ts";
import { concerns, Meta } from "./dossier-items.tsx";
import "../texts.ts";

/** Where an item is placed: its own date, or an undated tour stop at its tour's. */
function placedAt(item: PartnerStoryItem): { day: CalendarDay; precision: TDatePrecision } {
  if (item.kind === "tourStop" && !item.date) return { day: item.tour.startsAt, precision: item.tour.datePrecision };
  return { day: item.date!, precision: item.datePrecision ?? "DAY" };
}

/** A month heading for a day, a month or an approximate day; a quarter or a year is its own heading (never its first month). */
function headingOf(day: CalendarDay, precision: TDatePrecision): { key: string; precision: "MONTH" | "QUARTER" | "YEAR"; first: CalendarDay } {
  const shown = precision === "QUARTER" || precision === "YEAR" ? precision : "MONTH";
  const first = periodOf(day, shown).first;
  return { key: `${shown}:${first}`, precision: shown, first };
}

type MonthGroup = { key: string; precision: "MONTH" | "QUARTER" | "YEAR"; first: CalendarDay; items: PartnerStoryItem[] };
type YearGroup = { year: string; months: MonthGroup[] };

/** Items come in story order; groups keep it. */
function groupStory(items: PartnerStoryItem[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const item of items) {
    const at = placedAt(item);
    const heading = headingOf(at.day, at.precision);
    const year = at.day.slice(0, 4);
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.find((g) => g.key === heading.key);
    if (!m) y.months.push((m = { ...heading, items: [] }));
    m.items.push(item);
  }
  return years;
}

const recordOf = { interaction: "meeting", stageChange: "agreement", event: "event", tourStop: "event" } as const;

function StoryItem({ item, partnerId }: { item: PartnerStoryItem; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const termLabel = useTermLabels();
  const at = placedAt(item);
  const what =
    item.kind === "interaction"
      ? termLabel("meetingKind", item.subtype)
      : item.kind === "stageChange"
        ? t(`enums.agreementStage.${item.subtype}`)
        : item.kind === "event"
          ? termLabel("eventKind", item.subtype)
          : t("dossier.story.stop", { place: item.place });
  const path = recordPagePath(recordOf[item.kind], item.recordId) ?? "/timeline";
  return (
    <li className="story-item" data-testid="story-item" data-kind={item.kind}>
      <p className="story-item__when">{item.date ? format.preciseDate(at.day, at.precision, "short") : t("dossier.story.dateUnknown")}</p>
      <div>
        <p className="story-item__what">
          <span className="story-item__kind">{what}</span>{" "}
          <Link to={path as never} className="dossier-item__title">
            {item.title}
          </Link>
        </p>
        <Meta>
          {[
            (item.kind === "event" || item.kind === "tourStop") && t(`enums.eventStatus.${item.status}`),
            concerns(item.partners, partnerId),
            item.people.length > 0 && (
              <span key="people">
                {t("dossier.story.people", { names: item.people.map((p) => (p.post ? `${p.fullName} (${p.post})` : p.fullName)).join(", ") })}
              </span>
            ),
          ]}
        </Meta>
        {item.sources.length > 0 && (
          <p className="story-item__sources">
            {t("dossier.story.source")}{" "}
            {item.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && "; "}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer" className="quiet-link">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </span>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}

export function StoryBlock({ partnerId }: { partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const story = usePartnerStory(partnerId);
  // Pages come latest first; the chronicle reads oldest first.
  const items = story.data ? [...story.data.pages].reverse().flatMap((p) => p.items) : [];
  return (
    <section className="card dossier-block story" aria-labelledby="dossier-story" aria-busy={story.isPending || story.isFetchingNextPage || undefined}>
      <h2 className="card__title dossier-block__title" id="dossier-story">
        {t("dossier.story.title")}
      </h2>
      <p className="muted story__intro">{t("dossier.story.intro")}</p>
      {story.isPending ? (
        <Skeleton lines={4} />
      ) : story.isError && !story.data ? (
        <div className="dossier-block__error" role="alert">
          <p>{isNetworkError(story.error) ? t("errors.network") : t("dossier.blockError")}</p>
          <Button size="sm" onClick={() => void story.refetch()}>
            {t("common.retry")}
          </Button>
        </div>
      ) : items.length === 0 ? (
        <p className="muted dossier-block__empty">{t("dossier.story.empty")}</p>
      ) : (
        <>
          {story.hasNextPage && (
            <Button size="sm" className="story__earlier" onClick={() => void story.fetchNextPage()} disabled={story.isFetchingNextPage}>
              {t("dossier.story.earlier")}
            </Button>
          )}
          {story.isFetchNextPageError && (
            <p role="alert" className="story__error">
              {t("dossier.blockError")}
            </p>
          )}
          <ol className="story__years">
            {groupStory(items).map((y) => (
              <li key={y.year} className="story__year">
                <h3 className="story__year-title">{y.year}</h3>
                <ol className="story__months">
                  {y.months.map((m) => (
                    <li key={m.key} className="story__month">
                      <h4 className="story__month-title">{format.preciseDate(m.first, m.precision)}</h4>
                      <ol className="story__items">
                        {m.items.map((item) => (
                          <StoryItem key={item.id} item={item} partnerId={partnerId} />
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
