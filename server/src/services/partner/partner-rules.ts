// Checks shared by create and update of a partner.
import { searchTextOf } from "@atlas/shared/search-text";
import type { TPartnerLevel } from "@atlas/shared/enums";
import type { Tx } from "../../db.ts";
import { AppError, problem, type ErrorKey } from "../../errors.ts";

/** Field paths follow the input: "parentId" on create, "data.parentId" on update. */
export type FieldPrefix = "" | "data.";

function fieldError(prefix: FieldPrefix, field: string, key: ErrorKey): AppError {
  return new AppError("BAD_REQUEST", key, { fieldErrors: { [prefix + field]: [problem(key)] } });
}

/** A partner's parent must exist and must not be the partner itself or one of its descendants. */
export async function assertValidParent(tx: Tx, parentId: string | null, selfId: string | null, prefix: FieldPrefix): Promise<void> {
  if (!parentId) return;
  if (parentId === selfId) throw fieldError(prefix, "parentId", "partner.ownParent");
  const parent = await tx.partner.findFirst({ where: { id: parentId, deletedAt: null }, select: { id: true } });
  if (!parent) throw fieldError(prefix, "parentId", "reference.parentPartner");
  if (selfId) {
    const cycle = await tx.$queryRaw<Array<{ found: boolean }>>`
      WITH RECURSIVE up AS (
        SELECT id, "parentId" FROM "Partner" WHERE id = ${parentId}::uuid
        UNION
        SELECT p.id, p."parentId" FROM "Partner" p JOIN up ON p.id = up."parentId"
      )
      SELECT EXISTS (SELECT 1 FROM up WHERE id = ${selfId}::uuid) AS found`;
    if (cycle[0]?.found) {
      throw fieldError(prefix, "parentId", "partner.childAsParent");
    }
  }
}

/** Only one partner is the home region: marking a new one unmarks the old one. */
export async function clearOtherHome(tx: Tx, exceptId: string | null): Promise<void> {
  await tx.partner.updateMany({ where: { isHome: true, ...(exceptId ? { id: { not: exceptId } } : {}) }, data: { isHome: false, version: { increment: 1 } } });
}

export const partnerSearchText = searchTextOf.partner;

export function assertLevelCoherent(level: TPartnerLevel, isoCode: string | null | undefined, prefix: FieldPrefix): void {
  if (level === "COUNTRY" && isoCode && isoCode.includes("-")) throw fieldError(prefix, "isoCode", "partner.countryIsoCode");
}
