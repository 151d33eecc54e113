import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { followUpDetailSelect, toFollowUp } from "./follow-up-select.ts";

export async function getFollowUp({ prisma, id }: { prisma: Tx; id: string }) {
  const followUp = await prisma.followUp.findFirst({ where: { id, deletedAt: null }, select: followUpDetailSelect });
  if (!followUp) throw notFound("followUp", id);
  return toFollowUp(followUp);
}
