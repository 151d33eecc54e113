import { latinSkeleton } from "./russian-text.ts";

/**
 * What a user typed or pasted into a search field, as text the server can take: U+0000 and
 * the other control characters become spaces, and a surrogate half without its partner is
 * dropped. Such characters match nothing a search could find, while the server refuses them
 * in any input (server/src/input-text.ts) — a search must not fail on them.
 */
export function searchableQuery(typed: string): string {
  return typed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

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

type Text = string | null | undefined;

/** A Cyrillic name's Latin skeleton, so «Yuri Lilein» finds «Юрий Лилейн» (russian-text.ts). */
const latinOf = (name: string): string | null => (/[а-яё]/i.test(name) ? latinSkeleton(name) : null);

/** Aliases as Partner.searchAliases holds them: normalised, empty and repeated ones left out. */
export function searchAliasesOf(aliases: readonly string[] | null | undefined): string[] {
  return [...new Set((aliases ?? []).map((a) => normalizeSearchText(a)).filter(Boolean))];
}

/**
 * What each entity's `searchText` column holds. Services and the seed both build it
 * from here, so a record is found the same way however it was written.
 */
export const searchTextOf = {
  /** The name first (the duplicate guard reads it from the start), then aliases and the Latin skeleton. */
  partner: (p: { name: string; nameEn?: Text; isoCode?: Text; aliases?: readonly string[] | null }) =>
    normalizeSearchText(p.name, p.nameEn, p.isoCode, ...(p.aliases ?? []), latinOf(p.name)),
  person: (p: { fullName: string; fullNameEn?: Text; post?: Text; organisation?: Text }) =>
    normalizeSearchText(p.fullName, p.fullNameEn, p.post, p.organisation, latinOf(p.fullName)),
  interaction: (i: { title: string; place?: Text; summary?: Text; outcomes?: Text }) => normalizeSearchText(i.title, i.place, i.summary, i.outcomes),
  agreement: (a: { title: string; summary?: Text; registrationNumber?: Text }) => normalizeSearchText(a.title, a.summary, a.registrationNumber),
  project: (p: { title: string; summary?: Text }) => normalizeSearchText(p.title, p.summary),
  event: (e: { title: string; place?: Text; description?: Text }) => normalizeSearchText(e.title, e.place, e.description),
  followUp: (f: { title: string; details?: Text }) => normalizeSearchText(f.title, f.details),
  /** Only the start of a long text: enough to find it, without bloating the trigram index. */
  source: (s: { title: string; outlet?: Text; text?: Text }) => normalizeSearchText(s.title, s.outlet, s.text?.slice(0, 2000)),
};
