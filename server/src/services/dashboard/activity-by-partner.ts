import type { TCountryActivity, TPartnerActivity } from "@atlas/shared/dashboard";
import type { TPartnerLevel } from "@atlas/shared/enums";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { agreementConditions, and, eventConditions, inScope, interactionConditions, interactionHeld, partnerTreeCte, type SqlFilter } from "./sql-filters.ts";

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
 * The latest of a group's held contacts (`s.contact_*` columns): the one whose days end
 * last, then the one that starts last, as JSON with its precision (a month is never
 * turned into its first day on the way).
 */
const lastContact = Prisma.sql`(array_agg(json_build_object('startsAt', to_char(s.contact_at, 'YYYY-MM-DD'), 'datePrecision', s.contact_precision)
                                ORDER BY s.contact_last DESC, s.contact_at DESC) FILTER (WHERE s.contact_held))[1]`;

/**
 * Activity per partner and per country in one query. Every (record, partner) pair
 * under the filter is counted for the partner and rolled up to the partner's country,
 * where a record shared by a country and its region counts once. The home region
 * and everything below it are left out: the map is about the others.
 */
export async function activityByPartner({ prisma, f, today }: { prisma: Tx; f: SqlFilter; today: CalendarDay }) {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH RECURSIVE ${partnerTreeCte},
    pairs AS (
      SELECT 'interaction' AS kind, i.id AS record_id, ip."partnerId" AS partner_id, i."startsAt" AS contact_at,
             COALESCE(i."endsAt", i."startsAt") AS contact_last, i."datePrecision"::text AS contact_precision,
             ${interactionHeld("i", today)} AS contact_held
        FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
       WHERE ${and(interactionConditions("i", f, { scope: false }))}
      UNION ALL
      SELECT 'agreement', a.id, ap."partnerId", NULL::date, NULL::date, NULL::text, false
        FROM "Agreement" a JOIN "AgreementParty" ap ON ap."agreementId" = a.id
       WHERE ${and(agreementConditions("a", f, { scope: false }))}
      UNION ALL
      SELECT 'event', e.id, ep.partner_id, NULL::date, NULL::date, NULL::text, false
        FROM "Event" e
        JOIN (SELECT "eventId" AS event_id, "partnerId" AS partner_id FROM "EventPartner"
              UNION
              SELECT "eventId", "partnerId" FROM "EventStop" WHERE "partnerId" IS NOT NULL) ep ON ep.event_id = e.id
       WHERE ${and(eventConditions("e", f, { scope: false }))} AND e.status <> 'CANCELLED'
    ),
    scoped AS (
      SELECT pr.kind, pr.record_id, pr.partner_id, pr.contact_at, pr.contact_last, pr.contact_precision, pr.contact_held, t.country_id
        FROM pairs pr
        JOIN "Partner" p ON p.id = pr.partner_id AND p."deletedAt" IS NULL
        LEFT JOIN partner_tree t ON t.id = pr.partner_id
       WHERE NOT COALESCE(t.in_home, false) AND ${and(inScope(Prisma.raw(`pr.partner_id`), f))}
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
    ORDER BY grp, interactions + agreements + events DESC, name, partner_id`;

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
