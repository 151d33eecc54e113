import { russianErrorText } from "@atlas/shared/error-keys";
import type { Database } from "@atlas/db/database";
import type { TRole } from "@atlas/shared/enums";
import { appRouter } from "@atlas/server/routers/_app";
import { createContextInner, type ContextOptions, type SessionUser } from "@atlas/server/context";
import { createCallerFactory, errorDetails } from "@atlas/server/trpc";
import { TRPCError } from "@trpc/server";

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** Creates one user per role in the database and returns a caller acting as each, plus an anonymous one. */
export async function callersFor(db: Database) {
  const make = async (role: TRole): Promise<SessionUser> => {
    const email = `${role.toLowerCase()}@test.local`;
    const user = await db.prisma.user.upsert({
      where: { email },
      create: { email, name: `Тест ${role}`, role },
      update: {},
      select: { id: true, email: true, name: true, role: true },
    });
    return user;
  };
  const users = {
    viewer: await make("VIEWER"),
    analyst: await make("ANALYST"),
    editor: await make("EDITOR"),
    admin: await make("ADMIN"),
  };
  const as = (user: SessionUser | null) => createCaller(createContextInner({ db, user }));
  return {
    users,
    anonymous: as(null),
    viewer: as(users.viewer),
    analyst: as(users.analyst),
    editor: as(users.editor),
    admin: as(users.admin),
    as,
  };
}

/** Awaits a promise that must fail, and returns the tRPC error code and field errors. */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // The same details the error formatter sends over HTTP, and the field errors as a
    // Russian reader sees them (each key through the Russian dictionary).
    const details = errorDetails(error);
    const fieldMessages = Object.fromEntries(
      Object.entries(details.fieldErrors ?? {}).map(([path, problems]) => [path, problems.map((found) => russianErrorText(found.key, found.params))]),
    );
    return { code: error.code, ...details, fieldMessages };
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** A caller with a full context (session, request, cookie sink, clock); returns the context too, to read the cookies it set. */
export function callerWith(options: ContextOptions) {
  const ctx = createContextInner(options);
  return { caller: createCaller(ctx), ctx };
}
