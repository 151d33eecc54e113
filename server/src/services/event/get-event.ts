import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { eventDetailSelect, toEventDetail } from "./event-select.ts";

export async function getEvent({ prisma, id }: { prisma: Tx; id: string }) {
  const event = await prisma.event.findFirst({ where: { id, deletedAt: null }, select: eventDetailSelect });
  if (!event) throw notFound("event", id);
  return toEventDetail(event);
}
