import type { z } from "zod";
import type { ZCreatePartnerInput } from "@atlas/shared/partner";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { searchAliasesOf } from "@atlas/shared/search-text";
import { getPartner } from "./get-partner.ts";
import { assertTermsUsable } from "../vocabulary/terms.ts";
import { assertLevelCoherent, assertValidParent, clearOtherHome, partnerSearchText } from "./partner-rules.ts";

export async function createPartner({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreatePartnerInput> }) {
  assertLevelCoherent(input.level, input.isoCode, "");
  const id = await prisma.$transaction(async (tx) => {
    await assertValidParent(tx, input.parentId, null, "");
    if (input.kind) await assertTermsUsable(tx, "partnerKind", [input.kind], { field: "kind" });
    if (input.isHome) await clearOtherHome(tx, null);
    const created = await tx.partner.create({
      data: { ...input, searchText: partnerSearchText(input), searchAliases: searchAliasesOf(input.aliases) },
      select: { id: true },
    });
    await recordChange(tx, { entity: "partner", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(input) });
    return created.id;
  });
  // Read after commit: a select with several relations inside a transaction makes
  // Prisma run parallel queries on the transaction's single connection.
  return getPartner({ prisma, id });
}
