import type { TCountryActivity, TPartnerActivity } from "@atlas/shared/dashboard";
import type { TPartnerLevel } from "@atlas/shared/enums";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { anySector, monthOf, tallyPeriod, tallyPeriodConditions, tallyScope } from "./interaction-tally.ts";
import { contactHeld, contactRows, latestContact } from "./partner-contacts.ts";
import { agreementConditions, and, eventConditions, inScope, interactionConditions, interactionHeld, spanInPeriod, type SqlFilter } from "./sql-filters.ts";

type Row = {
  grp: "partner" | "country";
  partner_id: string;
  name: string;
  level: TPartnerLevel;
  iso_code: string | null;
  latitude: number | null;
  longitude: number | null;
  country_iso_code: string | null;
  interactions: number;
  agreements: number;
  events: number;
  /** The latest held contact: its day as text, and its precision. */
  last_contact: { startsAt: CalendarDay; datePrecision: TDatePrecision } | null;
};

/**
 * `partner_place(id, country_id, in_home)` for the partners `where` picks: its country is
 * its nearest COUNTRY ancestor (or itself) when no deleted partner lies on the way down
 * from it, as the filters expand a country (common/filters.ts), so that a country's
 * activity is the same with or without the country as the filter; in_home: the home
 * region or below it. Read from the closure table, as migration `tally_direct_and_country`
 * places partners for the "country" tallies: both paths must agree. One pass over the
 * partners' closure rows, rather than a subquery per partner.
 */
function partnerPlaceCte(where: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
  partner_place AS MATERIALIZED (
    SELECT p.id,
           -- A deleted partner at or below the nearest country (at no greater depth) leaves the partner without one.
           CASE WHEN COALESCE(min(a.depth) FILTER (WHERE ap."deletedAt" IS NOT NULL) > min(a.depth) FILTER (WHERE ap.level = 'COUNTRY'), true)
                THEN (array_agg(a."ancestorId" ORDER BY a.depth) FILTER (WHERE ap.level = 'COUNTRY'))[1] END AS country_id,
           COALESCE(bool_or(ap."isHome"), false) AS in_home
      FROM "Partner" p
      LEFT JOIN "PartnerClosure" a ON a."descendantId" = p.id
      LEFT JOIN "Partner" ap ON ap.id = a."ancestorId"
     WHERE ${where}
     GROUP BY p.id
  )`;
}

/**
 * The latest of a group's held contacts (`s.contact_*` columns): the one whose days end
 * last, then the one that starts last, then by precision so that a tie always gives the
 * same answer, as JSON with its precision (a month is never turned into its first day on the way).
 */
const lastContact = Prisma.sql`(array_agg(json_build_object('startsAt', to_char(s.contact_at, 'YYYY-MM-DD'), 'datePrecision', s.contact_precision)
                                ORDER BY s.contact_last DESC, s.contact_at DESC, s.contact_precision) FILTER (WHERE s.contact_held))[1]`;

/** Agreements and events per partner (`pairs` with kind 'agreement' or 'event'): their tables are small, they stay raw. */
function agreementAndEventPairs(f: SqlFilter): Prisma.Sql {
  return Prisma.sql`
      SELECT 'agreement' AS kind, a.id AS record_id, ap."partnerId" AS partner_id
        FROM "Agreement" a JOIN "AgreementParty" ap ON ap."agreementId" = a.id
       WHERE ${and(agreementConditions("a", f, { scope: false }))}
      UNION ALL
      SELECT 'event', e.id, ep.partner_id
        FROM "Event" e
        JOIN (SELECT "eventId" AS event_id, "partnerId" AS partner_id FROM "EventPartner"
              UNION
              SELECT "eventId", "partnerId" FROM "EventStop" WHERE "partnerId" IS NOT NULL) ep ON ep.event_id = e.id
       WHERE ${and(eventConditions("e", f, { scope: false }))} AND e.status <> 'CANCELLED'`;
}

/** Partner rows, then country rows, the busiest first: the shape both paths return. */
const rowOrder = Prisma.sql`ORDER BY grp, interactions + agreements + events DESC, name, partner_id`;

/** The raw path: every (record, partner) pair under the filter, counted per partner and per country. */
function rawQuery(f: SqlFilter, today: CalendarDay): Prisma.Sql {
  return Prisma.sql`
    WITH ${partnerPlaceCte()},
    pairs AS (
      SELECT 'interaction' AS kind, i.id AS record_id, ip."partnerId" AS partner_id, i."startsAt" AS contact_at,
             COALESCE(i."endsAt", i."startsAt") AS contact_last, i."datePrecision"::text AS contact_precision,
             ${interactionHeld("i", today)} AS contact_held
        FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
       WHERE ${and(interactionConditions("i", f, { scope: false }))}
      UNION ALL
      SELECT o.kind, o.record_id, o.partner_id, NULL::date, NULL::date, NULL::text, false
        FROM (${agreementAndEventPairs(f)}) o
    ),
    scoped AS (
      SELECT pr.kind, pr.record_id, pr.partner_id, pr.contact_at, pr.contact_last, pr.contact_precision, pr.contact_held, t.country_id
        FROM pairs pr
        JOIN "Partner" p ON p.id = pr.partner_id AND p."deletedAt" IS NULL
        JOIN partner_place t ON t.id = pr.partner_id
       WHERE NOT t.in_home AND ${and(inScope(Prisma.raw(`pr.partner_id`), f))}
    )
    SELECT * FROM (
    SELECT 'partner' AS grp, p.id::text AS partner_id, p.name, p.level::text AS level, p."isoCode" AS iso_code,
           p.latitude, p.longitude, c."isoCode" AS country_iso_code,
           count(DISTINCT s.record_id) FILTER (WHERE s.kind = 'interaction')::int AS interactions,
           count(DISTINCT s.record_id) FILTER (WHERE s.kind = 'agreement')::int AS agreements,
           count(DISTINCT s.record_id) FILTER (WHERE s.kind = 'event')::int AS events,
           ${lastContact} AS last_contact
      FROM scoped s
      JOIN "Partner" p ON p.id = s.partner_id
      LEFT JOIN "Partner" c ON c.id = s.country_id
     GROUP BY p.id, c."isoCode"
    UNION ALL
    SELECT 'country', c.id::text, c.name, c.level::text, c."isoCode", c.latitude, c.longitude, c."isoCode",
           count(DISTINCT s.record_id) FILTER (WHERE s.kind = 'interaction')::int,
           count(DISTINCT s.record_id) FILTER (WHERE s.kind = 'agreement')::int,
           count(DISTINCT s.record_id) FILTER (WHERE s.kind = 'event')::int,
           ${lastContact}
      FROM scoped s
      JOIN "Partner" c ON c.id = s.country_id AND c."deletedAt" IS NULL
     GROUP BY c.id
    ) u
    ${rowOrder}`;
}

/**
 * Where the tallies take each country's interactions from: the "country" rows of every
 * country the filter's partners hold, or, for a filter on a partner below a country
 * (a region), the "subtree" rows of that partner for the one country it belongs to.
 */
type CountrySource = { kind: "country" } | { kind: "subtree"; rootId: string; countryId: string | null };

type TallyPlan = { sectorId: string; period: NonNullable<ReturnType<typeof tallyPeriod>>; countries: CountrySource };

/**
 * Whether the tallies answer the filter exactly, and how; null sends it to the raw path.
 * As for every tally read (tallyScope): no text, at most one named partner, a period
 * from a month's first day; and at most one sector, since a meeting of two sectors
 * would count twice in a sum over sector rows.
 */
export async function activityTallyPlan(prisma: Tx, f: SqlFilter): Promise<TallyPlan | null> {
  const scope = tallyScope(f);
  if (!scope || (f.sectorIds?.length ?? 0) > 1) return null;
  const period = tallyPeriod(f);
  if (!period) return null;
  const sectorId = f.sectorIds?.[0] ?? anySector;
  if (scope.kind === "all") return { sectorId, period, countries: { kind: "country" } };
  // A partner with no country above it holds every country its partners belong to, and each
  // whole (the filter expands it as the "country" tallies do): those rows answer.
  const [root] = await prisma.$queryRaw<Array<{ below_country: boolean; in_home: boolean; holds_country_or_home: boolean; country_id: string | null }>>`
    WITH ${partnerPlaceCte(Prisma.sql`p.id = ${scope.id}::uuid`)}
    SELECT EXISTS (SELECT 1 FROM "PartnerClosure" a JOIN "Partner" ap ON ap.id = a."ancestorId" AND ap.level = 'COUNTRY'
                    WHERE a."descendantId" = pl.id AND a.depth > 0) AS below_country,
           pl.in_home,
           EXISTS (SELECT 1 FROM "Partner" x WHERE x.id = ANY(${f.scope}::uuid[]) AND (x.level = 'COUNTRY' OR x."isHome")) AS holds_country_or_home,
           pl.country_id::text AS country_id
      FROM partner_place pl`;
  if (!root) return null;
  if (!root.below_country) return { sectorId, period, countries: { kind: "country" } };
  // Below a country (a region, a city): its meetings are that country's under this filter,
  // unless the branch holds another country or the home region, which the map places elsewhere.
  if (root.in_home || root.holds_country_or_home) return null;
  return { sectorId, period, countries: { kind: "subtree", rootId: scope.id, countryId: root.country_id } };
}

type GroupTally = { grp: "partner" | "country"; group_id: string; n: number; held_month: CalendarDay | null };

/**
 * The tally path, first query: every partner and country the map may show, with its
 * interactions summed from the tally rows ("direct" per partner, see CountrySource per
 * country) and the last month in which one of its contacts surely held by today ended (a
 * month, quarter or year one once its last month is over, any other once its first month
 * is: the months decide it without the days).
 */
function groupTallyQuery(f: SqlFilter, today: CalendarDay, plan: TallyPlan): Prisma.Sql {
  const thisMonth = monthOf(today);
  const countryGroups =
    plan.countries.kind === "country"
      ? Prisma.sql`SELECT 'country' AS grp, c.id AS group_id, 'country' AS scope_kind, c.id AS scope_id
                     FROM "Partner" c WHERE c.level = 'COUNTRY' AND c."deletedAt" IS NULL AND ${and(inScope(Prisma.raw(`c.id`), f))}`
      : plan.countries.countryId
        ? Prisma.sql`SELECT 'country', ${plan.countries.countryId}::uuid, 'subtree', ${plan.countries.rootId}::uuid`
        : Prisma.sql`SELECT NULL, NULL::uuid, NULL, NULL::uuid WHERE FALSE`;
  return Prisma.sql`
    WITH ${partnerPlaceCte()},
    groups AS (
      SELECT 'partner' AS grp, p.id AS group_id, 'direct' AS scope_kind, p.id AS scope_id
        FROM "Partner" p JOIN partner_place pl ON pl.id = p.id
       WHERE p."deletedAt" IS NULL AND NOT pl.in_home AND ${and(inScope(Prisma.raw(`p.id`), f))}
      UNION ALL
      ${countryGroups}
    )
    SELECT g.grp, g.group_id::text AS group_id, COALESCE(t.n, 0)::int AS n, to_char(t.held_month, 'YYYY-MM-DD') AS held_month
      FROM groups g
     -- Summed group by group (one aggregate row each), not joined and then sorted as a whole.
     CROSS JOIN LATERAL (
           SELECT sum(t.count) AS n,
                  -- A row whose count went back to 0 holds no contact and must not push the month up.
                  max(t."endMonth") FILTER (WHERE t.count > 0 AND CASE WHEN t.precision IN ('MONTH', 'QUARTER', 'YEAR') THEN t."endMonth" < ${thisMonth}::date
                                                                  ELSE t."startMonth" < ${thisMonth}::date END) AS held_month
             FROM "InteractionTally" t
            WHERE t."scopeKind" = g.scope_kind AND t."scopeId" = g.scope_id AND t."sectorId" = ${plan.sectorId}::uuid
              AND ${and(tallyPeriodConditions("t", plan.period))}) t`;
}

/**
 * The tally path, second query. The last held contact of a partner is read from its contact
 * rows (partner-contacts.ts), never from the meetings: two index walks per partner, each cut at
 * its first row kept. One over the contacts ending this month or later, whose being held only
 * today's date decides; one down from the end of the month in which the partner's latest contact
 * surely held by today ended (the group's held_month: one ending earlier cannot beat it, one
 * ending later would be in that month's tally rows too, or this month's), which stops inside that
 * month. A period that ends inside a month leaves that month's meetings to the table (the
 * tallies do not hold them): they are counted here and are candidates too. A country's last
 * contact is the latest of its partners'. Agreements and events are counted raw, as on the raw path.
 */
function talliedQuery(f: SqlFilter, today: CalendarDay, plan: TallyPlan, groups: GroupTally[]): Prisma.Sql {
  const thisMonth = monthOf(today);
  const { partialMonth } = plan.period;
  const contacts = contactRows(f);
  if (!contacts) throw new Error("a tally plan for a filter the contact rows cannot answer");
  const walk = (range: (c: string) => Prisma.Sql) =>
    latestContact(
      contacts,
      Prisma.sql`g.group_id`,
      (c) =>
        Prisma.sql`${range(c)} AND ${contactHeld(c, today)} AND ${and(spanInPeriod(Prisma.raw(`${c}."startsAt"`), Prisma.raw(`${c}."lastDay"`), f.from, f.to))}`,
    );
  const untalliedPairs = partialMonth
    ? Prisma.sql`
      SELECT i.id AS record_id, ip."partnerId" AS partner_id, pl.country_id, i."startsAt" AS contact_at, COALESCE(i."endsAt", i."startsAt") AS contact_last,
             i."datePrecision"::text AS contact_precision, ${interactionHeld("i", today)} AS contact_held
        FROM "Interaction" i
        JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
        JOIN "Partner" p ON p.id = ip."partnerId" AND p."deletedAt" IS NULL
        JOIN partner_place pl ON pl.id = p.id
       WHERE i."startsAt" >= ${partialMonth}::date AND ${and(interactionConditions("i", f, { scope: false }))}
         AND NOT pl.in_home AND ${and(inScope(Prisma.raw(`ip."partnerId"`), f))}`
    : Prisma.sql`SELECT NULL::uuid AS record_id, NULL::uuid AS partner_id, NULL::uuid AS country_id, NULL::date AS contact_at, NULL::date AS contact_last,
             NULL::text AS contact_precision, false AS contact_held WHERE FALSE`;
  return Prisma.sql`
    WITH ${partnerPlaceCte()},
    groups AS (
      SELECT * FROM unnest(${groups.map((g) => g.grp)}::text[], ${groups.map((g) => g.group_id)}::uuid[], ${groups.map((g) => g.n)}::int[],
                           ${groups.map((g) => g.held_month)}::date[]) AS g(grp, group_id, n, held_month)
    ),
    untallied_pairs AS (${untalliedPairs}),
    partner_candidates AS (
      SELECT g.group_id AS partner_id, w.* FROM groups g
       CROSS JOIN LATERAL ${walk((c) => Prisma.sql`${Prisma.raw(`${c}."lastDay"`)} >= ${thisMonth}::date`)} w
       WHERE g.grp = 'partner' AND g.n > 0
      UNION ALL
      SELECT g.group_id, w.* FROM groups g
       -- From the end of that month down: a contact of the month is among the rows kept (held, in the
       -- period and the sector: the tallies say so), so the walk stops there. Giving it no lower bound
       -- keeps it an ordered index walk, which the planner might otherwise turn into a sort of the month.
       CROSS JOIN LATERAL ${walk((c) => Prisma.sql`${Prisma.raw(`${c}."lastDay"`)} < (g.held_month + interval '1 month')::date`)} w
       WHERE g.grp = 'partner' AND g.held_month IS NOT NULL
      UNION ALL
      SELECT u.partner_id, u.contact_at, u.contact_last, u.contact_precision FROM untallied_pairs u WHERE u.contact_held
    ),
    -- The same order as lastContact.
    partner_last AS (
      SELECT DISTINCT ON (pc.partner_id) pc.*
        FROM partner_candidates pc
       ORDER BY pc.partner_id, pc.contact_last DESC, pc.contact_at DESC, pc.contact_precision
    ),
    country_last AS (
      SELECT DISTINCT ON (pl.country_id) pl.country_id, l.contact_at, l.contact_last, l.contact_precision
        FROM partner_last l JOIN partner_place pl ON pl.id = l.partner_id
       WHERE pl.country_id IS NOT NULL
       ORDER BY pl.country_id, l.contact_last DESC, l.contact_at DESC, l.contact_precision
    ),
    last_contacts AS (
      SELECT 'partner' AS grp, l.partner_id AS group_id, l.contact_at, l.contact_precision FROM partner_last l
      UNION ALL
      SELECT 'country', l.country_id, l.contact_at, l.contact_precision FROM country_last l
    ),
    untallied AS (
      SELECT 'partner' AS grp, u.partner_id AS group_id, count(DISTINCT u.record_id)::int AS n FROM untallied_pairs u GROUP BY u.partner_id
      UNION ALL
      SELECT 'country', u.country_id, count(DISTINCT u.record_id)::int FROM untallied_pairs u WHERE u.country_id IS NOT NULL GROUP BY u.country_id
    ),
    interactions AS (
      SELECT g.grp, g.group_id, g.n + COALESCE(u.n, 0) AS interactions,
             CASE WHEN lc.group_id IS NOT NULL
                  THEN json_build_object('startsAt', to_char(lc.contact_at, 'YYYY-MM-DD'), 'datePrecision', lc.contact_precision) END AS last_contact
        FROM groups g
        LEFT JOIN untallied u ON u.grp = g.grp AND u.group_id = g.group_id
        LEFT JOIN last_contacts lc ON lc.grp = g.grp AND lc.group_id = g.group_id
    ),
    others AS (
      SELECT o.kind, o.record_id, o.partner_id, pl.country_id
        FROM (${agreementAndEventPairs(f)}) o
        JOIN "Partner" p ON p.id = o.partner_id AND p."deletedAt" IS NULL
        JOIN partner_place pl ON pl.id = o.partner_id
       WHERE NOT pl.in_home AND ${and(inScope(Prisma.raw(`o.partner_id`), f))}
    ),
    other_counts AS (
      SELECT 'partner' AS grp, o.partner_id AS group_id,
             count(DISTINCT o.record_id) FILTER (WHERE o.kind = 'agreement')::int AS agreements,
             count(DISTINCT o.record_id) FILTER (WHERE o.kind = 'event')::int AS events
        FROM others o GROUP BY o.partner_id
      UNION ALL
      SELECT 'country', o.country_id,
             count(DISTINCT o.record_id) FILTER (WHERE o.kind = 'agreement')::int,
             count(DISTINCT o.record_id) FILTER (WHERE o.kind = 'event')::int
        FROM others o WHERE o.country_id IS NOT NULL GROUP BY o.country_id
    ),
    activity AS (
      SELECT COALESCE(x.grp, oc.grp) AS grp, COALESCE(x.group_id, oc.group_id) AS group_id,
             COALESCE(x.interactions, 0) AS interactions, COALESCE(oc.agreements, 0) AS agreements, COALESCE(oc.events, 0) AS events,
             x.last_contact
        FROM (SELECT * FROM interactions WHERE interactions > 0) x
        FULL JOIN other_counts oc ON oc.grp = x.grp AND oc.group_id = x.group_id
    )
    SELECT * FROM (
    SELECT 'partner' AS grp, p.id::text AS partner_id, p.name, p.level::text AS level, p."isoCode" AS iso_code,
           p.latitude, p.longitude, c."isoCode" AS country_iso_code, a.interactions, a.agreements, a.events, a.last_contact
      FROM activity a
      JOIN "Partner" p ON p.id = a.group_id
      JOIN partner_place pl ON pl.id = p.id
      LEFT JOIN "Partner" c ON c.id = pl.country_id
     WHERE a.grp = 'partner'
    UNION ALL
    SELECT 'country', c.id::text, c.name, c.level::text, c."isoCode", c.latitude, c.longitude, c."isoCode", a.interactions, a.agreements, a.events, a.last_contact
      FROM activity a
      JOIN "Partner" c ON c.id = a.group_id AND c."deletedAt" IS NULL
     WHERE a.grp = 'country'
    ) u
    ${rowOrder}`;
}

/**
 * Activity per partner and per country. A record is counted for each of
 * its partners and rolled up to the partner's country, where a record shared by a
 * country and its region counts once. The home region and everything below it are left
 * out: the map is about the others. Interactions come from the maintained tallies when
 * they answer the filter exactly (activityTallyPlan); `useTallies: false` forces the raw path,
 * which the tests compare with.
 */
export async function activityByPartner({ prisma, f, today, useTallies = true }: { prisma: Tx; f: SqlFilter; today: CalendarDay; useTallies?: boolean }) {
  const plan = useTallies ? await activityTallyPlan(prisma, f) : null;
  const rows = plan
    ? await prisma.$queryRaw<Row[]>(talliedQuery(f, today, plan, await prisma.$queryRaw<GroupTally[]>(groupTallyQuery(f, today, plan))))
    : await prisma.$queryRaw<Row[]>(rawQuery(f, today));

  const byPartner: TPartnerActivity[] = [];
  const byCountry: TCountryActivity[] = [];
  for (const r of rows) {
    const counts = { interactions: r.interactions, agreements: r.agreements, events: r.events };
    if (r.grp === "partner") {
      byPartner.push({
        partnerId: r.partner_id,
        name: r.name,
        level: r.level,
        isoCode: r.iso_code,
        latitude: r.latitude,
        longitude: r.longitude,
        countryIsoCode: r.country_iso_code,
        ...counts,
        lastContactAt: r.last_contact?.startsAt ?? null,
        lastContactPrecision: r.last_contact?.datePrecision ?? null,
      });
    } else {
      byCountry.push({ partnerId: r.partner_id, countryIsoCode: r.country_iso_code, name: r.name, ...counts });
    }
  }
  return { byPartner, byCountry };
}
