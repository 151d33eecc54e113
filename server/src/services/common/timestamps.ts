// The API is plain JSON: a service turns the instants of the rows it returns (createdAt,
// updatedAt, completedAt…) into ISO strings itself, so a createCaller in a test gets exactly
// what the web client gets. Calendar days never come here: they leave as 'YYYY-MM-DD'
// through calendar-day.ts before a row reaches these helpers.
import type { Timestamp } from "@atlas/shared/timestamp";

/** A row whose Date fields (at its top level) are timestamps. */
export type WithTimestamps<T> = { [K in keyof T]: Date extends T[K] ? Exclude<T[K], Date> | Timestamp : T[K] };

/**
 * The row with each of its own Date fields as `toISOString()`; nested rows (a
 * relation's list) are not walked, their service maps them with this too.
 */
export function withTimestamps<T extends object>(row: T): WithTimestamps<T> {
  const out = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (value instanceof Date) out[key] = value.toISOString();
  return out as WithTimestamps<T>;
}
