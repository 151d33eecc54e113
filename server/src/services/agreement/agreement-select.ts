import { dayOrNull, utcDateToDay, type CalendarDay } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";
import { linkedSourcesArgs, toSourceRefs } from "../source/source-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

/** Plan items not yet done or cancelled. */
export const openTaskStatuses = ["OPEN", "IN_PROGRESS"] as const;

const partySelect = { partner: { select: { id: true, name: true, level: true } } } satisfies Prisma.AgreementPartySelect;
const sectorSelect = { sector: { select: { id: true, code: true, name: true } } } satisfies Prisma.AgreementSectorSelect;

/** What a list row and the agreement's page both show: its name, kind, stage and key dates, parties and sectors. */
const agreementSummarySelect = {
  id: true,
  title: true,
  kind: true,
  stage: true,
  stageChangedAt: true,
  signedAt: true,
  expiresAt: true,
  version: true,
  parties: { select: partySelect, orderBy: { partner: { name: "asc" } } },
  sectors: { select: sectorSelect, orderBy: { sector: { sortOrder: "asc" } } },
} satisfies Prisma.AgreementSelect;

export const agreementListSelect = {
  ...agreementSummarySelect,
  _count: { select: { planItems: { where: { status: { in: [...openTaskStatuses] } } } } },
  // The current stage's row (the last one entered), for the precision of stageChangedAt (a month is not its first day).
  stageHistory: { select: { datePrecision: true }, orderBy: [{ createdAt: "desc" }, { changedAt: "desc" }], take: 1 },
} satisfies Prisma.AgreementSelect;

export const planItemSelect = {
  id: true,
  agreementId: true,
  title: true,
  dueDate: true,
  status: true,
  responsible: true,
  completedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.PlanItemSelect;

export const agreementDetailSelect = {
  ...agreementSummarySelect,
  summary: true,
  registeredAt: true,
  registrationNumber: true,
  effectiveAt: true,
  signingPlace: true,
  createdAt: true,
  updatedAt: true,
  sources: linkedSourcesArgs,
  documents: { select: { id: true, title: true, url: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  stageHistory: {
    select: { id: true, fromStage: true, toStage: true, changedAt: true, datePrecision: true, note: true, userId: true, createdAt: true },
    // In the order the stages were passed, which is the order the rows were entered: a
    // step «в июне» (stored as 1 June) may follow one on 6 June, so changedAt alone misorders them.
    orderBy: [{ createdAt: "asc" }, { changedAt: "asc" }],
  },
  planItems: { select: planItemSelect, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
  // The meetings it was signed or discussed at, newest first; deleted meetings drop out.
  meetings: {
    where: { interaction: { deletedAt: null } },
    select: { mention: true, interaction: { select: { id: true, title: true, startsAt: true, datePrecision: true } } },
    orderBy: [{ interaction: { startsAt: "desc" } }, { interactionId: "asc" }],
  },
  followUps: {
    where: { deletedAt: null, status: { in: [...openTaskStatuses] } },
    select: { id: true, title: true, dueDate: true, status: true, owner: { select: { id: true, name: true } }, version: true },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  },
} satisfies Prisma.AgreementSelect;

type Flattenable = {
  parties: Array<{ partner: { id: string; name: string; level: string } }>;
  sectors: Array<{ sector: { id: string; code: string; name: string } }>;
};

/** Parties and sectors as plain lists, the shape the client works with. */
export function flattenLinks<T extends Flattenable>(row: T) {
  const { parties, sectors, ...rest } = row;
  return {
    ...rest,
    parties: parties.map((p) => p.partner) as Array<T["parties"][number]["partner"]>,
    sectors: sectors.map((s) => s.sector) as Array<T["sectors"][number]["sector"]>,
  };
}

type PlanItemRow = Prisma.PlanItemGetPayload<{ select: typeof planItemSelect }>;
type ListRow = Prisma.AgreementGetPayload<{ select: typeof agreementListSelect }>;
type DetailRow = Prisma.AgreementGetPayload<{ select: typeof agreementDetailSelect }>;

/** A plan item with its due date as a calendar day; completedAt, createdAt and updatedAt are instants, sent as timestamps. */
export function toPlanItem(row: PlanItemRow) {
  return { ...withTimestamps(row), dueDate: utcDateToDay(row.dueDate) };
}

const agreementDayFields = ["stageChangedAt", "signedAt", "registeredAt", "effectiveAt", "expiresAt"] as const;
type AgreementDayField = (typeof agreementDayFields)[number];
type WithDays<T> = { [K in keyof T]: K extends AgreementDayField ? (T[K] extends Date ? CalendarDay : CalendarDay | null) : T[K] };

/**
 * The agreement's own date columns (those present in the row) as calendar days; also
 * used on raw rows before a diff, so the change log records days, not instants.
 */
export function agreementDays<T extends object>(row: T): WithDays<T> {
  const out = { ...row } as Record<string, unknown>;
  for (const field of agreementDayFields) {
    if (field in out) out[field] = dayOrNull(out[field] as Date | null);
  }
  return out as WithDays<T>;
}

export function toAgreementListItem(row: ListRow) {
  const { _count, stageHistory, ...rest } = row;
  return {
    ...flattenLinks(agreementDays(rest)),
    stageDatePrecision: stageHistory[0]?.datePrecision ?? "DAY",
    openPlanItemCount: _count.planItems,
  };
}

export function toAgreementDetail(row: DetailRow) {
  // The date columns as calendar days first, then the instants left (createdAt, updatedAt) as timestamps.
  const flat = flattenLinks(withTimestamps(agreementDays(row)));
  return {
    ...flat,
    documents: row.documents.map(withTimestamps),
    // History is read oldest first, so its last row is the current stage's.
    stageDatePrecision: row.stageHistory.at(-1)?.datePrecision ?? "DAY",
    sources: toSourceRefs(row.sources),
    stageHistory: row.stageHistory.map((h) => ({ ...withTimestamps(h), changedAt: utcDateToDay(h.changedAt) })),
    planItems: row.planItems.map(toPlanItem),
    meetings: row.meetings.map(({ mention, interaction }) => ({ ...interaction, startsAt: utcDateToDay(interaction.startsAt), mention })),
    followUps: row.followUps.map((f) => ({ ...f, dueDate: dayOrNull(f.dueDate) })),
  };
}
