import type { Prisma } from "../../db.ts";

export const sectorSelect = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  sortOrder: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SectorSelect;
