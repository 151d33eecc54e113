import { z } from "zod";
import type { ErrorParams } from "./error-keys.ts";

/** Zod's own messages (for checks without a custom message) in the interface language. */
export function setValidationLocale(language: "ru" | "en"): void {
  z.config(language === "ru" ? z.locales.ru() : z.locales.en());
}

/** Issue fields the server flattens to text (error-keys.ts issueParams) that zod's wording reads as booleans or lists. */
const booleanFields = ["inclusive", "exact", "continue", "abort"];

/**
 * Zod's wording, in the language setValidationLocale chose, of an issue the server sent
 * as validation.zodIssue (its code and limits as params): a check without a key of its
 * own reads the same in the client's language whether the server or the form found it.
 */
export function zodIssueText(params: ErrorParams, language: "ru" | "en"): string {
  const issue: Record<string, unknown> = { ...params };
  for (const field of booleanFields) if (field in issue) issue[field] = issue[field] === "true";
  if (typeof issue.values === "string") issue.values = issue.values.split(", ");
  if (typeof issue.keys === "string") issue.keys = issue.keys.split(", ");
  const locale = language === "ru" ? z.locales.ru() : z.locales.en();
  const worded = locale.localeError(issue as unknown as Parameters<typeof locale.localeError>[0]);
  const text = typeof worded === "string" ? worded : worded?.message;
  return text ?? "";
}
