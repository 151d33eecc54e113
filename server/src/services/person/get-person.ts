import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { personDetailSelect, toPersonDetail } from "./person-select.ts";

export async function getPerson({ prisma, id }: { prisma: Tx; id: string }) {
  const person = await prisma.person.findFirst({ where: { id, deletedAt: null }, select: personDetailSelect });
  if (!person) throw notFound("person", id);
  return toPersonDetail(person);
}
