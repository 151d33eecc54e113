import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { exportFactSelect, toExportFactDto } from "./export-fact-select.ts";

export async function getExportFact({ prisma, id }: { prisma: Tx; id: string }) {
  const fact = await prisma.exportFact.findFirst({ where: { id, deletedAt: null }, select: exportFactSelect });
  if (!fact) throw notFound("exportFact", id);
  return toExportFactDto(fact);
}
