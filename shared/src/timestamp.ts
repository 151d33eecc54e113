// An instant (when a record was created, changed, deleted; when someone signed in) as the
// API sends it: ISO 8601 in UTC with milliseconds, "2026-12-06T10:15:30.123Z", the text of
// `Date.prototype.toISOString()`. The API is plain JSON (no superjson), so an instant travels
// as this string; the database keeps timestamps to the millisecond (Prisma's timestamp(3)),
// so `new Date(timestamp)` gives back exactly the stored value.
// Business dates are not instants: they are calendar days (calendar-day.ts).

/** `YYYY-MM-DDTHH:mm:ss.sssZ` (UTC). */
export type Timestamp = string;

/** The text the API sends for an instant. */
export function toTimestamp(at: Date): Timestamp {
  return at.toISOString();
}

/** `toTimestamp` for a nullable column. */
export function timestampOrNull(at: Date | null | undefined): Timestamp | null {
  return at ? at.toISOString() : null;
}
