import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import type { ZCreateSourceInput } from "@atlas/shared/source";
import { searchTextOf } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { sourceDetailSelect, storedPublishedAt, toSourceDto } from "./source-select.ts";
import { assertKeysFree, onSourceKeyRace, textHashOf, urlKeyOf } from "./source-url-rules.ts";

/**
 * A new source; an address or a text a live source already has is refused (CONFLICT with
 * that source), so one URL, or one text, is one source.
 */
export async function createSource({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateSourceInput> }) {
  const values = { ...input, publishedAt: storedPublishedAt(input.publishedAt, input.publishedPrecision) };
  const keys = { urlKey: urlKeyOf(input.url), textHash: textHashOf(input.text) };
  const fields = { url: "url", text: "text" };
  return onSourceKeyRace(prisma, keys, { fields }, () =>
    prisma.$transaction(async (tx) => {
      await assertKeysFree(tx, keys, { fields });
      const created = await tx.source.create({
        data: { ...values, ...keys, publishedAt: dateOrNull(values.publishedAt), searchText: searchTextOf.source(input) },
        select: sourceDetailSelect,
      });
      await recordChange(tx, { entity: "source", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(values) });
      return toSourceDto(created);
    }),
  );
}
