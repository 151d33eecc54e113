import type { Prisma } from "../../db.ts";
import { positionOrder, positionSelect, toPosition } from "./position-rules.ts";
import { withTimestamps } from "../common/timestamps.ts";

export const personListSelect = {
  id: true,
  fullName: true,
  fullNameEn: true,
  post: true,
  organisation: true,
  side: true,
  partnerId: true,
  email: true,
  phone: true,
  version: true,
  updatedAt: true,
  partner: { select: { id: true, name: true } },
} satisfies Prisma.PersonSelect;

export const personDetailSelect = {
  ...personListSelect,
  notes: true,
  createdAt: true,
  partner: { select: { id: true, name: true, level: true } },
  positions: { select: positionSelect, orderBy: positionOrder },
} satisfies Prisma.PersonSelect;

type DetailRow = Prisma.PersonGetPayload<{ select: typeof personDetailSelect }>;

/** The person with their positions newest first, days as calendar days, instants as timestamps. */
export function toPersonDetail({ positions, ...row }: DetailRow) {
  return { ...withTimestamps(row), positions: positions.map(toPosition) };
}
