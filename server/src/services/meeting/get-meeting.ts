import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { meetingDetailSelect, toMeetingDetail } from "./meeting-select.ts";

export async function getMeeting({ prisma, id }: { prisma: Tx; id: string }) {
  const meeting = await prisma.interaction.findFirst({ where: { id, deletedAt: null }, select: meetingDetailSelect });
  if (!meeting) throw notFound("meeting", id);
  return toMeetingDetail(meeting);
}
