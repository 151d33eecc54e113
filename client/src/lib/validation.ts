// Client-side checks use the very schemas the server uses (shared/), and their
// messages land under the same fields as the server's fieldErrors, in the interface
// language: a shared schema's message is a key (error-keys.ts), zod's own wording
// already follows the language (setValidationLocale).
import type { z } from "zod";
import { isErrorKey, problemOfIssue } from "@atlas/shared/error-keys";
import { problemText } from "./errors.ts";

export type FieldErrors = Record<string, string[]>;

/** The text of one zod issue: its key translated, or zod's own message. */
export function issueText(issue: z.core.$ZodIssue): string {
  return isErrorKey(issue.message) ? problemText(problemOfIssue(issue)) : issue.message;
}

/** zod issues → messages per field; the path prefix of update inputs ("data.") is dropped. */
export function issuesToFieldErrors(error: z.ZodError, prefix = "data."): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    let key = issue.path.map(String).join(".") || "_";
    if (key.startsWith(prefix)) key = key.slice(prefix.length);
    (out[key] ??= []).push(issueText(issue));
  }
  return out;
}

/** What a form's `prepare` returns (lib/use-form.ts): what the schema made of the values, or its messages. */
export function checkWith<S extends z.ZodType>(schema: S, value: unknown, prefix = "data."): { input: z.output<S> } | { errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { input: parsed.data } : { errors: issuesToFieldErrors(parsed.error, prefix) };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((list) => list.length > 0);
}

/** Errors for fields the form does not show (e.g. "_" or "id") go to the form's general message. */
export function splitErrors(errors: FieldErrors, fields: readonly string[]): { fields: FieldErrors; other: string[] } {
  const known: FieldErrors = {};
  const other: string[] = [];
  for (const [key, list] of Object.entries(errors)) {
    const field = key.split(".")[0] ?? key;
    if (fields.includes(field)) (known[field] ??= []).push(...list);
    else other.push(...list);
  }
  return { fields: known, other };
}
