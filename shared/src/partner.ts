import { z } from "zod";
import type { CalendarDay, TDatePrecision } from "./calendar-day.ts";
import type { Timestamp } from "./timestamp.ts";
import { optionalText, requiredText, ZCommonFilter, ZId, ZLatitude, ZLongitude, listInput, updateInput } from "./common.ts";
import { ZPartnerKind, ZPartnerLevel } from "./enums.ts";
import type { TExportFactKind } from "./export-fact.ts";
import type {
  TAgreementKind,
  TAgreementStage,
  TDirection,
  TEventKind,
  TEventStatus,
  TInteractionFormat,
  TInteractionKind,
  TPersonSide,
  TProjectStage,
} from "./enums.ts";

/** The most points a boundary may have: enough for an oblast drawn at map scale; a surveyor's file must be simplified first. */
export const maxBoundaryPoints = 50_000;

/** [longitude, latitude] (GeoJSON's order), an optional altitude ignored. */
type TPosition = [number, number] | [number, number, number];
const isPosition = (value: unknown): value is TPosition =>
  Array.isArray(value) &&
  (value.length === 2 || value.length === 3) &&
  value.every((n) => typeof n === "number" && Number.isFinite(n)) &&
  Math.abs(value[0] as number) <= 180 &&
  Math.abs(value[1] as number) <= 90;
const ZPosition = z.custom<TPosition>(isPosition, { error: "validation.boundaryPosition" });
/** A closed ring: at least four positions, the last equal to the first (RFC 7946, 3.1.6). */
const ZRing = z
  .array(ZPosition)
  .min(4, { error: "validation.boundaryRing" })
  .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], { error: "validation.boundaryRing" });
const ZPolygonRings = z.array(ZRing).min(1, { error: "validation.boundaryEmpty" });

/** A GeoJSON Polygon or MultiPolygon, as an administrator attaches it to a region. */
export const ZBoundary = z
  .discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("Polygon"), coordinates: ZPolygonRings }),
      z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(ZPolygonRings).min(1, { error: "validation.boundaryEmpty" }) }),
    ],
    { error: "validation.boundaryType" },
  )
  .refine((b) => boundaryPoints(b) <= maxBoundaryPoints, { error: "validation.boundaryTooLarge" });
export type TBoundary = z.output<typeof ZBoundary>;

export function boundaryPoints(boundary: { type: string; coordinates: unknown[] }): number {
  const polygons = (boundary.type === "Polygon" ? [boundary.coordinates] : boundary.coordinates) as unknown[][][];
  return polygons.reduce((sum, rings) => sum + rings.reduce((n, ring) => n + ring.length, 0), 0);
}

/** Attach, replace (boundary) or remove (null) a region's boundary. */
export const ZSetBoundaryInput = z.object({ id: ZId, version: z.number().int().min(1), boundary: ZBoundary.nullable() });

export const ZPartnerFields = z.object({
  name: requiredText(300),
  nameEn: optionalText(300),
  level: ZPartnerLevel,
  /** What the partner is (embassy, akimat, university…): a code of the partner-kind vocabulary. */
  kind: ZPartnerKind.nullish().transform((v) => v ?? null),
  /** Other names: short, former, colloquial, English («КНР», «Белоруссия», «Алма-Ата»); search and the duplicate guard use them. */
  aliases: z.array(requiredText(200)).max(30, { error: "validation.tooManyAliases" }).default([]),
  parentId: ZId.nullish().transform((v) => v ?? null),
  isoCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: "validation.isoCode" })
    .nullish()
    .transform((v) => v ?? null),
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  isHome: z.boolean().default(false),
  notes: optionalText(),
});

export const ZCreatePartnerInput = ZPartnerFields;
export type TCreatePartnerInput = z.input<typeof ZCreatePartnerInput>;

export const ZUpdatePartnerInput = updateInput(ZPartnerFields);
export type TUpdatePartnerInput = z.input<typeof ZUpdatePartnerInput>;

export const ZPartnerFilter = ZCommonFilter.extend({
  levels: z.array(ZPartnerLevel).optional(),
  kinds: z.array(ZPartnerKind).max(50).optional(),
});

export const ZListPartnersInput = listInput(ZPartnerFilter, ["name", "level", "createdAt", "updatedAt"], {
  field: "name",
  direction: "asc",
});
export type TListPartnersInput = z.input<typeof ZListPartnersInput>;

/**
 * The duplicate guard on the partner form: existing partners named like this one
 * (case- and ё/е-insensitive, or trigram-similar). `excludeId` leaves out the partner
 * being edited; `level` looks only among partners of that level.
 */
export const ZFindSimilarPartnersInput = z.object({
  name: requiredText(300),
  level: ZPartnerLevel.optional(),
  excludeId: ZId.optional(),
});
export type TFindSimilarPartnersInput = z.input<typeof ZFindSimilarPartnersInput>;

/** One possible duplicate; score is 1 for the same name, else the trigram similarity (0.45…1), rounded to 0.01. */
export type TSimilarPartner = {
  id: string;
  name: string;
  nameEn: string | null;
  level: z.infer<typeof ZPartnerLevel>;
  isoCode: string | null;
  parent: { id: string; name: string } | null;
  score: number;
  exact: boolean;
};

// ---------------------------------------------------------------------------------
// The partner dossier: what an official reads before a call. Everything counts the
// partner together with every partner below it (Almaty Oblast's proposal is part of
// Kazakhstan's dossier); `partner` on an item says which one it concerns.

// Business dates are CalendarDay strings ("2024-12-01"), each with its precision: show
// «декабрь 2024 г.» for a MONTH date, never its first day. "Past" and "next" go by the
// home region's today (ATLAS_TIME_ZONE): next means the last day is today or later.

export const ZPartnerDossierInput = z.object({ id: ZId });
export type TPartnerDossierInput = z.input<typeof ZPartnerDossierInput>;

type Ref = { id: string; name: string };
type Level = z.infer<typeof ZPartnerLevel>;
type Side = TPersonSide;

/** A list cut to its first rows; total is the number of all rows. */
export type TDossierList<T> = { items: T[]; total: number };

export type TDossierParticipant = { id: string; fullName: string; side: Side; role: string | null };

export type TDossierContact = {
  id: string;
  title: string;
  kind: TInteractionKind;
  direction: TDirection | null;
  format: TInteractionFormat;
  startsAt: CalendarDay;
  /** The last day of a contact over several days, or of its month, quarter or year. */
  endsAt: CalendarDay | null;
  datePrecision: TDatePrecision;
  /** "09:30" when the hour is known. */
  startTime: string | null;
  place: string | null;
  /** The partners of the contact that are this partner or below it. */
  partners: Ref[];
  participants: TDossierParticipant[];
};

export type TDossierAgreement = {
  id: string;
  title: string;
  kind: TAgreementKind;
  stage: TAgreementStage;
  /** The day the current stage was reached, and how precise it is. */
  stageChangedAt: CalendarDay;
  stageDatePrecision: TDatePrecision;
  signedAt: CalendarDay | null;
  registeredAt: CalendarDay | null;
  effectiveAt: CalendarDay | null;
  expiresAt: CalendarDay | null;
  /** The stages as they happened, in order, with their days (an agreement signed on 06.06.2024 and in force since 20.06.2024). */
  stages: Array<{ stage: TAgreementStage; date: CalendarDay; datePrecision: TDatePrecision }>;
  /** Parties that are this partner or below it. */
  partners: Ref[];
};

export type TDossierPerson = {
  id: string;
  fullName: string;
  post: string | null;
  organisation: string | null;
  side: Side;
  partner: Ref | null;
  /** Past contacts with this partner (or below) the person took part in, and the latest of them (its first day and precision). */
  contacts: number;
  lastContactAt: CalendarDay | null;
  lastContactPrecision: TDatePrecision | null;
  /** The post held on the day of that latest contact, as recorded with it (null: none recorded, or no contact). */
  lastContactPost: string | null;
  lastContactOrganisation: string | null;
  /** Posts held before the current one (`post`), newest first: a former governor is still known as one. */
  formerPosts: TDossierFormerPost[];
};

export type TDossierFormerPost = { post: string; organisation: string | null; startsOn: CalendarDay | null; endsOn: CalendarDay | null };

export type TDossierProject = {
  id: string;
  title: string;
  stage: TProjectStage;
  sector: Ref | null;
  partner: Ref;
  updatedAt: Timestamp;
};

/** Exports to the partner (and below) in one calendar year; sums are decimal text. */
export type TDossierExportYear = {
  year: number;
  /** null when the year's figures have no value or are in different currencies (then no sum is meaningful). */
  value: string | null;
  currency: string | null;
  /** The first and the last day the year's figures cover; the year is complete from 1 January to 31 December. */
  coveredFrom: CalendarDay;
  coveredTo: CalendarDay;
  figures: number;
};

/**
 * A fact a source states about exports to the partner (or below it): a rank, a growth
 * rate or an intent to supply, in the source's words, with the source to check it.
 */
export type TDossierExportFact = {
  id: string;
  kind: TExportFactKind;
  partner: Ref;
  category: Ref | null;
  /** Both days or neither (the source gives no period). */
  periodStart: CalendarDay | null;
  periodEnd: CalendarDay | null;
  rank: number | null;
  /** Decimal text, "34" or "-5.5". */
  growthPercent: string | null;
  statement: string;
  source: { id: string; title: string; url: string | null; publishedAt: CalendarDay | null; publishedPrecision: TDatePrecision } | null;
};

export type TDossierEvent = {
  id: string;
  title: string;
  kind: TEventKind;
  status: TEventStatus;
  startsAt: CalendarDay;
  endsAt: CalendarDay | null;
  datePrecision: TDatePrecision;
  place: string | null;
  /** When it concerns this partner: the first dated tour stop here, else the start; with its precision. */
  at: CalendarDay;
  atPrecision: TDatePrecision;
  partners: Ref[];
  /** Tour stops at this partner or below it, in route order; a stop the source gives no day for has date and datePrecision null. */
  stops: Array<{ place: string; position: number; date: CalendarDay | null; datePrecision: TDatePrecision | null; partner: Ref | null }>;
};

export type TDossierFollowUp = {
  id: string;
  title: string;
  status: "OPEN" | "IN_PROGRESS";
  dueDate: CalendarDay | null;
  owner: string | null;
  overdue: boolean;
  interaction: { id: string; title: string } | null;
  agreement: { id: string; title: string } | null;
};

export type TDossierChild = {
  id: string;
  name: string;
  level: Level;
  /** Activity of the child together with everything below it. */
  contacts: number;
  agreements: number;
  lastContactAt: CalendarDay | null;
  lastContactPrecision: TDatePrecision | null;
};

export type TPartnerDossier = {
  partnerId: string;
  /** The partner and every partner below it. */
  scopeSize: number;
  summary: {
    agreementsByStage: Array<{ stage: TAgreementStage; count: number }>;
    contactsTotal: number;
    /** The latest past contact (its last day before today), with who was there. */
    lastContact: TDossierContact | null;
    /** The earliest contact whose last day is today or later. */
    nextContact: { id: string; title: string; startsAt: CalendarDay; endsAt: CalendarDay | null; datePrecision: TDatePrecision } | null;
    nextEvent: TDossierEvent | null;
    openFollowUps: number;
    overdueFollowUps: number;
  };
  agreements: TDossierList<TDossierAgreement>;
  /**
   * recent: every contact with the partner or below it, newest first. direct: those with
   * the partner itself (empty when nothing is below it, as they would repeat `recent`).
   */
  contacts: { recent: TDossierList<TDossierContact>; direct: TDossierList<TDossierContact> };
  people: { theirs: TDossierList<TDossierPerson>; ours: TDossierList<TDossierPerson> };
  projects: TDossierList<TDossierProject>;
  exports: { byYear: TDossierExportYear[]; categories: Ref[]; facts: TDossierList<TDossierExportFact> };
  events: { upcoming: TDossierList<TDossierEvent>; past: TDossierList<TDossierEvent> };
  followUps: TDossierList<TDossierFollowUp>;
  children: TDossierChild[];
};
