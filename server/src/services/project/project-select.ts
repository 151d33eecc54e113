import type { Prisma } from "../../db.ts";
import { sourceRefSelect } from "../source/source-select.ts";

export const projectSiteSelect = {
  id: true,
  name: true,
  status: true,
  latitude: true,
  longitude: true,
  notes: true,
} satisfies Prisma.ProjectSiteSelect;

/** Sites have no position column; by name keeps the order stable between reads. */
const sites = { select: projectSiteSelect, orderBy: [{ name: "asc" }, { id: "asc" }] } satisfies Prisma.Project$sitesArgs;

export const projectListSelect = {
  id: true,
  title: true,
  summary: true,
  stage: true,
  partnerId: true,
  sectorId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  partner: { select: { id: true, name: true } },
  sector: { select: { id: true, code: true, name: true } },
  sites,
} satisfies Prisma.ProjectSelect;

/**
 * What writes read inside their transaction: no more than one relation, because
 * Prisma fetches several relations of one query concurrently, and on a transaction's
 * single pg connection that queues queries (deprecated in pg 8.19, removed in pg 9).
 * The full record is read after the commit.
 */
export const projectWriteSelect = {
  id: true,
  title: true,
  summary: true,
  partnerId: true,
  sectorId: true,
  stage: true,
  sourceId: true,
  version: true,
  updatedAt: true,
  sites,
} satisfies Prisma.ProjectSelect;

export const projectDetailSelect = {
  ...projectListSelect,
  sourceId: true,
  partner: { select: { id: true, name: true, level: true, isoCode: true } },
  source: { select: sourceRefSelect },
} satisfies Prisma.ProjectSelect;
