// People of an import written as createPerson writes one (the same values, positions and
// history entry), but each table in one statement for all rows: a query per person and
// a read-back made thousands of rows outlast the transaction.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import type { ZCreatePersonInput } from "@atlas/shared/person";
import type { Prisma, Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";
import { snapshot } from "../common/change-log.ts";
import { personSearchText } from "../person/person-rules.ts";
import { currentPost, loggedPositions, type PositionValues } from "../person/position-rules.ts";

/** Call inside the import's transaction. */
export async function createPeople(tx: Tx, actorId: string, inputs: ReadonlyArray<z.output<typeof ZCreatePersonInput>>): Promise<void> {
  await assertPartnersExist(tx, inputs);
  const people: Prisma.PersonCreateManyInput[] = [];
  const positions: Prisma.PersonPositionCreateManyInput[] = [];
  const history: Prisma.ChangeLogCreateManyInput[] = [];
  for (const { positions: given, ...fields } of inputs) {
    const id = randomUUID();
    // As createPerson: a post given without positions is the person's one open position.
    const held: PositionValues[] =
      given.length > 0 ? given : fields.post ? [{ post: fields.post, organisation: fields.organisation, startsOn: null, endsOn: null }] : [];
    const values = { ...fields, ...currentPost(held, { post: fields.post, organisation: fields.organisation }) };
    people.push({ ...values, id, searchText: personSearchText(values) });
    for (const p of held) positions.push({ ...p, personId: id, startsOn: dateOrNull(p.startsOn), endsOn: dateOrNull(p.endsOn) });
    history.push({
      entity: "person",
      recordId: id,
      action: "CREATE",
      userId: actorId,
      changes: { ...snapshot(values), positions: loggedPositions(held) } as Prisma.InputJsonValue,
    });
  }
  await tx.person.createMany({ data: people });
  await tx.personPosition.createMany({ data: positions });
  await tx.changeLog.createMany({ data: history });
}

/** The partners the people belong to exist and are not deleted (assertPartnerExists, for all at once). */
async function assertPartnersExist(tx: Tx, inputs: ReadonlyArray<{ partnerId?: string | null }>): Promise<void> {
  const ids = [...new Set(inputs.flatMap((input) => (input.partnerId ? [input.partnerId] : [])))];
  if (ids.length === 0) return;
  const found = await tx.partner.count({ where: { id: { in: ids }, deletedAt: null } });
  if (found !== ids.length) throw new AppError("BAD_REQUEST", "reference.partner", { fieldErrors: { partnerId: [problem("reference.partner")] } });
}
