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

/** The project's own columns and its sites: what its list row shows and its writes read. */
const projectColumnsSelect = {
  id: true,
  title: true,
  summary: true,
  stage: true,
  partnerId: true,
  sectorId: true,
  version: true,
  updatedAt: true,
  sites,
} satisfies Prisma.ProjectSelect;

export const projectListSelect = {
  ...projectColumnsSelect,
  createdAt: true,
  partner: { select: { id: true, name: true } },
  sector: { select: { id: true, code: true, name: true } },
} satisfies Prisma.ProjectSelect;

/**
 * What writes read inside their transaction: no more than one relation, because
 * Prisma fetches several relations of one query concurrently, and on a transaction's
 * single pg connection that queues queries (deprecated in pg 8.19, removed in pg 9).
 * The full record is read after the commit.
 */
export const projectWriteSelect = { ...projectColumnsSelect, sourceId: true } satisfies Prisma.ProjectSelect;

export const projectDetailSelect = {
  ...projectListSelect,
  sourceId: true,
  partner: { select: { id: true, name: true, level: true, isoCode: true } },
  source: { select: sourceRefSelect },
} satisfies Prisma.ProjectSelect;
