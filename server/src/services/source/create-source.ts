import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import type { ZCreateSourceInput } from "@atlas/shared/source";
import { searchTextOf } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { sourceDetailSelect, storedPublishedAt, toSourceDto } from "./source-select.ts";
import { assertUrlFree, onUrlKeyRace, urlKeyOf } from "./source-url-rules.ts";

/** A new source; an address a live source already has is refused (CONFLICT with that source), so one URL is one source. */
export async function createSource({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateSourceInput> }) {
  const values = { ...input, publishedAt: storedPublishedAt(input.publishedAt, input.publishedPrecision) };
  const urlKey = urlKeyOf(input.url);
  return onUrlKeyRace(prisma, urlKey, "url", () =>
    prisma.$transaction(async (tx) => {
      await assertUrlFree(tx, urlKey, { field: "url" });
      const created = await tx.source.create({
        data: { ...values, urlKey, publishedAt: dateOrNull(values.publishedAt), searchText: searchTextOf.source(input) },
        select: sourceDetailSelect,
      });
      await recordChange(tx, { entity: "source", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(values) });
      return toSourceDto(created);
    }),
  );
}
