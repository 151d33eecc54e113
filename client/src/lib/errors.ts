// Reading the details the server's errorFormatter adds (server/src/trpc.ts):
// data.code, data.httpStatus, data.key and data.params (what went wrong, by a stable
// key), data.fieldErrors (path → keyed problems), data.retryAfterSeconds on 429/503
// and, on CONFLICT, data.current. Text comes only from keys, through i18next, in the
// interface language; the server's message (Russian, for logs) is never shown.
import { TRPCClientError } from "@trpc/client";
import { isCalendarDay, formatTypedDay } from "@atlas/shared/calendar-day";
import { groupedFrom, type ErrorParams, type FieldProblem } from "@atlas/shared/error-keys";
import { zodIssueText } from "@atlas/shared/validation-locale";
import { currentLanguage, i18n, intlLocale } from "./i18n.ts";

type ErrorData = {
  code?: string;
  httpStatus?: number;
  key?: string;
  params?: ErrorParams;
  fieldErrors?: Record<string, FieldProblem[]> | null;
  current?: unknown;
  retryAfterSeconds?: number | null;
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

/** Days among the parameters read as dates of the interface language (13.11.2024, 13/11/2024), big counts grouped (200 000, 200,000). */
function localParams(params: ErrorParams = {}): ErrorParams {
  const language = currentLanguage();
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" && isCalendarDay(value)) {
      out[name] =
        language === "ru"
          ? formatTypedDay(value)
          : new Intl.DateTimeFormat(intlLocale(language), { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(
              new Date(`${value}T00:00:00Z`),
            );
    } else if (typeof value === "number" && Math.abs(value) >= groupedFrom) {
      out[name] = value.toLocaleString(intlLocale(language));
    } else {
      out[name] = value;
    }
  }
  return out;
}

/**
 * The text of one keyed problem in the interface language. A key the client does not
 * know (a newer server) gives the generic message naming the key, never Russian text.
 */
export function problemText(found: { key: string; params?: ErrorParams }): string {
  if (found.key === "validation.zodIssue") return zodIssueText(found.params ?? {}, currentLanguage()) || i18n.t("errors.validation.zodIssue");
  const key = `errors.${found.key}`;
  if (!i18n.exists(key)) return i18n.t("errors.unknownKey", { key: found.key });
  return i18n.t(key as "errors.generic", localParams(found.params) as Record<string, unknown>);
}

/**
 * What to tell the user about a failed request: no connection, or the server's key in
 * the interface language; anything without a key (a refusal outside tRPC, a broken
 * answer) is the generic message.
 */
export function errorText(error: unknown): string {
  if (isNetworkError(error)) return i18n.t("errors.network");
  const data = dataOf(error);
  if (!data?.key) return i18n.t("errors.generic");
  return problemText({ key: data.key, params: data.params ?? {} });
}

/** Field messages keyed by the form's own field names, in the interface language: the "data." of update inputs is dropped. */
export function serverFieldErrors(error: unknown, prefix = "data."): Record<string, string[]> {
  const raw = dataOf(error)?.fieldErrors ?? {};
  const out: Record<string, string[]> = {};
  for (const [path, problems] of Object.entries(raw)) {
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    (out[key] ??= []).push(...problems.map(problemText));
  }
  return out;
}

export function conflictCurrent(error: unknown): unknown {
  return dataOf(error)?.current ?? null;
}

/** Seconds to wait after a 429 or a busy 503: the answer's retryAfterSeconds field. */
export function retryAfterSeconds(error: unknown): number | null {
  const seconds = dataOf(error)?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : null;
}

/** A request that never reached the server (offline, server down). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TRPCClientError && !error.data && /fetch|network/i.test(error.message);
}
