import type { Database } from "@atlas/db/database";
import type { TRole } from "@atlas/shared/enums";

/** The signed-in person as procedures see them. */
export type SessionUser = { id: string; email: string; name: string; role: TRole };

export type ContextOptions = {
  db: Database;
  user: SessionUser | null;
};

/** Everything a procedure may use; no HTTP in here, so tests build it directly. */
export function createContextInner({ db, user }: ContextOptions) {
  return { db, prisma: db.prisma, user };
}

export type Context = ReturnType<typeof createContextInner>;
