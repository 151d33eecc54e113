import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { exportFigureDetailSelect, toExportFigureDto } from "./export-figure-select.ts";

export async function getExportFigure({ prisma, id }: { prisma: Tx; id: string }) {
  const figure = await prisma.exportFigure.findFirst({ where: { id, deletedAt: null }, select: exportFigureDetailSelect });
  if (!figure) throw notFound("exportFigure", id);
  return toExportFigureDto(figure);
}
