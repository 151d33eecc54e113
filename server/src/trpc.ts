// The one place where tRPC is initialised. Every procedure is built from one of the
// role procedures below, so each declares the least role it needs (issue: accounts
// and roles); a test walks the router and fails on a procedure without one.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { TRole } from "@atlas/shared/enums";
import { hasRole } from "@atlas/shared/auth";
import type { Context } from "./context.ts";
import { AppError, toTRPCError, type FieldErrors } from "./errors.ts";
import { SignInLockedError } from "./auth/rate-limit.ts";

export type ProcedureMeta = { role: TRole | "PUBLIC" };

function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

/** What the client gets besides code and message: field errors and, on CONFLICT, the current record. */
export function errorDetails(error: TRPCError) {
  const cause = error.cause;
  const fieldErrors =
    cause instanceof ZodError ? fieldErrorsOf(cause) : cause instanceof AppError ? (cause.details.fieldErrors ?? null) : null;
  // A readable message instead of tRPC's JSON dump of the zod issues.
  const message =
    cause instanceof ZodError
      ? "Проверьте поля: " + Object.entries(fieldErrors ?? {}).map(([path, msgs]) => `${path} — ${msgs[0]}`).join("; ")
      : error.message;
  return { message, fieldErrors, current: cause instanceof AppError ? (cause.details.current ?? null) : null };
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const { message, fieldErrors, current } = errorDetails(error);
      // Stack traces stay in the server's log, never in an answer.
      // On TOO_MANY_REQUESTS from sign-in: when to try again (also the Retry-After header).
      const retryAfterSeconds = error.cause instanceof SignInLockedError ? error.cause.retryAfterSeconds : null;
      return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors, current, retryAfterSeconds } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw domain errors; here they become tRPC errors with the right HTTP status. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.meta({ role: "PUBLIC" }).use(mapDomainErrors);


function roleProcedure(role: TRole) {
  return t.procedure
    .meta({ role })
    .use(mapDomainErrors)
    .use(({ ctx, next, path }) => {
      if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Войдите в систему" });
      // After an administrator's reset the temporary password opens only auth.* (changePassword, me, signOut).
      if (ctx.user.mustChangePassword && !path.startsWith("auth.")) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Смените временный пароль, чтобы продолжить работу" });
      }
      if (!hasRole(ctx.user.role, role)) throw new TRPCError({ code: "FORBIDDEN", message: "Недостаточно прав для этого действия" });
      return next({ ctx: { ...ctx, user: ctx.user } });
    });
}

/** Officials: read everything. */
export const viewerProcedure = roleProcedure("VIEWER");
/** Analysts: viewer plus data exports. */
export const analystProcedure = roleProcedure("ANALYST");
/** Staff: create and edit records. */
export const editorProcedure = roleProcedure("EDITOR");
/** Administrators: users, reference lists, deletes and restores. */
export const adminProcedure = roleProcedure("ADMIN");

