import type { TUserListItem } from "@atlas/shared/auth";
import type { Prisma, Tx } from "../../db.ts";
import { withTimestamps } from "../../services/common/timestamps.ts";

/** Never the password hash. */
export const userListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  mustChangePassword: true,
  lastSignInAt: true,
  passwordChangedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.UserSelect;

/** Users with the number of their unexpired sessions, in one query. */
export async function selectUsers(prisma: Tx, where: Prisma.UserWhereInput, now: Date): Promise<TUserListItem[]> {
  const rows = await prisma.user.findMany({
    where,
    select: { ...userListSelect, _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } } },
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { email: "asc" }],
  });
  return rows.map(({ _count, ...user }) => ({ ...withTimestamps(user), activeSessions: _count.sessions }));
}

export async function selectUser(prisma: Tx, id: string, now: Date): Promise<TUserListItem> {
  const [user] = await selectUsers(prisma, { id }, now);
  if (!user) throw new Error(`user ${id} vanished inside its own transaction`);
  return user;
}
