// The one place where tRPC is initialised. Every procedure is built from one of the
// role procedures below, so each declares the least role it needs (issue: accounts
// and roles); a test walks the router and fails on a procedure without one.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { TRole } from "@atlas/shared/enums";
import { hasRole } from "@atlas/shared/auth";
import type { Context } from "./context.ts";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { AppError, DatabaseBusyError, incidentIdOf, internalErrorMessage, retryAfterSecondsOf, toTRPCError, type FieldErrors } from "./errors.ts";
import { findBadText, textFieldErrors } from "./input-text.ts";
import { expensiveReads } from "./http/read-rate-limit.ts";

export type ProcedureMeta = { role: TRole | "PUBLIC" };

function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

/**
 * A failure nobody planned for (a driver error, a TypeError, a bug): any 5xx except the
 * busy database's 503. Its own message may hold SQL, values or file paths, so the
 * answer gets only an incident id (the log has the rest under the same id).
 */
export function isUnexpectedError(error: TRPCError): boolean {
  if (error.code === "SERVICE_UNAVAILABLE" && error.cause instanceof DatabaseBusyError) return false;
  return getHTTPStatusCodeFromError(error) >= 500;
}

/** What the client gets besides code and message: field errors and, on CONFLICT, the current record. */
export function errorDetails(error: TRPCError) {
  if (isUnexpectedError(error)) return { message: internalErrorMessage(incidentIdOf(error)), fieldErrors: null, current: null };
  const cause = error.cause;
  const fieldErrors = cause instanceof ZodError ? fieldErrorsOf(cause) : cause instanceof AppError ? (cause.details.fieldErrors ?? null) : null;
  // A readable message instead of tRPC's JSON dump of the zod issues.
  const message =
    cause instanceof ZodError
      ? "Проверьте поля: " +
        Object.entries(fieldErrors ?? {})
          .map(([path, msgs]) => `${path} — ${msgs[0]}`)
          .join("; ")
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
      // Stack traces stay in the server's log, never in an answer (nor, for unexpected
      // failures, the original message: errorDetails replaced it with an incident id).
      // On TOO_MANY_REQUESTS from sign-in and 503 from a busy database: when to try again
      // (also the Retry-After header).
      const retryAfterSeconds = retryAfterSecondsOf(error.cause);
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, message, data: { ...data, fieldErrors, current, retryAfterSeconds } };
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

/**
 * Every input either valid or a 400: text the database cannot store (U+0000, a lone
 * surrogate) is refused here, in the raw input of every call, keys included, before any
 * schema sees it (input-text.ts). Field errors have the same shape as a schema's.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const problems = findBadText(await getRawInput());
  if (problems.length > 0) {
    const fieldErrors = textFieldErrors(problems);
    const message =
      "Проверьте поля: " +
      Object.entries(fieldErrors)
        .map(([path, msgs]) => `${path} — ${msgs[0]}`)
        .join("; ");
    throw new TRPCError({ code: "BAD_REQUEST", message, cause: new AppError("BAD_REQUEST", message, { fieldErrors }) });
  }
  return next();
});

/** The reads that cost the most wait for a slot of the server's queue (heavy-reads.ts). */
const queueHeavyReads = t.middleware(({ ctx, path, next }) => {
  if (!ctx.heavyReads || !(expensiveReads as readonly string[]).includes(path)) return next();
  return ctx.heavyReads.run(() => next());
});

/** What every procedure is built from: domain errors mapped, unstorable text refused. */
const baseProcedure = t.procedure.use(mapDomainErrors).use(refuseUnstorableText);

export const publicProcedure = baseProcedure.meta({ role: "PUBLIC" });

function roleProcedure(role: TRole) {
  return (
    baseProcedure
      .meta({ role })
      .use(({ ctx, next, path }) => {
        if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Войдите в систему" });
        // After an administrator's reset the temporary password opens only auth.* (changePassword, me, signOut).
        if (ctx.user.mustChangePassword && !path.startsWith("auth.")) {
          throw new TRPCError({ code: "FORBIDDEN", message: "Смените временный пароль, чтобы продолжить работу" });
        }
        if (!hasRole(ctx.user.role, role)) throw new TRPCError({ code: "FORBIDDEN", message: "Недостаточно прав для этого действия" });
        return next({ ctx: { ...ctx, user: ctx.user } });
      })
      // After the role check: a refused call never waits in the queue.
      .use(queueHeavyReads)
  );
}

/** Officials: read everything. */
export const viewerProcedure = roleProcedure("VIEWER");
/** Analysts: viewer plus data exports. */
export const analystProcedure = roleProcedure("ANALYST");
/** Staff: create and edit records. */
export const editorProcedure = roleProcedure("EDITOR");
/** Administrators: users, reference lists, deletes and restores. */
export const adminProcedure = roleProcedure("ADMIN");
