import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { partnerDetailSelect } from "./partner-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function getPartner({ prisma, id }: { prisma: Tx; id: string }) {
  const partner = await prisma.partner.findFirst({ where: { id, deletedAt: null }, select: partnerDetailSelect });
  if (!partner) throw notFound("partner", id);
  return withTimestamps(partner);
}
