import type { Prisma } from "../../db.ts";

/** Plan items not yet done or cancelled. */
export const openTaskStatuses = ["OPEN", "IN_PROGRESS"] as const;

const partySelect = { partner: { select: { id: true, name: true, level: true } } } satisfies Prisma.AgreementPartySelect;
const sectorSelect = { sector: { select: { id: true, code: true, name: true } } } satisfies Prisma.AgreementSectorSelect;

export const agreementListSelect = {
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
  _count: { select: { planItems: { where: { status: { in: [...openTaskStatuses] } } } } },
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
  id: true,
  title: true,
  kind: true,
  stage: true,
  stageChangedAt: true,
  summary: true,
  signedAt: true,
  registeredAt: true,
  registrationNumber: true,
  effectiveAt: true,
  expiresAt: true,
  sourceId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  source: { select: { id: true, title: true, kind: true, url: true, publishedAt: true } },
  parties: { select: partySelect, orderBy: { partner: { name: "asc" } } },
  sectors: { select: sectorSelect, orderBy: { sector: { sortOrder: "asc" } } },
  documents: { select: { id: true, title: true, url: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  stageHistory: {
    select: { id: true, fromStage: true, toStage: true, changedAt: true, note: true, userId: true, createdAt: true },
    orderBy: [{ changedAt: "asc" }, { createdAt: "asc" }],
  },
  planItems: { select: planItemSelect, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
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
