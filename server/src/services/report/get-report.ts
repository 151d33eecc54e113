import { addDays, addMonths, minOfDays, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import type { TAgreementStage } from "@atlas/shared/enums";
import { reportPeriodSpan, type TDaySpan, type TReport, type TReportInput, type ZReportInput } from "@atlas/shared/report";
import type { z } from "zod";
import { Prisma, type Tx } from "../../db.ts";
import { AppError } from "../../errors.ts";
import type { CalendarReadCall } from "../common/service-call.ts";
import { getDashboardSummary } from "../dashboard/get-dashboard-summary.ts";
import { followUpConditions, overdueCandidates } from "../dashboard/key-figures.ts";
import {
  agreementConditions,
  and,
  eventConditions,
  interactionConditions,
  interactionHeld,
  periodEndSql,
  resolveFilter,
  spanInPeriod,
  type SqlFilter,
} from "../dashboard/sql-filters.ts";

/** Lists in a report stay readable on paper; the counts beside them are never cut. */
const listLimit = 100;

export type { TReportInput };

/**
 * The report for a period. Everything the overview also shows comes from the overview's
 * own services under the same filter and period (getDashboardSummary), so the two never
 * disagree. The comparison is like for like: the period's days up to today against the
 * same days a year earlier — a quarter that is half over is compared with the first half
 * of the same quarter last year, never with the whole of it.
 */
export async function getReport({ prisma, input, today, timeZone }: CalendarReadCall<z.output<typeof ZReportInput>>): Promise<TReport> {
  const span = reportPeriodSpan(input.period);
  if (span.from > today)
    throw new AppError("BAD_REQUEST", "report.periodNotStarted", {
      params: { from: span.from },
    });
  const elapsed = { from: span.from, to: minOfDays(span.to, today) };
  // 29 February a year back is 28 February (addMonths keeps to the month's last day).
  const previous = {
    from: addMonths(elapsed.from, -12),
    to: addMonths(elapsed.to, -12),
  };
  const filter = { ...input.filter, from: span.from, to: span.to };

  const f = await resolveFilter(prisma, filter);
  const [summary, current, before, stageMoves, upcomingEvents, overdueFollowUps, home, filterNames] = await Promise.all([
    getDashboardSummary({ prisma, input: { filter }, today, timeZone }),
    comparedCounts(prisma, f, elapsed),
    comparedCounts(prisma, f, previous),
    stageMovesIn(prisma, f),
    upcomingEventsFrom(prisma, f, today),
    overdueFollowUpsOn(prisma, f, today),
    prisma.partner.findFirst({
      where: { isHome: true, deletedAt: null },
      select: { name: true },
    }),
    namesOf(prisma, input.filter),
  ]);
  return {
    regionName: home?.name ?? null,
    filterNames,
    period: input.period,
    span,
    elapsed,
    previous,
    complete: span.to <= today,
    compared: {
      meetings: { current: current.meetings, previous: before.meetings },
      agreementsSigned: {
        current: current.agreements_signed,
        previous: before.agreements_signed,
      },
      events: { current: current.events, previous: before.events },
    },
    keyFigures: summary.keyFigures,
    byCountry: summary.byCountry,
    bySector: summary.bySector,
    exports: {
      byCategory: summary.exports.byCategory,
      byDestination: summary.exports.byDestination,
    },
    stageMoves,
    upcomingEvents,
    overdueFollowUps,
  };
}

type Counts = { meetings: number; agreements_signed: number; events: number };

/**
 * What took place within the span: contacts and events held (as the overview's meetings
 * figure counts them: one known only to its month, quarter or year once that period is
 * over), and agreements signed on a day inside it. The filter's sectors and partners
 * apply; its period does not (the span is the period).
 */
async function comparedCounts(prisma: Tx, f: SqlFilter, span: TDaySpan): Promise<Counts> {
  const heldIn = (a: string) => Prisma.sql`${Prisma.raw(`${a}."startsAt"`)} >= ${span.from}::date AND ${interactionHeld(a, span.to)}`;
  const [row] = await prisma.$queryRaw<Counts[]>`
    SELECT
      (SELECT count(*)::int FROM "Interaction" i WHERE ${and(interactionConditions("i", f, { period: false }))} AND ${heldIn("i")}) AS meetings,
      (SELECT count(*)::int FROM "Agreement" a WHERE ${and(agreementConditions("a", f, { period: false }))}
          AND a."signedAt" BETWEEN ${span.from}::date AND ${span.to}::date) AS agreements_signed,
      (SELECT count(*)::int FROM "Event" e WHERE ${and(eventConditions("e", f, { period: false }))}
          AND e.status <> 'CANCELLED' AND ${heldIn("e")}) AS events`;
  if (!row) throw new Error("the report's counts query returned no row");
  return row;
}

/** Stage moves dated inside the period (a vaguer date when its month, quarter or year overlaps it), oldest first. */
async function stageMovesIn(prisma: Tx, f: SqlFilter): Promise<TReport["stageMoves"]> {
  const rows = await prisma.$queryRaw<
    {
      agreementId: string;
      title: string;
      fromStage: TAgreementStage | null;
      toStage: TAgreementStage;
      changedAt: CalendarDay;
      datePrecision: TDatePrecision;
    }[]
  >`
    SELECT a.id AS "agreementId", a.title, h."fromStage"::text AS "fromStage", h."toStage"::text AS "toStage",
           to_char(h."changedAt", 'YYYY-MM-DD') AS "changedAt", h."datePrecision"::text AS "datePrecision"
      FROM "AgreementStageChange" h
      JOIN "Agreement" a ON a.id = h."agreementId"
     WHERE ${and(agreementConditions("a", f, { period: false }))}
       AND ${and(spanInPeriod(Prisma.raw(`h."changedAt"`), periodEndSql(Prisma.raw(`h."changedAt"`), Prisma.raw(`h."datePrecision"`)), f.from, f.to))}
     ORDER BY h."changedAt", a.title, h."createdAt"
     LIMIT ${listLimit}`;
  return rows;
}

/** The events the overview's «events in the next 90 days» counts, by their first day. */
async function upcomingEventsFrom(prisma: Tx, f: SqlFilter, today: CalendarDay): Promise<TReport["upcomingEvents"]> {
  return prisma.$queryRaw<TReport["upcomingEvents"]>`
    SELECT e.id AS "eventId", e.title, to_char(e."startsAt", 'YYYY-MM-DD') AS "startsAt", to_char(e."endsAt", 'YYYY-MM-DD') AS "endsAt",
           e."datePrecision"::text AS "datePrecision", e.place
      FROM "Event" e
     WHERE ${and(eventConditions("e", f, { period: false }))} AND e.status <> 'CANCELLED'
       AND ${and(spanInPeriod(Prisma.raw(`e."startsAt"`), Prisma.raw(`e."endsAt"`), today, addDays(today, 90)))}
     ORDER BY e."startsAt", e.title
     LIMIT ${listLimit}`;
}

/** The follow-ups the overview's «overdue» counts, the longest overdue first. */
async function overdueFollowUpsOn(prisma: Tx, f: SqlFilter, today: CalendarDay): Promise<TReport["overdueFollowUps"]> {
  return prisma.$queryRaw<TReport["overdueFollowUps"]>`
    SELECT fu.id AS "followUpId", fu.title, to_char(fu."dueDate", 'YYYY-MM-DD') AS "dueDate", u.name AS "ownerName"
      FROM "FollowUp" fu
      LEFT JOIN "PlanItem" fp ON fp.id = fu."planItemId"
      LEFT JOIN "User" u ON u.id = fu."ownerId"
     WHERE ${and(followUpConditions(f))} ${overdueCandidates(f, today)}
       AND fu."dueDate" < ${today}::date AND fu.status IN ('OPEN', 'IN_PROGRESS')
     ORDER BY fu."dueDate", fu.title
     LIMIT ${listLimit}`;
}

/** What the filter names, in words; a code or id that names nothing is left out. */
async function namesOf(prisma: Tx, filter: z.output<typeof ZReportInput>["filter"]): Promise<TReport["filterNames"]> {
  const names = (rows: { name: string }[]) => rows.map((row) => row.name).sort((a, b) => a.localeCompare(b, "ru"));
  const [countries, partners, sectors] = await Promise.all([
    filter.countryCodes?.length
      ? prisma.partner.findMany({
          where: {
            level: "COUNTRY",
            isoCode: { in: filter.countryCodes },
            deletedAt: null,
          },
          select: { name: true },
        })
      : [],
    filter.partnerIds?.length
      ? prisma.partner.findMany({
          where: { id: { in: filter.partnerIds }, deletedAt: null },
          select: { name: true },
        })
      : [],
    filter.sectorIds?.length
      ? prisma.sector.findMany({
          where: { id: { in: filter.sectorIds } },
          select: { name: true },
        })
      : [],
  ]);
  return {
    countries: names(countries),
    partners: names(partners),
    sectors: names(sectors),
  };
}
