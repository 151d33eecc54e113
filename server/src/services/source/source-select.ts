import type { Prisma } from "../../db.ts";

export const sourceListSelect = {
  id: true,
  title: true,
  kind: true,
  url: true,
  publishedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export const sourceDetailSelect = {
  ...sourceListSelect,
  text: true,
} satisfies Prisma.SourceSelect;
