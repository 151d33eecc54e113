// Domain errors. Services throw AppError and know nothing about tRPC; the procedure
// layer (trpc.ts) turns them, and known database errors, into tRPC codes.
import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { Prisma } from "@atlas/db/generated/prisma/client";
import { russianErrorText, type ErrorKey, type ErrorParams, type FieldErrors } from "@atlas/shared/error-keys";

export type { ErrorKey, ErrorParams, FieldErrors, FieldProblem } from "@atlas/shared/error-keys";
export { problem } from "@atlas/shared/error-keys";

export type AppErrorCode = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHORIZED" | "TOO_MANY_REQUESTS";

/**
 * A refusal the user is meant to read: a stable key and its parameters, which the client
 * words in the interface language; the message is the Russian text, for logs and API users.
 */
export class AppError extends Error {
  readonly params: ErrorParams;
  constructor(
    readonly code: AppErrorCode,
    readonly key: ErrorKey,
    readonly details: { params?: ErrorParams; fieldErrors?: FieldErrors; current?: unknown } = {},
  ) {
    super(russianErrorText(key, details.params));
    this.params = details.params ?? {};
  }
}

/** The records a NOT_FOUND can name; each has its own key (recordNotFound.partner, …). */
export type RecordKind = keyof typeof import("@atlas/shared/error-keys").errorMessagesRu.recordNotFound;

export const notFound = (kind: RecordKind, id: string) => new AppError("NOT_FOUND", `recordNotFound.${kind}`, { params: { id } });

/** How long a client is asked to wait (Retry-After) when the database has no connection to spare. */
export const busyRetryAfterSeconds = 5;

/**
 * The database could not hand out a connection or start a transaction in time (pool
 * exhausted, server refusing connections). Not a fault of the request: the answer is
 * 503 with Retry-After, so clients and proxies back off instead of reporting a bug.
 */
export class DatabaseBusyError extends Error {
  readonly retryAfterSeconds = busyRetryAfterSeconds;
  readonly key: ErrorKey = "request.busy";
  readonly params: ErrorParams = { seconds: busyRetryAfterSeconds };
  constructor(readonly original: unknown) {
    super(russianErrorText("request.busy", { seconds: busyRetryAfterSeconds }));
  }
}

/** "No connection for you now": PostgreSQL's too_many_connections and cannot_connect_now, or a refused connect. */
const busyCodes = new Set(["53300", "57P03", "ECONNREFUSED"]);
/**
 * pg-pool's queue timeout and pg's connect timeout carry no code, only these messages.
 * P2028 is also Prisma's code for misuse of a finished transaction, so only its two
 * time-outs count: waiting longer than maxWait to start, and running past `timeout`.
 */
const busyMessages =
  /timeout exceeded when trying to connect|Connection terminated due to connection timeout|Unable to start a transaction in the given time|expired transaction/;

/** True when the error (or one it wraps) says the database is out of connections or transaction slots. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof Prisma.PrismaClientKnownRequestError && current.code === "P2024") return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && busyCodes.has(code)) return true;
    if (busyMessages.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

/** What an answer carries when the client should wait: the sign-in limit or a busy database. */
export function retryAfterSecondsOf(cause: unknown): number | null {
  const seconds = (cause as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds;
  return cause instanceof Error && typeof seconds === "number" ? seconds : null;
}

const incidentIds = new WeakMap<object, string>();

/**
 * A short random id for one unexpected failure: the answer shows only the id, the log
 * holds the detail under the same id, so a user's report leads to the log line. Kept per
 * error object, so every place that handles the same error (tRPC's onError and its
 * error formatter, Fastify's error handler) names the same id.
 */
export function incidentIdOf(error: object): string {
  let id = incidentIds.get(error);
  if (!id) {
    id = randomBytes(4).toString("hex");
    incidentIds.set(error, id);
  }
  return id;
}

/** All an answer says about an unexpected failure: no message, stack, path or SQL of the original. */
export const internalErrorMessage = (incidentId: string) => russianErrorText("request.internal", { incident: incidentId });

const fromAppError = (error: AppError) => new TRPCError({ code: error.code, message: error.message, cause: error });

/** Turns what a service or Prisma threw into a TRPCError with the right HTTP status. */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return null;
  if (error instanceof AppError) return fromAppError(error);
  if (isDatabaseBusy(error)) {
    const busy = new DatabaseBusyError(error);
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: busy.message, cause: busy });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const target = String((error.meta as { target?: unknown; field_name?: unknown } | undefined)?.target ?? "");
    switch (error.code) {
      case "P2002":
        return fromAppError(new AppError("CONFLICT", "request.duplicate", target ? { params: { target } } : {}));
      case "P2003":
        return fromAppError(new AppError("BAD_REQUEST", "request.badReference"));
      case "P2025":
        return fromAppError(new AppError("NOT_FOUND", "request.recordMissing"));
    }
  }
  return null;
}
