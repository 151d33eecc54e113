import { searchTextOf } from "@atlas/shared/search-text";
import type { Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";

export const personSearchText = searchTextOf.person;

/** The person's partner must exist and not be deleted. */
export async function assertPartnerExists(tx: Tx, partnerId: string | null | undefined): Promise<void> {
  if (!partnerId) return;
  const partner = await tx.partner.findFirst({ where: { id: partnerId, deletedAt: null }, select: { id: true } });
  if (!partner) throw new AppError("BAD_REQUEST", "reference.partner", { fieldErrors: { partnerId: [problem("reference.partner")] } });
}
