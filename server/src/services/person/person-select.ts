import type { Prisma } from "../../db.ts";

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
} satisfies Prisma.PersonSelect;
