// The entry table: every figure of one period (rows = categories, columns =
// destinations) saved at once. All or nothing: one transaction, and a stale cell
// anywhere refuses the whole table, so a save never mixes two users' numbers.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { dayToUtcDate } from "@atlas/shared/calendar-day";
import { exportFigureProblems, type TSaveExportTableResult, type ZSaveExportTableInput } from "@atlas/shared/export";
import { Prisma, type PrismaClient } from "../../db.ts";
import { AppError, problem, type FieldErrors, type FieldProblem } from "../../errors.ts";
import { snapshot } from "../common/change-log.ts";

type Input = z.output<typeof ZSaveExportTableInput>;

export async function saveExportTable({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: Input;
}): Promise<TSaveExportTableResult> {
  const { periodStart, periodEnd, measure, cells } = input;
  const currency = measure === "value" ? input.currency : null;
  const unit = measure === "volume" ? input.unit : null;
  const categoryIds = [...new Set(cells.map((c) => c.categoryId))];
  const destinationIds = [...new Set(cells.map((c) => c.destinationId))];

  return prisma.$transaction(async (tx) => {
    // Two editors saving the same period take turns, so neither creates a figure the other just created.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`export-table:${periodStart}:${periodEnd}`}))) l`;

    // One after another: a transaction is one connection, which runs one query at a time.
    const categories = await tx.exportCategory.findMany({ where: { id: { in: categoryIds }, deletedAt: null }, select: { id: true, name: true } });
    const destinations = await tx.partner.findMany({ where: { id: { in: destinationIds }, deletedAt: null }, select: { id: true, name: true } });
    const stored = await tx.exportFigure.findMany({
      where: {
        periodStart: dayToUtcDate(periodStart),
        periodEnd: dayToUtcDate(periodEnd),
        deletedAt: null,
        categoryId: { in: categoryIds },
        destinationId: { in: destinationIds },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const categoryName = new Map(categories.map((c) => [c.id, c.name]));
    const destinationName = new Map(destinations.map((d) => [d.id, d.name]));
    const byId = new Map(stored.map((f) => [f.id, f]));
    const byCell = new Map<string, (typeof stored)[number]>();
    for (const f of stored) if (!byCell.has(`${f.categoryId}:${f.destinationId}`)) byCell.set(`${f.categoryId}:${f.destinationId}`, f);

    const fieldErrors: FieldErrors = {};
    const fail = (path: string, found: FieldProblem) => (fieldErrors[path] ??= []).push(found);
    const cellOf = (c: { categoryId: string; destinationId: string }) => ({
      category: categoryName.get(c.categoryId) ?? "?",
      destination: destinationName.get(c.destinationId) ?? "?",
    });
    const stale: Array<{ categoryId: string; destinationId: string }> = [];

    const creates: Prisma.ExportFigureCreateManyInput[] = [];
    const updates: Array<{ id: string; version: number; before: (typeof stored)[number]; data: Record<string, string | null> }> = [];
    let unchanged = 0;

    cells.forEach((cell, i) => {
      if (!categoryName.has(cell.categoryId)) fail(`cells.${i}.categoryId`, problem("reference.exportCategory"));
      if (!destinationName.has(cell.destinationId)) fail(`cells.${i}.destinationId`, problem("reference.destination"));
      if (!categoryName.has(cell.categoryId) || !destinationName.has(cell.destinationId)) return;

      const current = cell.figureId ? byId.get(cell.figureId) : byCell.get(`${cell.categoryId}:${cell.destinationId}`);
      if (cell.figureId) {
        if (!current) {
          // Deleted, or moved to another period or cell since the table was loaded.
          stale.push(cell);
          return;
        }
        if (current.categoryId !== cell.categoryId || current.destinationId !== cell.destinationId) {
          fail(`cells.${i}.figureId`, problem("exportTable.figureOfOtherCell", cellOf(cell)));
          return;
        }
        if (current.version !== cell.version) {
          stale.push(cell);
          return;
        }
      } else if (current) {
        stale.push(cell);
        return;
      }

      if (!current) {
        creates.push({
          id: randomUUID(),
          categoryId: cell.categoryId,
          destinationId: cell.destinationId,
          periodStart: dayToUtcDate(periodStart),
          periodEnd: dayToUtcDate(periodEnd),
          value: measure === "value" ? cell.amount : null,
          currency,
          volume: measure === "volume" ? cell.amount : null,
          unit,
        });
        return;
      }

      const data: Record<string, string | null> =
        measure === "value"
          ? { value: cell.amount, currency: cell.amount === null ? current.currency : currency }
          : { volume: cell.amount, unit: cell.amount === null ? current.unit : unit };
      const before: Record<string, string | null> = {
        value: current.value?.toString() ?? null,
        currency: current.currency,
        volume: current.volume?.toString() ?? null,
        unit: current.unit,
      };
      const after = { ...before, ...data };
      if (Object.keys(data).every((k) => before[k] === after[k])) {
        unchanged++;
        return;
      }
      for (const p of exportFigureProblems({
        periodStart,
        periodEnd,
        value: after.value ?? null,
        currency: after.currency ?? null,
        volume: after.volume ?? null,
        unit: after.unit ?? null,
      })) {
        fail(`cells.${i}.amount`, p.message === "validation.valueOrVolume" ? problem("exportTable.figureWithoutAmount", cellOf(cell)) : problem(p.message));
      }
      updates.push({ id: current.id, version: current.version, before: current, data });
    });

    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("BAD_REQUEST", "request.checkFields", { fieldErrors });
    }
    if (stale.length > 0) {
      // The cells are named by their category and destination (data, in the user's words).
      const cells = stale
        .slice(0, 5)
        .map((cell) => `«${cellOf(cell).category}» → «${cellOf(cell).destination}»`)
        .join("; ");
      throw new AppError("CONFLICT", "exportTable.tableChanged", { params: { count: stale.length, cells } });
    }

    if (creates.length > 0) await tx.exportFigure.createMany({ data: creates });
    if (updates.length > 0) {
      // One statement for every changed cell; each row is written only at the version the user saw.
      const rows = updates.map((u) => {
        const after = {
          value: u.before.value?.toString() ?? null,
          currency: u.before.currency,
          volume: u.before.volume?.toString() ?? null,
          unit: u.before.unit,
          ...u.data,
        };
        return Prisma.sql`(${u.id}::uuid, ${u.version}::int, ${after.value}::numeric, ${after.currency}::text, ${after.volume}::numeric, ${after.unit}::text)`;
      });
      const written = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "ExportFigure" f
           SET value = v.value, currency = v.currency, volume = v.volume, unit = v.unit,
               version = f.version + 1, "updatedAt" = now()
          FROM (VALUES ${Prisma.join(rows)}) AS v(id, version, value, currency, volume, unit)
         WHERE f.id = v.id AND f.version = v.version AND f."deletedAt" IS NULL
        RETURNING f.id::text AS id`;
      if (written.length !== updates.length) {
        throw new AppError("CONFLICT", "exportTable.tableChangedJustNow");
      }
    }

    // The log keeps what identifies a figure, since it has no name.
    const log = [
      ...creates.map((f) => ({
        entity: "exportFigure" as const,
        recordId: f.id as string,
        action: "CREATE" as const,
        userId: actorId,
        changes: snapshot({
          categoryId: f.categoryId,
          destinationId: f.destinationId,
          periodStart,
          periodEnd,
          value: f.value,
          currency: f.currency,
          volume: f.volume,
          unit: f.unit,
        }),
      })),
      ...updates.map((u) => ({
        entity: "exportFigure" as const,
        recordId: u.id,
        action: "UPDATE" as const,
        userId: actorId,
        changes: Object.fromEntries(
          Object.entries(u.data)
            .map(
              ([k, to]) => [k, { from: k === "value" || k === "volume" ? (u.before[k]?.toString() ?? null) : u.before[k as "currency" | "unit"], to }] as const,
            )
            .filter(([, c]) => c.from !== c.to),
        ),
      })),
    ];
    // The same entries recordChange writes, in one statement.
    if (log.length > 0) await tx.changeLog.createMany({ data: log.map((e) => ({ ...e, changes: e.changes as Prisma.InputJsonValue })) });

    return { created: creates.length, updated: updates.length, unchanged };
  });
}
