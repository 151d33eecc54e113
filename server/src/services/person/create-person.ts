import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import type { ZCreatePersonInput } from "@atlas/shared/person";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { getPerson } from "./get-person.ts";
import { assertPartnerExists, personSearchText } from "./person-rules.ts";
import { currentPost, loggedPositions, type PositionValues } from "./position-rules.ts";

/** A person with their positions; post and organisation are the current position's. */
export async function createPerson({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreatePersonInput> }) {
  const { positions: given, ...fields } = input;
  // A post given without positions (the quick add in the meeting form) is the person's one
  // open position, with no days: the caller did not say since when.
  const positions: PositionValues[] =
    given.length > 0 ? given : fields.post ? [{ post: fields.post, organisation: fields.organisation, startsOn: null, endsOn: null }] : [];
  const values = { ...fields, ...currentPost(positions, { post: fields.post, organisation: fields.organisation }) };
  return prisma.$transaction(async (tx) => {
    await assertPartnerExists(tx, values.partnerId);
    const created = await tx.person.create({
      data: {
        ...values,
        searchText: personSearchText(values),
        ...(positions.length > 0
          ? { positions: { createMany: { data: positions.map((p) => ({ ...p, startsOn: dateOrNull(p.startsOn), endsOn: dateOrNull(p.endsOn) })) } } }
          : {}),
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "person",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: { ...snapshot(values), positions: loggedPositions(positions) },
    });
    return getPerson({ prisma: tx, id: created.id });
  });
}
