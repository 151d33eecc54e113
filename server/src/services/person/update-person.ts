import type { z } from "zod";
import { currentPositionIndex, type ZUpdatePersonInput } from "@atlas/shared/person";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { stripUndefined } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getPerson } from "./get-person.ts";
import { assertPartnerExists, personSearchText } from "./person-rules.ts";
import { currentPost, loggedPositions, positionSelect, replacePositions, toPositionValues, type PositionValues, type PostFields } from "./position-rules.ts";

/**
 * Changes the fields sent. `positions`, when sent, replaces the whole set, and post and
 * organisation follow the current position. Without `positions`, a `post` or
 * `organisation` sent alone (older callers) edits the current position in place — a
 * null post removes it — or, for a person with none, adds one open position.
 */
export async function updatePerson({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdatePersonInput> }) {
  const { id, version } = input;
  const { positions: givenPositions, ...data } = input.data;
  return prisma.$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { id, deletedAt: null }, include: { positions: { select: positionSelect } } });
    if (!current) throw notFound("person", id);
    assertVersion(current, version, "person");
    if (data.partnerId !== undefined && data.partnerId !== current.partnerId) await assertPartnerExists(tx, data.partnerId);

    const before = current.positions.map(toPositionValues);
    const after = nextPositions(before, givenPositions, data, current);
    const { post: _post, organisation: _organisation, ...other } = data;
    const values = {
      ...stripUndefined(after ? other : data),
      ...(after ? currentPost(after.positions, after.fallback) : {}),
    };
    const merged = { ...current, ...values };
    const written = await tx.person.updateMany({
      where: { id, version },
      data: { ...values, searchText: personSearchText(merged), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("person");

    const changes: Record<string, unknown> = diffFields(current, values);
    if (after) {
      await replacePositions(tx, id, after.positions);
      const from = loggedPositions(before);
      const to = loggedPositions(after.positions);
      if (JSON.stringify(from) !== JSON.stringify(to)) changes.positions = { from, to };
    }
    await recordChange(tx, { entity: "person", recordId: id, action: "UPDATE", userId: actorId, changes });
    return getPerson({ prisma: tx, id });
  });
}

/** The positions after the update, and the post to show when none is left; null when the update leaves them alone. */
function nextPositions(
  before: PositionValues[],
  given: PositionValues[] | undefined,
  data: { post?: string | null; organisation?: string | null },
  current: PostFields,
): { positions: PositionValues[]; fallback: PostFields } | null {
  if (given) return { positions: given, fallback: { post: data.post ?? null, organisation: data.organisation ?? null } };
  if (data.post === undefined && data.organisation === undefined) return null;
  const fallback = {
    post: data.post !== undefined ? data.post : current.post,
    organisation: data.organisation !== undefined ? data.organisation : current.organisation,
  };
  const index = currentPositionIndex(before);
  const held = before[index];
  if (held) {
    if (data.post === null) return { positions: before.filter((_, i) => i !== index), fallback };
    const edited = { ...held, post: data.post ?? held.post, organisation: data.organisation !== undefined ? data.organisation : held.organisation };
    return { positions: before.map((p, i) => (i === index ? edited : p)), fallback };
  }
  // No position yet: a post becomes the one open position; an organisation alone stays on the person.
  if (fallback.post) return { positions: [{ post: fallback.post, organisation: fallback.organisation, startsOn: null, endsOn: null }], fallback };
  return { positions: [], fallback };
}
