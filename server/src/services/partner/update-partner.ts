import type { z } from "zod";
import type { ZUpdatePartnerInput } from "@atlas/shared/partner";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { stripUndefined } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { searchAliasesOf } from "@atlas/shared/search-text";
import { getPartner } from "./get-partner.ts";
import { assertTermsUsable } from "../vocabulary/terms.ts";
import { assertLevelCoherent, assertValidParent, clearOtherHome, partnerSearchText } from "./partner-rules.ts";

export async function updatePartner({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdatePartnerInput> }) {
  const { id, version, data } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.partner.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("partner", id);
    assertVersion(current, version, "partner");
    const merged = { ...current, ...stripUndefined(data) };
    assertLevelCoherent(merged.level, merged.isoCode, "data.");
    if (data.parentId !== undefined) await assertValidParent(tx, data.parentId, id, "data.");
    if (data.kind) await assertTermsUsable(tx, "partnerKind", [data.kind], { field: "data.kind", alreadyHeld: current.kind ? [current.kind] : [] });
    if (data.isHome) await clearOtherHome(tx, id);
    const written = await tx.partner.updateMany({
      where: { id, version },
      data: {
        ...data,
        searchText: partnerSearchText(merged),
        ...(data.aliases !== undefined ? { searchAliases: searchAliasesOf(data.aliases) } : {}),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("partner");
    await recordChange(tx, { entity: "partner", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(current, data) });
  });
  // Read after commit (see create-partner.ts).
  return getPartner({ prisma, id });
}
