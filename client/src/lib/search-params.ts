// How typed search params look in the address bar: plain `key=value` pairs, lists
// comma-separated (?level=COUNTRY,REGION&q=казахстан) instead of the router's default
// JSON, so a shared link stays readable. Each route's validateSearch turns the
// strings back into typed values. Days are already `YYYY-MM-DD` strings in a search
// (never Date objects, whose day would depend on a time zone).
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
  const items = [...new Set(parts.map((p) => p.trim()).filter(Boolean))]
    .map(accept)
    .filter((v): v is T => v !== undefined);
  return items.length ? items : undefined;
}
