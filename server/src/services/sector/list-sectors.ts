import type { z } from "zod";
import type { ZListSectorsInput } from "@atlas/shared/sector";
import type { Prisma, Tx } from "../../db.ts";
import { listPage } from "../common/list-page.ts";
import { sectorSelect } from "./sector-select.ts";
import { sectorIdsMatching } from "./sector-rules.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function listSectors({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListSectorsInput> }) {
  const { filter, sort } = input;
  const matching = await sectorIdsMatching(prisma, filter.q);
  const where: Prisma.SectorWhereInput = { deletedAt: null, ...(matching ? { id: { in: matching } } : {}) };
  // Sectors with the same sortOrder read alphabetically.
  const orderBy: Prisma.SectorOrderByWithRelationInput[] = [
    { [sort.field]: sort.direction },
    ...(sort.field === "sortOrder" ? [{ name: sort.direction }] : []),
    { id: sort.direction },
  ];
  return listPage({
    input,
    findMany: async (page) => (await prisma.sector.findMany({ where, select: sectorSelect, orderBy, ...page })).map(withTimestamps),
    count: (take) => prisma.sector.count({ where, take }),
  });
}
