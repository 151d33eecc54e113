import type { Prisma } from "../../db.ts";
import { sourceRefSelect, toSourceRef } from "../source/source-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

/** Figures counted are the live ones; deleted figures do not make a category "used". */
const liveFigureCount = { _count: { select: { figures: { where: { deletedAt: null } } } } } satisfies Prisma.ExportCategorySelect;

export const exportCategoryListSelect = {
  id: true,
  name: true,
  nameEn: true,
  hsCode: true,
  reportedMarketsCount: true,
  sourceId: true,
  version: true,
  updatedAt: true,
  ...liveFigureCount,
} satisfies Prisma.ExportCategorySelect;

export const exportCategoryDetailSelect = {
  ...exportCategoryListSelect,
  description: true,
  createdAt: true,
  source: { select: sourceRefSelect },
} satisfies Prisma.ExportCategorySelect;

/** The cited source's publication date leaves as a calendar day, createdAt and updatedAt as timestamps. */
export function toExportCategoryDetail<T extends { source: { publishedAt: Date | null } | null }>(row: T) {
  const { source, ...rest } = row;
  return { ...withTimestamps(rest), source: toSourceRef(source as NonNullable<T["source"]> | null) };
}
