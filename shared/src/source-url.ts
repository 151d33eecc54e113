// One address, one source: the key a source's URL is stored under (Source.urlKey, unique
// among live sources). The same rules are written in SQL in the migration that added
// the key (prisma/migrations/*_source_url_keys): change both together.

/**
 * The URL as a key: trimmed; the #fragment dropped; scheme and host lower-cased and a
 * leading `www.` dropped; utm_* parameters dropped (the rest keep their order); trailing
 * slashes dropped. So «HTTPS://www.Gov35.ru/news/1/?utm_source=tg#top» and
 * «https://gov35.ru/news/1» are one key. Text not shaped scheme://host comes back
 * trimmed; empty text gives null.
 */
export function normalizeSourceUrl(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let s = raw.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, "");
  if (s === "") return null;
  s = s.split("#")[0]!;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?]*)(.*)$/s.exec(s);
  if (!m) return s;
  let host = m[2]!.toLowerCase();
  if (host.startsWith("www.")) host = host.slice(4);
  const rest = m[3]!;
  const q = rest.indexOf("?");
  let path = q >= 0 ? rest.slice(0, q) : rest;
  const query = q >= 0 ? rest.slice(q + 1) : "";
  const kept = query === "" ? [] : query.split("&").filter((part) => part !== "" && !part.toLowerCase().startsWith("utm_"));
  path = path.replace(/\/+$/, "");
  return `${m[1]!.toLowerCase()}://${host}${path}${kept.length > 0 ? `?${kept.join("&")}` : ""}`;
}
