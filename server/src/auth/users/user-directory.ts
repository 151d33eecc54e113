import type { TRole } from "@atlas/shared/enums";
import type { PrismaClient } from "../../db.ts";

/**
 * Who a task may be assigned to: the active accounts, by name. Only what a colleague
 * needs to pick someone — never emails, password hashes or sign-in details.
 */
export async function userDirectory({ prisma }: { prisma: PrismaClient }): Promise<Array<{ id: string; name: string; role: TRole }>> {
  return prisma.user.findMany({
    where: { isActive: true },
    select: { id: true, name: true, role: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
