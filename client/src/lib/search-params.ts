// How typed search params look in the address bar: plain `key=value` pairs, lists
// comma-separated (?level=COUNTRY,REGION&q=казахстан) instead of the router's default
// JSON, so a shared link stays readable. Each route's validateSearch turns the
// strings back into typed values. Days are already `YYYY-MM-DD` strings in a search
// (never Date objects, whose day would depend on a time zone).
import { z } from "zod";
import { isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { searchableQuery } from "@atlas/shared/search-text";

export type RawSearch = Record<string, string>;

export function parseSearch(searchStr: string): RawSearch {
  const params = new URLSearchParams(searchStr.startsWith("?") ? searchStr.slice(1) : searchStr);
  const out: RawSearch = {};
  for (const [key, value] of params) out[key] = value;
  return out;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.map(String).join(","));
    } else if (typeof value === "object") {
      params.set(key, JSON.stringify(value));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** A comma-separated list, keeping only the items the schema accepts. */
export function listOf<T>(raw: unknown, accept: (item: string) => T | undefined): T[] | undefined {
  const parts = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? raw.split(",") : [];
  const items = [...new Set(parts.map((p) => p.trim()).filter(Boolean))].map(accept).filter((v): v is T => v !== undefined);
  return items.length ? items : undefined;
}

// Field schemas for the routes' `validateSearch` (zod, passed to the router as it is).
// Each turns whatever the address bar holds into a valid value or undefined — a broken
// value is dropped, never an error page — and accepts the typed value too, because the
// router validates the search of every navigation, not only the one typed in the bar.
// Each is optional as a whole: zod 4 runs no transform for an absent key (and would call
// one that may answer undefined "nonoptional").

/** Free text: without characters the server refuses (searchableQuery), trimmed, at most 200 characters, absent when empty. */
export const searchText = z
  .unknown()
  .transform((raw) => (typeof raw === "string" ? searchableQuery(raw).trim().slice(0, 200) : "") || undefined)
  .optional();

/** A real calendar day, YYYY-MM-DD, in the supported range (no 2024-02-30, no year 0). */
export const searchDay = z
  .unknown()
  .transform((raw): CalendarDay | undefined => (isCalendarDay(raw) ? raw : undefined))
  .optional();

/** A comma-separated list of the items `item` accepts (the others are dropped), at most `max`. */
export function searchList<T>(item: z.ZodType<T>, max = 50) {
  return z
    .unknown()
    .transform((raw) => listOf(raw, (v) => item.safeParse(v).data)?.slice(0, max))
    .optional();
}

/** One of `values`, or absent. */
export function searchOption<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

/** An on/off switch: present (as 1 or true) means on. */
export const searchFlag = z
  .unknown()
  .transform((raw): true | undefined => (raw === true || raw === "1" || raw === "true" ? true : undefined))
  .optional();

/** The search without its absent keys, so a parsed search equals the one that was written. */
export function compactSearch<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}

export type SortDirection = "asc" | "desc";
export type ListSort<F extends string> = { field: F; direction: SortDirection };
type Sorted<F extends string> = { sort?: F; dir?: SortDirection };

/**
 * A list's sort in the URL (`sort`, `dir`): each field has its natural direction (names
 * A→Я, dates newest first…), and the URL holds only what differs from the default, so
 * plain links stay plain. `defaultDirection` may depend on the rest of the search.
 */
export function listSortParams<F extends string, S extends object = object>(
  fields: readonly [F, ...F[]],
  defaultField: F,
  defaultDirection: (field: F, search: S) => SortDirection,
) {
  const current = (search: S & Sorted<F>): ListSort<F> => {
    const field = search.sort ?? defaultField;
    return { field, direction: search.dir ?? defaultDirection(field, search) };
  };
  /** The same search with a default sort or direction left out. */
  const withoutDefaults = <T extends S & Sorted<F>>(search: T): T => {
    const sort = search.sort === defaultField ? undefined : search.sort;
    const dir = search.dir === defaultDirection(sort ?? defaultField, search) ? undefined : search.dir;
    return compactSearch({ ...search, sort, dir });
  };
  /** A column header was clicked: the sorted column flips, another starts in its natural direction. */
  const clicked = <T extends S & Sorted<F>>(search: T, next: { key: F; direction: SortDirection }): T =>
    withoutDefaults({ ...search, sort: next.key, dir: next.key === current(search).field ? next.direction : defaultDirection(next.key, search) });
  return {
    shape: { sort: searchOption(fields), dir: searchOption(["asc", "desc"]) },
    current,
    withoutDefaults,
    clicked,
  };
}

/**
 * A route's search middleware that writes the search as its schema reads it. The router
 * validates a navigation's search but keeps every key the schema dropped, so without this
 * a default sort or a stale value passed in a link would stay in the address; with it,
 * whoever navigates, the URL holds only what differs from the defaults.
 */
export function writtenAs<T extends object>(schema: z.ZodType<T>) {
  return ({ search, next }: { search: T; next: (search: T) => T }): T => schema.parse(next(search));
}
