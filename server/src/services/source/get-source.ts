import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { sourceDetailSelect, toSourceDto } from "./source-select.ts";

export async function getSource({ prisma, id }: { prisma: Tx; id: string }) {
  const source = await prisma.source.findFirst({ where: { id, deletedAt: null }, select: sourceDetailSelect });
  if (!source) throw notFound("source", id);
  return toSourceDto(source);
}
