// The one place where tRPC is initialised. Every procedure is built from one of the
// role procedures below, so each declares the least role it needs (issue: accounts
// and roles); a test walks the router and fails on a procedure without one.
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { TRole } from "@atlas/shared/enums";
import { hasRole } from "@atlas/shared/auth";
import type { Context } from "./context.ts";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { problemOfIssue, russianErrorText, type ErrorKey, type ErrorParams } from "@atlas/shared/error-keys";
import { AppError, DatabaseBusyError, incidentIdOf, internalErrorMessage, retryAfterSecondsOf, toTRPCError, type FieldErrors } from "./errors.ts";
import { findBadText, textFieldErrors } from "./input-text.ts";
import { expensiveReads } from "./http/read-rate-limit.ts";

export type ProcedureMeta = { role: TRole | "PUBLIC" };

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (result[key] ??= []).push(problemOfIssue(issue));
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

/** A refusal raised here rather than in a service: its key rides on an AppError cause. */
function refusal(code: "UNAUTHORIZED" | "FORBIDDEN", key: ErrorKey): TRPCError {
  const cause = new AppError(code, key);
  return new TRPCError({ code, message: cause.message, cause });
}

/**
 * What the client gets besides code: the key and parameters it words in its language,
 * field errors (each a key with parameters), on CONFLICT the current record. The
 * message is the Russian text of the key, for logs and API users; the client never
 * reads it. An error without a key (tRPC's own: a wrong path, a bad batch) is
 * request.badRequest, and an unexpected failure request.internal with its incident id.
 */
export function errorDetails(error: TRPCError): {
  key: ErrorKey;
  params: ErrorParams;
  message: string;
  fieldErrors: FieldErrors | null;
  current: unknown;
} {
  if (isUnexpectedError(error)) {
    const incident = incidentIdOf(error);
    return { key: "request.internal", params: { incident }, message: internalErrorMessage(incident), fieldErrors: null, current: null };
  }
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors = fieldErrorsOf(cause);
    // A readable message instead of tRPC's JSON dump of the zod issues.
    const message =
      russianErrorText("request.checkFields") +
      ": " +
      Object.entries(fieldErrors)
        .map(([path, found]) => `${path} — ${found[0] ? russianErrorText(found[0].key, found[0].params) : ""}`)
        .join("; ");
    return { key: "request.checkFields", params: {}, message, fieldErrors, current: null };
  }
  if (cause instanceof AppError || cause instanceof DatabaseBusyError) {
    const fieldErrors = cause instanceof AppError ? (cause.details.fieldErrors ?? null) : null;
    const current = cause instanceof AppError ? (cause.details.current ?? null) : null;
    return { key: cause.key, params: cause.params, message: cause.message, fieldErrors, current };
  }
  return { key: "request.badRequest", params: {}, message: error.message, fieldErrors: null, current: null };
}

// No transformer: answers are plain JSON (issue 16; superjson cost 10–15 ms on the
// timeline and the dashboard). Services return what JSON carries as it is: calendar days
// as 'YYYY-MM-DD', instants as ISO strings (services/common/timestamps.ts), decimals as
// text; tests/api/plain-json.test.ts checks every procedure's output type for a Date.
const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const { key, params, message, fieldErrors, current } = errorDetails(error);
      // Stack traces stay in the server's log, never in an answer (nor, for unexpected
      // failures, the original message: errorDetails replaced it with an incident id).
      // On TOO_MANY_REQUESTS from sign-in and 503 from a busy database: when to try again
      // (also the Retry-After header).
      const retryAfterSeconds = retryAfterSecondsOf(error.cause);
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, message, data: { ...data, key, params, fieldErrors, current, retryAfterSeconds } };
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
    const cause = new AppError("BAD_REQUEST", "request.checkFields", { fieldErrors: textFieldErrors(problems) });
    throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
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
        if (!ctx.user) throw refusal("UNAUTHORIZED", "request.signInRequired");
        // After an administrator's reset the temporary password opens only auth.* (changePassword, me, signOut).
        if (ctx.user.mustChangePassword && !path.startsWith("auth.")) {
          throw refusal("FORBIDDEN", "request.changeTemporaryPassword");
        }
        if (!hasRole(ctx.user.role, role)) throw refusal("FORBIDDEN", "request.forbidden");
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
