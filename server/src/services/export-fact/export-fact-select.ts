import { dayOrNull, type CalendarDay } from "@atlas/shared/calendar-day";
import type { TExportFactKind } from "@atlas/shared/export-fact";
import type { Prisma } from "../../db.ts";
import { sourceRefSelect, toSourceRef } from "../source/source-select.ts";
import { withTimestamps, type WithTimestamps } from "../common/timestamps.ts";

/** A fact always shows with its partner, category and source: the list and the detail are the same. */
export const exportFactSelect = {
  id: true,
  kind: true,
  partnerId: true,
  categoryId: true,
  periodStart: true,
  periodEnd: true,
  rank: true,
  growthPercent: true,
  statement: true,
  sourceId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  partner: { select: { id: true, name: true, level: true } },
  category: { select: { id: true, name: true, nameEn: true } },
  source: { select: sourceRefSelect },
} satisfies Prisma.ExportFactSelect;

type Row = Prisma.ExportFactGetPayload<{ select: typeof exportFactSelect }>;

export type ExportFactDto = WithTimestamps<Omit<Row, "kind" | "periodStart" | "periodEnd" | "growthPercent" | "source">> & {
  kind: TExportFactKind;
  periodStart: CalendarDay | null;
  periodEnd: CalendarDay | null;
  /** A decimal string ("34", "-5.5"), exact, as export figures send their values. */
  growthPercent: string | null;
  source: ReturnType<typeof toSourceRef<NonNullable<Row["source"]>>>;
};

/**
 * The period leaves as calendar days, the growth rate as decimal text, the source's day as
 * a day, createdAt and updatedAt as timestamps.
 */
export function toExportFactDto(row: Row): ExportFactDto {
  return {
    ...withTimestamps(row),
    kind: row.kind as TExportFactKind,
    periodStart: dayOrNull(row.periodStart),
    periodEnd: dayOrNull(row.periodEnd),
    growthPercent: row.growthPercent?.toString() ?? null,
    source: toSourceRef(row.source),
  };
}
