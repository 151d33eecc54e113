// Reading the details the server's errorFormatter adds (server/src/trpc.ts):
// data.code, data.httpStatus, data.fieldErrors (path → messages) and, on CONFLICT, data.current.
import { TRPCClientError } from "@trpc/client";

type ErrorData = {
  code?: string;
  httpStatus?: number;
  fieldErrors?: Record<string, string[]> | null;
  current?: unknown;
  retryAfterSeconds?: number;
  retryAfter?: number;
};

function dataOf(error: unknown): ErrorData | null {
  if (error instanceof TRPCClientError) return (error.data ?? null) as ErrorData | null;
  return null;
}

export function errorCode(error: unknown): string | null {
  return dataOf(error)?.code ?? null;
}

export function httpStatusOf(error: unknown): number | null {
  return dataOf(error)?.httpStatus ?? null;
}

/** Field messages keyed by the form's own field names: the "data." of update inputs is dropped. */
export function serverFieldErrors(error: unknown, prefix = "data."): Record<string, string[]> {
  const raw = dataOf(error)?.fieldErrors ?? {};
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(raw)) {
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    (out[key] ??= []).push(...messages);
  }
  return out;
}

export function conflictCurrent(error: unknown): unknown {
  return dataOf(error)?.current ?? null;
}

export function serverMessage(error: unknown): string | null {
  if (error instanceof Error && error.message) return error.message;
  return null;
}

/** Seconds to wait after a 429, from the error data or, failing that, from the message ("… через 42 с"). */
export function retryAfterSeconds(error: unknown): number | null {
  const data = dataOf(error);
  const explicit = data?.retryAfterSeconds ?? data?.retryAfter;
  if (typeof explicit === "number" && Number.isFinite(explicit)) return Math.max(1, Math.ceil(explicit));
  const message = serverMessage(error) ?? "";
  const minutes = /(\d+)\s*(мин|min)/i.exec(message);
  if (minutes) return Number(minutes[1]) * 60;
  const seconds = /(\d+)\s*(с\b|сек|s\b|sec)/i.exec(message);
  if (seconds) return Number(seconds[1]);
  return null;
}

/** A request that never reached the server (offline, server down). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TRPCClientError && !error.data && /fetch|network/i.test(error.message);
}
