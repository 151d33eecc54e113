/**
 * The form in which text is stored in the `searchText` columns and in which search
 * terms are compared: lower case, with ё folded to е, so "Ёлка", "ЁЛКА" and "елка"
 * all match. Done in the application rather than in SQL so that it does not depend
 * on the database's locale.
 */
export function normalizeSearchText(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .join(" ")
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits a user's query into normalised words; every word must occur. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  return normalizeSearchText(query).split(" ").filter(Boolean);
}
