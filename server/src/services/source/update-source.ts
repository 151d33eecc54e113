import type { z } from "zod";
import { dateOrNull, dayOrNull } from "@atlas/shared/calendar-day";
import type { ZUpdateSourceInput } from "@atlas/shared/source";
import { searchTextOf } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { sourceDetailSelect, storedPublishedAt, toSourceDto } from "./source-select.ts";
import { assertKeysFree, onSourceKeyRace, textHashOf, urlKeyOf } from "./source-url-rules.ts";

export async function updateSource({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateSourceInput> }) {
  const { id, version, data } = input;
  // A new address or text must not be another live source's (CONFLICT with that source).
  const urlKey = data.url !== undefined ? urlKeyOf(data.url) : undefined;
  const textHash = data.text !== undefined ? textHashOf(data.text) : undefined;
  const keys = { ...(urlKey !== undefined ? { urlKey } : {}), ...(textHash !== undefined ? { textHash } : {}) };
  const fields = { url: "data.url", text: "data.text" };
  return onSourceKeyRace(prisma, keys, { exceptId: id, fields }, () =>
    prisma.$transaction(async (tx) => {
      const current = await tx.source.findFirst({ where: { id, deletedAt: null } });
      if (!current) throw notFound("source", id);
      assertVersion(current, version, "source");
      await assertKeysFree(tx, keys, { exceptId: id, fields });
      const searchText = searchTextOf.source({
        title: data.title ?? current.title,
        outlet: data.outlet !== undefined ? data.outlet : current.outlet,
        text: data.text !== undefined ? data.text : current.text,
      });
      // Days as the API speaks them; the date is re-filed when either it or its precision changes.
      const stored = { ...current, publishedAt: dayOrNull(current.publishedAt) };
      const touchesDate = data.publishedAt !== undefined || data.publishedPrecision !== undefined;
      const values = {
        ...data,
        ...(touchesDate
          ? {
              publishedAt: storedPublishedAt(
                data.publishedAt !== undefined ? data.publishedAt : stored.publishedAt,
                data.publishedPrecision ?? current.publishedPrecision,
              ),
            }
          : {}),
      };
      const written = await tx.source.updateMany({
        where: { id, version },
        data: { ...values, ...keys, ...(touchesDate ? { publishedAt: dateOrNull(values.publishedAt) } : {}), searchText, version: { increment: 1 } },
      });
      if (written.count !== 1) throw concurrentWriteConflict("source");
      await recordChange(tx, { entity: "source", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(stored, values) });
      return toSourceDto(await tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect }));
    }),
  );
}
