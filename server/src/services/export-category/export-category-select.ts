import type { Prisma } from "../../db.ts";

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
  source: { select: { id: true, title: true, kind: true, url: true, publishedAt: true } },
} satisfies Prisma.ExportCategorySelect;
