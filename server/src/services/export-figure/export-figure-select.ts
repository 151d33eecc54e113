import { utcDateToDay, type CalendarDay } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";
import { sourceRefSelect, toSourceRef } from "../source/source-select.ts";
import { withTimestamps, type WithTimestamps } from "../common/timestamps.ts";

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
  source: { select: sourceRefSelect },
} satisfies Prisma.ExportFigureSelect;

type Decimalish = { toString(): string } | null;

type FigureRow = { value: Decimalish; volume: Decimalish; periodStart: Date; periodEnd: Date };
type SourceOf<T> = T extends { source: infer S }
  ? { source: S extends { publishedAt: Date | null } ? Omit<S, "publishedAt"> & { publishedAt: CalendarDay | null } : S }
  : unknown;

/**
 * Decimals leave the API as strings ("1234.5"): exact, where a JSON number would round
 * them. The period's days leave as calendar days (`YYYY-MM-DD`), as does the cited
 * source's publication date; createdAt and updatedAt as timestamps.
 */
export function toExportFigureDto<T extends FigureRow>(
  row: T,
): WithTimestamps<Omit<T, "value" | "volume" | "periodStart" | "periodEnd" | "source">> & {
  value: string | null;
  volume: string | null;
  periodStart: CalendarDay;
  periodEnd: CalendarDay;
} & SourceOf<T> {
  const source = "source" in row ? { source: toSourceRef(row.source as { publishedAt: Date | null } | null) } : {};
  return {
    ...withTimestamps(row),
    value: row.value?.toString() ?? null,
    volume: row.volume?.toString() ?? null,
    periodStart: utcDateToDay(row.periodStart),
    periodEnd: utcDateToDay(row.periodEnd),
    ...source,
  } as never;
}
