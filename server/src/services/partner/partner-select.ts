import type { Prisma } from "../../db.ts";

export const partnerListSelect = {
  id: true,
  name: true,
  nameEn: true,
  level: true,
  kind: true,
  aliases: true,
  parentId: true,
  isoCode: true,
  latitude: true,
  longitude: true,
  isHome: true,
  version: true,
  updatedAt: true,
  parent: { select: { id: true, name: true, level: true } },
} satisfies Prisma.PartnerSelect;

export const partnerDetailSelect = {
  ...partnerListSelect,
  notes: true,
  createdAt: true,
  children: { where: { deletedAt: null }, select: { id: true, name: true, level: true }, orderBy: { name: "asc" } },
} satisfies Prisma.PartnerSelect;
