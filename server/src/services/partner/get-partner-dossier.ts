// The partner dossier (partner.dossier): everything an official reads before a call,
// for the partner together with every partner below it, in a fixed number of queries
// whatever the size of the data. Lists are cut to their first rows (the page prints
// as a two-page briefing); each says how many rows there are in all.
import type {
  TDossierAgreement,
  TDossierChild,
  TDossierContact,
  TDossierEvent,
  TDossierExportFact,
  TDossierExportYear,
  TDossierFollowUp,
  TDossierList,
  TDossierPerson,
  TDossierProject,
  TPartnerDossier,
} from "@atlas/shared/partner";
import type { TAgreementStage } from "@atlas/shared/enums";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { partnerScope } from "../common/filters.ts";
import { periodEndSql } from "../dashboard/sql-filters.ts";
import { anySector } from "../dashboard/interaction-tally.ts";
import { currentPositionIndex } from "@atlas/shared/person";
import { positionOrder, toPositionValues } from "../person/position-rules.ts";
import { exportFactSelect, toExportFactDto } from "../export-fact/export-fact-select.ts";
import { toTimestamp } from "@atlas/shared/timestamp";

/** How many rows of each list the dossier carries. */
export const dossierLimits = {
  agreements: 20,
  contacts: 8,
  directContacts: 5,
  people: 12,
  projects: 10,
  upcomingEvents: 8,
  pastEvents: 8,
  followUps: 6,
  exportCategories: 6,
  exportFacts: 10,
} as const;

type Ref = { id: string; name: string };
type Counted = { total: number };

// Business dates leave SQL as "YYYY-MM-DD" text (to_char of a `date` column), so no
// Date and no time zone comes between the database and the wire; every one goes with
// its precision. "Next" and "upcoming" mean: its last day is today or later in the home
// region's calendar (`today`); everything else is past. A meeting «в декабре» is upcoming
// all December and past from January, never "held on 1 December".
const day = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);
/** The last day of an interaction or event: its end, or its single day. */
const lastDay = (alias: string) => Prisma.raw(`COALESCE(${alias}."endsAt", ${alias}."startsAt")`);

const list = <T>(rows: Array<T & Counted>): TDossierList<T> => ({
  items: rows.map(({ total: _total, ...item }) => item as unknown as T),
  total: rows[0]?.total ?? 0,
});

async function summaryRow(prisma: Tx, scope: string[], today: CalendarDay) {
  const [row] = await prisma.$queryRaw<
    Array<{ nextContact: TPartnerDossier["summary"]["nextContact"]; agreementsByStage: Array<{ stage: TAgreementStage; count: number }> }>
  >`
    SELECT
      (SELECT json_build_object('id', i.id, 'title', i.title, 'startsAt', ${day(`i."startsAt"`)}, 'endsAt', ${day(`i."endsAt"`)},
                                'datePrecision', i."datePrecision")
         FROM "Interaction" i
        WHERE i."deletedAt" IS NULL AND ${lastDay("i")} >= ${today}::date
          AND EXISTS (SELECT 1 FROM "InteractionPartner" ip WHERE ip."interactionId" = i.id AND ip."partnerId" = ANY(${scope}::uuid[]))
        ORDER BY i."startsAt", i.id LIMIT 1) AS "nextContact",
      (SELECT COALESCE(json_agg(json_build_object('stage', g.stage, 'count', g.n) ORDER BY g.stage), '[]'::json)
         FROM (SELECT a.stage, count(*)::int AS n FROM "Agreement" a
                WHERE a."deletedAt" IS NULL
                  AND EXISTS (SELECT 1 FROM "AgreementParty" ap WHERE ap."agreementId" = a.id AND ap."partnerId" = ANY(${scope}::uuid[]))
                GROUP BY a.stage) g) AS "agreementsByStage"`;
  return {
    nextContact: row?.nextContact ?? null,
    agreementsByStage: row?.agreementsByStage ?? [],
  };
}

async function agreements(prisma: Tx, scope: string[]) {
  const rows = await prisma.$queryRaw<Array<TDossierAgreement & Counted & { stage_sort: Date }>>`
    SELECT a.*,
           (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id), '[]'::json)
              FROM "AgreementParty" ap JOIN "Partner" p ON p.id = ap."partnerId"
             WHERE ap."agreementId" = a.id::uuid AND ap."partnerId" = ANY(${scope}::uuid[])) AS partners
      FROM (SELECT a.id::text AS id, a.title, a.kind::text AS kind, a.stage::text AS stage, ${day(`a."stageChangedAt"`)} AS "stageChangedAt",
                   -- The precision of the move to the current stage (an agreement «подписано в 2024 году»).
                   COALESCE((SELECT h."datePrecision"::text FROM "AgreementStageChange" h
                              WHERE h."agreementId" = a.id AND h."toStage" = a.stage
                              ORDER BY h."changedAt" DESC, h."createdAt" DESC LIMIT 1), 'DAY') AS "stageDatePrecision",
                   ${day(`a."signedAt"`)} AS "signedAt", ${day(`a."registeredAt"`)} AS "registeredAt",
                   ${day(`a."effectiveAt"`)} AS "effectiveAt", ${day(`a."expiresAt"`)} AS "expiresAt",
                   (SELECT COALESCE(json_agg(json_build_object('stage', h."toStage", 'date', ${day(`h."changedAt"`)}, 'datePrecision', h."datePrecision")
                                             ORDER BY h."changedAt", h."createdAt", h.id), '[]'::json)
                      FROM "AgreementStageChange" h WHERE h."agreementId" = a.id) AS stages,
                   a."stageChangedAt" AS stage_sort,
                   count(*) OVER ()::int AS total
              FROM "Agreement" a
             WHERE a."deletedAt" IS NULL
               AND EXISTS (SELECT 1 FROM "AgreementParty" ap WHERE ap."agreementId" = a.id AND ap."partnerId" = ANY(${scope}::uuid[]))
             -- Agreements that still matter first: ended ones (expired, terminated) last.
             ORDER BY (a.stage IN ('EXPIRED', 'TERMINATED')), a."stageChangedAt" DESC, a.id
             LIMIT ${dossierLimits.agreements}) a
     ORDER BY (a.stage IN ('EXPIRED', 'TERMINATED')), a.stage_sort DESC, a.id`;
  return list<TDossierAgreement>(rows.map(({ stage_sort: _s, ...a }) => a));
}

/**
 * How many contacts of the partner's branch are past (their last day before today): the
 * months before this one from the maintained tallies (every contact in them is past), this
 * month's from the table, by the index on the last day.
 */
async function pastContactsTotal(prisma: Tx, { root, scope, today }: { root: string; scope: string[]; today: CalendarDay }): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    SELECT (COALESCE((SELECT sum(t.count) FROM "InteractionTally" t
                       WHERE t."scopeKind" = 'subtree' AND t."scopeId" = ${root}::uuid AND t."sectorId" = ${anySector}::uuid
                         AND t."endMonth" < date_trunc('month', ${today}::date::timestamp)::date), 0)
          + (SELECT count(*) FROM "Interaction" i
              WHERE i."deletedAt" IS NULL
                AND ${lastDay("i")} >= date_trunc('month', ${today}::date::timestamp)::date AND ${lastDay("i")} < ${today}::date
                AND EXISTS (SELECT 1 FROM "InteractionPartner" ip WHERE ip."interactionId" = i.id AND ip."partnerId" = ANY(${scope}::uuid[]))))::int AS total`;
  return row?.total ?? 0;
}

/**
 * Contacts that are past (their last day before today), newest first by that last day.
 * `match` are the partners a contact must have (the whole scope, or the partner itself);
 * `partners` on each lists the ones within the scope. `total` is their number when the
 * caller knows it (pastContactsTotal); otherwise they are counted here.
 *
 * The page is read from PartnerContact: each partner's first `limit` by the index on its
 * contacts' last days, so at most `limit` rows per partner whatever its history (walking the
 * table's own index on the last day read every other partner's contacts on the way to a
 * quiet one's); only the page's rows are then read in full. (With `count(*) OVER ()` on the
 * full rows, PostgreSQL sorted every meeting of the table with all its columns before cutting
 * the page.)
 */
async function contacts(
  prisma: Tx,
  { scope, match, today, limit, total }: { scope: string[]; match: string[]; today: CalendarDay; limit: number; total?: number },
) {
  const [rows, counted] = await Promise.all([
    prisma.$queryRaw<
      Array<Omit<TDossierContact, "participants"> & { participants: Array<TDossierContact["participants"][number]>; last_day: Date; first_day: Date }>
    >`
    WITH firsts AS (
      SELECT x."interactionId" AS id, x."lastDay" AS last_day, x."startsAt" AS first_day
        FROM unnest(${match}::uuid[]) AS m(partner_id)
       CROSS JOIN LATERAL (
         SELECT pc."interactionId", pc."lastDay", pc."startsAt" FROM "PartnerContact" pc
          WHERE pc."partnerId" = m.partner_id AND pc."lastDay" < ${today}::date
          ORDER BY pc."lastDay" DESC, pc."startsAt" DESC, pc."interactionId"
          LIMIT ${limit}) x
    ),
    page AS (
      -- A contact with two of the partners comes once.
      SELECT DISTINCT id, last_day, first_day FROM firsts ORDER BY last_day DESC, first_day DESC, id LIMIT ${limit}
    )
    SELECT i.id::text AS id, i.title, i.kind::text AS kind, i.direction::text AS direction, i.format::text AS format,
           ${day(`i."startsAt"`)} AS "startsAt", ${day(`i."endsAt"`)} AS "endsAt", i."datePrecision"::text AS "datePrecision",
           i."startTime", i.place, pg.last_day, pg.first_day,
           (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id), '[]'::json)
              FROM "InteractionPartner" ip JOIN "Partner" p ON p.id = ip."partnerId"
             WHERE ip."interactionId" = i.id AND ip."partnerId" = ANY(${scope}::uuid[])) AS partners,
           (SELECT COALESCE(json_agg(json_build_object('id', pe.id, 'fullName', pe."fullName", 'side', pe.side, 'role', x.role)
                                     ORDER BY pe.side, pe."fullName", pe.id), '[]'::json)
              FROM "InteractionParticipant" x JOIN "Person" pe ON pe.id = x."personId" AND pe."deletedAt" IS NULL
             WHERE x."interactionId" = i.id) AS participants
      FROM page pg JOIN "Interaction" i ON i.id = pg.id
     ORDER BY pg.last_day DESC, pg.first_day DESC, pg.id`,
    // Counted on PartnerContact's index alone (no meeting row is read); a contact with two of the partners counts once.
    total ??
      prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(DISTINCT pc."interactionId")::int AS n FROM "PartnerContact" pc
         WHERE pc."partnerId" = ANY(${match}::uuid[]) AND pc."lastDay" < ${today}::date`.then(([r]) => r?.n ?? 0),
  ]);
  return { items: rows.map(({ last_day: _l, first_day: _f, ...c }) => c as TDossierContact), total: counted };
}

type PersonRow = Omit<TDossierPerson, "partner" | "formerPosts"> & Counted & { grp: "ours" | "theirs"; partnerId: string | null; partnerName: string | null };

/** Former posts shown per person: enough for a briefing. */
const formerPostsShown = 4;

/**
 * Their side: people of the partner (or below it), and people of no partner who took
 * part in its contacts. Our side: home-side people who took part in its contacts.
 * Both with how many of its contacts they attended and when last, the post they held
 * at that latest contact, and their former posts; the partner's own people first, then
 * by the latest contact.
 *
 * The contacts are read from the maintained PersonContactTally (per branch and person: how
 * many, and the latest), not from the meetings: a contact with two partners of the branch
 * counts once there, as the branch is the tallies' "subtree" of the partner, the scope the
 * filters expand. Only a person whose latest contact is today or later (a planned one) has
 * their contacts from today on counted and their latest past one found in PersonContact, by
 * its index; the post and precision are read for the people listed alone. Of two contacts
 * ending and beginning on the same days, the latest is the one with the smaller id.
 */
async function people(prisma: Tx, id: string, scope: string[], today: CalendarDay) {
  const rows = await prisma.$queryRaw<PersonRow[]>`
    WITH attended AS (
      SELECT t."personId" AS person_id,
             (t.contacts - (SELECT count(*) FROM "PersonContact" pc
                             WHERE t."lastDay" >= ${today}::date
                               AND pc."scopeId" = t."scopeId" AND pc."personId" = t."personId" AND pc."lastDay" >= ${today}::date))::int AS contacts,
             l."lastDay" AS last_at, l."startsAt" AS last_starts_at, l."interactionId" AS last_id
        FROM "PersonContactTally" t
       -- No row when every contact is today or later: the person has attended none yet.
       CROSS JOIN LATERAL (
             SELECT t."lastDay", t."startsAt", t."interactionId" WHERE t."lastDay" < ${today}::date
             UNION ALL
             (SELECT pc."lastDay", pc."startsAt", pc."interactionId" FROM "PersonContact" pc
               WHERE t."lastDay" >= ${today}::date
                 AND pc."scopeId" = t."scopeId" AND pc."personId" = t."personId" AND pc."lastDay" < ${today}::date
               ORDER BY pc."lastDay" DESC, pc."startsAt" DESC, pc."interactionId"
               LIMIT 1)) l
       WHERE t."scopeId" = ${id}::uuid
    ),
    candidates AS (
      SELECT pe.id, pe."fullName", pe.post, pe.organisation, pe.side, pe."partnerId",
             COALESCE(at.contacts, 0) AS contacts, at.last_at, at.last_starts_at, at.last_id,
             CASE WHEN pe.side = 'HOME' THEN 'ours' ELSE 'theirs' END AS grp
        FROM "Person" pe LEFT JOIN attended at ON at.person_id = pe.id
       WHERE pe."deletedAt" IS NULL
         AND ((pe.side = 'PARTNER' AND (pe."partnerId" = ANY(${scope}::uuid[]) OR (pe."partnerId" IS NULL AND at.person_id IS NOT NULL)))
              OR (pe.side = 'HOME' AND at.person_id IS NOT NULL))
    ),
    ranked AS (
      SELECT c.*, count(*) OVER (PARTITION BY c.grp)::int AS total,
             -- The partner's own people (an ambassador for a country) before those of the partners below it.
             row_number() OVER (PARTITION BY c.grp ORDER BY (c."partnerId" IS NOT DISTINCT FROM ${id}::uuid) DESC, c.last_at DESC NULLS LAST,
                                                          c.contacts DESC, c."fullName", c.id) AS rn
        FROM candidates c
    )
    SELECT r.id::text AS id, r."fullName", r.post, r.organisation, r.side::text AS side, r.contacts,
           ${day(`r.last_starts_at`)} AS "lastContactAt", li."datePrecision"::text AS "lastContactPrecision",
           lx.post AS "lastContactPost", lx.organisation AS "lastContactOrganisation",
           r.grp, r.total, p.id::text AS "partnerId", p.name AS "partnerName"
      FROM ranked r
      LEFT JOIN "Partner" p ON p.id = r."partnerId"
      LEFT JOIN "Interaction" li ON li.id = r.last_id
      LEFT JOIN "InteractionParticipant" lx ON lx."interactionId" = r.last_id AND lx."personId" = r.id
     WHERE r.rn <= ${dossierLimits.people}
     ORDER BY r.grp, r.rn`;
  // One more query for the positions of the people listed, whatever their number.
  const positionRows = rows.length
    ? await prisma.personPosition.findMany({
        where: { personId: { in: rows.map((r) => r.id) } },
        select: { personId: true, post: true, organisation: true, startsOn: true, endsOn: true },
        orderBy: positionOrder,
      })
    : [];
  const positionsOf = Map.groupBy(positionRows, (r) => r.personId);
  // Former: every position but the current one (the one the person's post comes from).
  const formerPosts = (personId: string) => {
    const positions = (positionsOf.get(personId) ?? []).map(toPositionValues);
    const current = currentPositionIndex(positions);
    return positions.filter((_, i) => i !== current).slice(0, formerPostsShown);
  };
  const toPerson = ({ grp: _grp, partnerId, partnerName, ...p }: PersonRow): TDossierPerson & Counted => ({
    ...p,
    formerPosts: formerPosts(p.id),
    partner: partnerId ? { id: partnerId, name: partnerName ?? "" } : null,
  });
  return {
    theirs: list<TDossierPerson>(rows.filter((r) => r.grp === "theirs").map(toPerson)),
    ours: list<TDossierPerson>(rows.filter((r) => r.grp === "ours").map(toPerson)),
  };
}

async function projects(prisma: Tx, scope: string[]) {
  const rows = await prisma.$queryRaw<
    Array<
      Omit<TDossierProject, "partner" | "sector" | "updatedAt"> &
        Counted & { updatedAt: Date; partnerId: string; partnerName: string; sectorId: string | null; sectorName: string | null }
    >
  >`
    SELECT pr.id::text AS id, pr.title, pr.stage::text AS stage, pr."updatedAt",
           pa.id::text AS "partnerId", pa.name AS "partnerName", s.id::text AS "sectorId", s.name AS "sectorName",
           count(*) OVER ()::int AS total
      FROM "Project" pr
      JOIN "Partner" pa ON pa.id = pr."partnerId"
      LEFT JOIN "Sector" s ON s.id = pr."sectorId" AND s."deletedAt" IS NULL
     WHERE pr."deletedAt" IS NULL AND pr."partnerId" = ANY(${scope}::uuid[])
     ORDER BY (pr.stage IN ('SUSPENDED', 'CANCELLED')), pr."updatedAt" DESC, pr.id
     LIMIT ${dossierLimits.projects}`;
  return list<TDossierProject>(
    rows.map(({ partnerId, partnerName, sectorId, sectorName, updatedAt, ...p }) => ({
      ...p,
      updatedAt: toTimestamp(updatedAt),
      partner: { id: partnerId, name: partnerName },
      sector: sectorId ? { id: sectorId, name: sectorName ?? "" } : null,
    })),
  );
}

/** Export figures to the partner (or below) summed by calendar year, and the categories that make them up. */
async function exportsByYear(prisma: Tx, scope: string[]) {
  const rows = await prisma.$queryRaw<Array<TDossierExportYear & { categories: Ref[] | null }>>`
    WITH fig AS (
      SELECT x.*, c.name AS category_name
        FROM "ExportFigure" x JOIN "ExportCategory" c ON c.id = x."categoryId" AND c."deletedAt" IS NULL
       WHERE x."deletedAt" IS NULL AND x."destinationId" = ANY(${scope}::uuid[])
    ),
    -- A sum has a currency only when every summed value states the same one.
    years AS (
      SELECT EXTRACT(YEAR FROM f."periodStart")::int AS year,
             CASE WHEN count(DISTINCT f.currency) FILTER (WHERE f.value IS NOT NULL) = 1
                   AND count(*) FILTER (WHERE f.value IS NOT NULL AND f.currency IS NULL) = 0
                  THEN sum(f.value)::text END AS value,
             CASE WHEN count(DISTINCT f.currency) FILTER (WHERE f.value IS NOT NULL) = 1
                   AND count(*) FILTER (WHERE f.value IS NOT NULL AND f.currency IS NULL) = 0
                  THEN min(f.currency) FILTER (WHERE f.value IS NOT NULL) END AS currency,
             to_char(min(f."periodStart"), 'YYYY-MM-DD') AS "coveredFrom", to_char(max(f."periodEnd"), 'YYYY-MM-DD') AS "coveredTo",
             count(*)::int AS figures
        FROM fig f GROUP BY 1
    ),
    cats AS (
      SELECT f."categoryId" AS id, f.category_name AS name, sum(f.value) AS value FROM fig f GROUP BY 1, 2
      ORDER BY 3 DESC NULLS LAST, 2 LIMIT ${dossierLimits.exportCategories}
    )
    SELECT y.*, CASE WHEN y.year = (SELECT min(year) FROM years)
                     THEN (SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.value DESC NULLS LAST, c.name) FROM cats c) END AS categories
      FROM years y ORDER BY y.year`;
  return {
    byYear: rows.map(({ categories: _c, ...y }) => y),
    categories: rows.find((r) => r.categories)?.categories ?? [],
  };
}

/**
 * Export facts about the partner or one below it (a rank, a growth rate, an intent),
 * the latest periods first and those without a period after them.
 */
async function exportFacts(prisma: Tx, scope: string[]): Promise<TDossierList<TDossierExportFact>> {
  const where = { deletedAt: null, partnerId: { in: scope } };
  const [rows, total] = await Promise.all([
    prisma.exportFact.findMany({
      where,
      select: exportFactSelect,
      orderBy: [{ periodEnd: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take: dossierLimits.exportFacts,
    }),
    prisma.exportFact.count({ where }),
  ]);
  const items = rows.map((row) => {
    const f = toExportFactDto(row);
    return {
      id: f.id,
      kind: f.kind,
      partner: { id: f.partner.id, name: f.partner.name },
      category: f.category ? { id: f.category.id, name: f.category.name } : null,
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      rank: f.rank,
      growthPercent: f.growthPercent,
      statement: f.statement,
      source: f.source
        ? { id: f.source.id, title: f.source.title, url: f.source.url, publishedAt: f.source.publishedAt, publishedPrecision: f.source.publishedPrecision }
        : null,
    } satisfies TDossierExportFact;
  });
  return { items, total };
}

type EventRow = TDossierEvent & Counted & { upcoming: boolean };

/**
 * Events the partner (or one below it) takes part in or a tour stops at. An event is
 * upcoming until its last day; for a tour that stops here at a dated stop, until that
 * stop's last day (of its month, quarter or year for a vaguer date). A stop here without
 * a day leaves the tour's own days in charge, and keeps `date: null`.
 */
async function events(prisma: Tx, scope: string[], today: CalendarDay) {
  const stopEnd = periodEndSql(Prisma.raw(`st.date`), Prisma.raw(`st."datePrecision"`));
  const rows = await prisma.$queryRaw<EventRow[]>`
    WITH ev AS (
      SELECT e.id, e.title, e.kind, e.status, e."startsAt", e."endsAt", e."datePrecision", e.place,
             (SELECT json_build_object('date', st.date, 'precision', st."datePrecision") FROM "EventStop" st
               WHERE st."eventId" = e.id AND st."partnerId" = ANY(${scope}::uuid[]) AND st.date IS NOT NULL
               ORDER BY st.date, st.position LIMIT 1) AS first_stop,
             (SELECT max(${stopEnd}) FROM "EventStop" st
               WHERE st."eventId" = e.id AND st."partnerId" = ANY(${scope}::uuid[])) AS last_stop_day
        FROM "Event" e
       WHERE e."deletedAt" IS NULL
         AND (EXISTS (SELECT 1 FROM "EventPartner" ep WHERE ep."eventId" = e.id AND ep."partnerId" = ANY(${scope}::uuid[]))
              OR EXISTS (SELECT 1 FROM "EventStop" st WHERE st."eventId" = e.id AND st."partnerId" = ANY(${scope}::uuid[])))
    ),
    timed AS (
      SELECT ev.*, COALESCE((ev.first_stop->>'date')::date, ev."startsAt") AS at,
             COALESCE(ev.first_stop->>'precision', ev."datePrecision"::text) AS at_precision,
             COALESCE(ev.last_stop_day, ev."endsAt", ev."startsAt") >= ${today}::date AS upcoming
        FROM ev
    ),
    ranked AS (
      SELECT t.*, count(*) OVER (PARTITION BY t.upcoming)::int AS total,
             row_number() OVER (PARTITION BY t.upcoming
                                ORDER BY CASE WHEN t.upcoming THEN t.at END ASC, CASE WHEN NOT t.upcoming THEN t.at END DESC, t.id) AS rn
        FROM timed t
    )
    SELECT r.id::text AS id, r.title, r.kind::text AS kind, r.status::text AS status,
           ${day(`r."startsAt"`)} AS "startsAt", ${day(`r."endsAt"`)} AS "endsAt", r."datePrecision"::text AS "datePrecision", r.place,
           ${day(`r.at`)} AS at, r.at_precision AS "atPrecision", r.upcoming, r.total,
           (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id), '[]'::json)
              FROM "EventPartner" ep JOIN "Partner" p ON p.id = ep."partnerId"
             WHERE ep."eventId" = r.id AND ep."partnerId" = ANY(${scope}::uuid[])) AS partners,
           (SELECT COALESCE(json_agg(json_build_object('place', st.place, 'position', st.position, 'date', ${day(`st.date`)},
                                                       'datePrecision', CASE WHEN st.date IS NOT NULL THEN st."datePrecision" END,
                                                       'partner', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END)
                                     ORDER BY st.position), '[]'::json)
              FROM "EventStop" st LEFT JOIN "Partner" p ON p.id = st."partnerId"
             WHERE st."eventId" = r.id AND st."partnerId" = ANY(${scope}::uuid[])) AS stops
      FROM ranked r
     WHERE r.rn <= CASE WHEN r.upcoming THEN ${dossierLimits.upcomingEvents}::int ELSE ${dossierLimits.pastEvents}::int END
     ORDER BY r.upcoming DESC, r.rn`;
  const toEvent = ({ upcoming: _u, ...e }: EventRow): TDossierEvent & Counted => e;
  return {
    upcoming: list<TDossierEvent>(rows.filter((r) => r.upcoming).map(toEvent)),
    past: list<TDossierEvent>(rows.filter((r) => !r.upcoming).map(toEvent)),
  };
}

type FollowUpRow = Omit<TDossierFollowUp, "interaction" | "agreement"> &
  Counted & { overdueTotal: number; interactionId: string | null; interactionTitle: string | null; agreementId: string | null; agreementTitle: string | null };

/**
 * Open tasks from the partner's contacts and agreements (and their plan items), overdue (due before today) first.
 *
 * Read from the maintained OpenFollowUp (each open follow-up with the partners it belongs to), so only
 * the branch's open follow-ups are read, never its closed ones or its meetings: the page is each
 * partner's first rows by its index, merged; the counts are over the branch's rows, a follow-up of two
 * of its partners once. Overdue ones are those due before today, so "overdue first, then by due day"
 * is the due day's order. One statement, so that the page and the counts agree; with no open
 * follow-up it is one row of counts alone.
 */
async function followUps(prisma: Tx, scope: string[], today: CalendarDay) {
  const rows = await prisma.$queryRaw<Array<Omit<FollowUpRow, "id"> & { id: string | null }>>`
    WITH firsts AS (
      SELECT x.* FROM unnest(${scope}::uuid[]) AS m(partner_id)
       CROSS JOIN LATERAL (
         SELECT o."followUpId" AS id, o."dueDate" AS due_date, o."createdAt" AS created_at FROM "OpenFollowUp" o
          WHERE o."partnerId" = m.partner_id
          ORDER BY o."dueDate" ASC NULLS LAST, o."createdAt" DESC, o."followUpId"
          LIMIT ${dossierLimits.followUps}) x
    ),
    page AS (
      SELECT DISTINCT id, due_date, created_at FROM firsts ORDER BY due_date ASC NULLS LAST, created_at DESC, id LIMIT ${dossierLimits.followUps}
    ),
    counted AS (
      SELECT count(DISTINCT o."followUpId")::int AS total,
             (count(DISTINCT o."followUpId") FILTER (WHERE o."dueDate" < ${today}::date))::int AS overdue
        FROM "OpenFollowUp" o WHERE o."partnerId" = ANY(${scope}::uuid[])
    ),
    listed AS (
      SELECT f.id, f.title, f.status, f."dueDate", pg.created_at, u.name AS owner,
             (f."dueDate" IS NOT NULL AND f."dueDate" < ${today}::date) AS overdue,
             i.id AS interaction_id, i.title AS interaction_title, a.id AS agreement_id, a.title AS agreement_title
        FROM page pg
        JOIN "FollowUp" f ON f.id = pg.id
        LEFT JOIN "User" u ON u.id = f."ownerId"
        LEFT JOIN "Interaction" i ON i.id = f."interactionId" AND i."deletedAt" IS NULL
        LEFT JOIN "Agreement" a ON a.id = f."agreementId" AND a."deletedAt" IS NULL
    )
    SELECT o.id::text AS id, o.title, o.status::text AS status, ${day(`o."dueDate"`)} AS "dueDate", o.owner, o.overdue,
           o.interaction_id::text AS "interactionId", o.interaction_title AS "interactionTitle",
           o.agreement_id::text AS "agreementId", o.agreement_title AS "agreementTitle",
           c.total, c.overdue AS "overdueTotal"
      FROM counted c LEFT JOIN listed o ON TRUE
     ORDER BY o."dueDate" ASC NULLS LAST, o.created_at DESC, o.id`;
  const listed = rows.filter((r): r is FollowUpRow => r.id !== null);
  return {
    list: {
      items: listed.map(({ interactionId, interactionTitle, agreementId, agreementTitle, overdueTotal: _o, total: _t, ...f }) => ({
        ...f,
        interaction: interactionId ? { id: interactionId, title: interactionTitle ?? "" } : null,
        agreement: agreementId ? { id: agreementId, title: agreementTitle ?? "" } : null,
      })),
      total: rows[0]?.total ?? 0,
    } satisfies TDossierList<TDossierFollowUp>,
    overdue: rows[0]?.overdueTotal ?? 0,
  };
}

/**
 * The partner's direct children, each with the activity of its whole branch (contacts: the
 * past ones). The branch is the closure table's, cut below a deleted partner as the filters
 * cut it; its past contacts are counted as pastContactsTotal counts them, and the latest is
 * the newest of each branch partner's latest in PartnerContact.
 */
async function children(prisma: Tx, id: string, today: CalendarDay): Promise<TDossierChild[]> {
  return prisma.$queryRaw<TDossierChild[]>`
    WITH kids AS (SELECT c.id, c.name, c.level FROM "Partner" c WHERE c."parentId" = ${id}::uuid AND c."deletedAt" IS NULL),
    branch AS (
      SELECT k.id AS child_id, pc."descendantId" AS id
        FROM kids k JOIN "PartnerClosure" pc ON pc."ancestorId" = k.id
       WHERE NOT EXISTS (SELECT 1 FROM "PartnerClosure" up
                           JOIN "Partner" x ON x.id = up."ancestorId" AND x."deletedAt" IS NOT NULL
                           JOIN "PartnerClosure" down ON down."descendantId" = x.id AND down."ancestorId" = k.id
                          WHERE up."descendantId" = pc."descendantId")
    ),
    ca AS (
      SELECT b.child_id, count(DISTINCT a.id)::int AS n
        FROM branch b
        JOIN "AgreementParty" ap ON ap."partnerId" = b.id
        JOIN "Agreement" a ON a.id = ap."agreementId" AND a."deletedAt" IS NULL
       GROUP BY b.child_id
    )
    SELECT k.id::text AS id, k.name, k.level::text AS level,
           (COALESCE((SELECT sum(t.count) FROM "InteractionTally" t
                       WHERE t."scopeKind" = 'subtree' AND t."scopeId" = k.id AND t."sectorId" = ${anySector}::uuid
                         AND t."endMonth" < date_trunc('month', ${today}::date::timestamp)::date), 0)
            + (SELECT count(*) FROM "Interaction" i
                WHERE i."deletedAt" IS NULL
                  AND ${lastDay("i")} >= date_trunc('month', ${today}::date::timestamp)::date AND ${lastDay("i")} < ${today}::date
                  AND EXISTS (SELECT 1 FROM "InteractionPartner" ip JOIN branch b ON b.id = ip."partnerId" AND b.child_id = k.id
                               WHERE ip."interactionId" = i.id)))::int AS contacts,
           COALESCE(ca.n, 0) AS agreements,
           ${day(`lc."startsAt"`)} AS "lastContactAt", lc."datePrecision"::text AS "lastContactPrecision"
      FROM kids k
      LEFT JOIN ca ON ca.child_id = k.id
      -- The latest past contact of the branch: the newest of each branch partner's latest (one row
      -- of PartnerContact's index per partner), whatever the length of their history.
      LEFT JOIN LATERAL (
        SELECT x."startsAt", x."datePrecision" FROM branch b
         CROSS JOIN LATERAL (
           SELECT pc."lastDay", pc."startsAt", pc."datePrecision" FROM "PartnerContact" pc
            WHERE pc."partnerId" = b.id AND pc."lastDay" < ${today}::date
            ORDER BY pc."lastDay" DESC, pc."startsAt" DESC
            LIMIT 1) x
         WHERE b.child_id = k.id
         ORDER BY x."lastDay" DESC, x."startsAt" DESC
         LIMIT 1) lc ON TRUE
     ORDER BY k.name, k.id`;
}

/** The dossier as of `today`, the home region's day (routers pass ctx.calendar.today()). */
export async function getPartnerDossier({ prisma, id, today }: { prisma: Tx; id: string; today: CalendarDay }): Promise<TPartnerDossier> {
  const partner = await prisma.partner.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  if (!partner) throw notFound("partner", id);
  const scope = (await partnerScope(prisma, { partnerIds: [id] })) ?? [id];

  const contactsTotal = await pastContactsTotal(prisma, { root: id, scope, today });
  const [summary, agreementList, contactList, directContacts, peopleLists, projectList, exportData, eventLists, followUpData, childList, factList] =
    await Promise.all([
      summaryRow(prisma, scope, today),
      agreements(prisma, scope),
      contacts(prisma, { scope, match: scope, today, limit: dossierLimits.contacts, total: contactsTotal }),
      // With partners below it, the contacts with the partner itself (a country's ambassador,
      // not one of its cities) are listed on their own, so the latest local ones do not hide them.
      scope.length > 1 ? contacts(prisma, { scope, match: [id], today, limit: dossierLimits.directContacts }) : { items: [], total: 0 },
      people(prisma, id, scope, today),
      projects(prisma, scope),
      exportsByYear(prisma, scope),
      events(prisma, scope, today),
      followUps(prisma, scope, today),
      children(prisma, id, today),
      exportFacts(prisma, scope),
    ]);

  return {
    partnerId: id,
    scopeSize: scope.length,
    summary: {
      agreementsByStage: summary.agreementsByStage,
      contactsTotal: contactList.total,
      lastContact: contactList.items[0] ?? null,
      nextContact: summary.nextContact,
      nextEvent: eventLists.upcoming.items.find((e) => e.status !== "CANCELLED" && e.status !== "HELD") ?? null,
      openFollowUps: followUpData.list.total,
      overdueFollowUps: followUpData.overdue,
    },
    agreements: agreementList,
    contacts: { recent: contactList, direct: directContacts },
    people: peopleLists,
    projects: projectList,
    exports: { ...exportData, facts: factList },
    events: eventLists,
    followUps: followUpData.list,
    children: childList,
  };
}
