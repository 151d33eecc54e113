import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { sectorSelect } from "./sector-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function getSector({ prisma, id }: { prisma: Tx; id: string }) {
  const sector = await prisma.sector.findFirst({ where: { id, deletedAt: null }, select: sectorSelect });
  if (!sector) throw notFound("sector", id);
  return withTimestamps(sector);
}
