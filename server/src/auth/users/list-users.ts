import type { TUserListItem } from "@atlas/shared/auth";
import type { PrismaClient } from "../../db.ts";
import { selectUsers } from "./user-select.ts";

/** Every account, active ones first; an organisation has tens of users, so no paging. */
export async function listUsers({ prisma, now }: { prisma: PrismaClient; now: Date }): Promise<TUserListItem[]> {
  return selectUsers(prisma, {}, now);
}
