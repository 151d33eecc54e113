import type { Prisma } from "../../db.ts";

export const exportFigureListSelect = {
  id: true,
  categoryId: true,
  destinationId: true,
  periodStart: true,
  periodEnd: true,
  value: true,
  currency: true,
  volume: true,
  unit: true,
  sourceId: true,
  version: true,
  updatedAt: true,
  category: { select: { id: true, name: true } },
  destination: { select: { id: true, name: true, level: true } },
} satisfies Prisma.ExportFigureSelect;

export const exportFigureDetailSelect = {
  ...exportFigureListSelect,
  createdAt: true,
  source: { select: { id: true, title: true, kind: true, url: true, publishedAt: true } },
} satisfies Prisma.ExportFigureSelect;

type Decimalish = { toString(): string } | null;

/**
 * Decimals leave the API as strings ("1234.5"): exact, and serialisable by superjson,
 * which does not know Prisma's Decimal class.
 */
export function toExportFigureDto<T extends { value: Decimalish; volume: Decimalish }>(row: T): Omit<T, "value" | "volume"> & { value: string | null; volume: string | null } {
  return { ...row, value: row.value?.toString() ?? null, volume: row.volume?.toString() ?? null };
}
