// Text search that understands Russian, shared by every list, the dashboard's SQL and
// the global search. A query becomes words; every word must match, and a word matches
// when the record's `searchText` (lower case, ё → е, built by searchTextOf) contains
//   - its stem («Деда Мороза» → "дед", "мороз": every word form of the name), or
//   - for a word in Latin letters, its Latin skeleton ("Yuri" → "iuri"), which
//     searchTextOf adds for the names of people and partners, or
//   - the words of a partner's name when the query word is one of its aliases
//     («КНР» → "кита", «Алма-Ата» → "алмат").
// Each alternative is a substring test, which the trigram GIN indexes on searchText
// answer (hand-written migrations), so a list's filter stays one indexed condition.
import { normalizeSearchText } from "@atlas/shared/search-text";
import { genericPlaceWords, isLatinWord, latinSkeleton, russianStopWords, stemOf } from "@atlas/shared/russian-text";
import { Prisma } from "@atlas/db/generated/prisma/client";
import type { Tx } from "../../db.ts";

/** Every word must match (AND); a word matches by any alternative (OR); an alternative is substrings that must all occur. */
export type TextQuery = Array<Array<string[]>>;

/** The longest query that is read: a pasted paragraph is cut, not refused. */
const maxWords = 12;

/** The words a query is made of: normalised, stop words left out (unless nothing else is left). */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = normalizeSearchText(q)
    .split(" ")
    .map((w) => w.replace(/^[«»"'(),.:;!?]+|[«»"'(),.:;!?]+$/g, ""))
    .filter(Boolean);
  const meaningful = words.filter((w) => !russianStopWords.has(w));
  return (meaningful.length ? meaningful : words).slice(0, maxWords);
}

/** The stems that stand for a partner's name in a search: its words, generic ones («область») aside. */
export function nameStems(name: string): string[] {
  const words = queryWords(name);
  const specific = words.filter((w) => !genericPlaceWords.has(w));
  return (specific.length ? specific : words).map(stemOf);
}

function alternativesOf(word: string): string[][] {
  const alternatives: string[][] = [[stemOf(word)]];
  if (isLatinWord(word)) {
    const skeleton = latinSkeleton(word);
    if (skeleton && skeleton !== word) alternatives.push([skeleton]);
  }
  return alternatives;
}

/**
 * Reads a query. Aliases are looked up in one indexed query (Partner.searchAliases holds
 * the normalised aliases): a word, or the whole query, that is a partner's alias also
 * matches that partner's name.
 */
export async function parseTextQuery(tx: Tx, q: string | undefined): Promise<TextQuery> {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const phrase = words.join(" ");
  const candidates = [...new Set([phrase, ...words])];
  const hits = await tx.partner.findMany({
    where: { deletedAt: null, searchAliases: { hasSome: candidates } },
    select: { name: true, aliases: true, searchAliases: true },
    take: 20,
  });
  // The partner's name and every other alias it has: «КНР» also finds «Китая» and «Китайской Народной Республики».
  const namesFor = (alias: string) =>
    hits.filter((h) => h.searchAliases.includes(alias)).flatMap((h) => [h.name, ...h.aliases].map(nameStems).filter((stems) => stems.join(" ") !== alias));
  const query: TextQuery = words.map((word) => [...alternativesOf(word), ...(words.length > 1 ? namesFor(word) : [])]);
  const phraseNames = namesFor(phrase);
  if (phraseNames.length === 0) return query;
  // The whole query is an alias («Южная Корея»): either its own words or the partner's name match.
  return [[...cartesian(query), ...phraseNames]];
}

/** One alternative per way of matching every word (bounded: aliases of long phrases are rare). */
function cartesian(query: TextQuery): string[][] {
  return query.reduce<string[][]>((acc, word) => acc.flatMap((prefix) => word.map((alt) => [...prefix, ...alt])).slice(0, 32), [[]]);
}

/** The query as a Prisma condition on a model's `searchText`, to put into `AND`. */
export function textWhere(query: TextQuery): Array<{ OR: Array<{ AND: Array<{ searchText: { contains: string } }> }> }> {
  return query.map((alternatives) => ({ OR: alternatives.map((parts) => ({ AND: parts.map((part) => ({ searchText: { contains: part } })) })) }));
}

/** The query as SQL conditions on a `searchText` column, for the dashboard's raw queries. */
export function textSql(column: Prisma.Sql, query: TextQuery): Prisma.Sql[] {
  const like = (part: string) => Prisma.sql`${column} LIKE ${`%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
  return query.map(
    (alternatives) =>
      Prisma.sql`(${Prisma.join(
        alternatives.map((parts) => Prisma.sql`(${Prisma.join(parts.map(like), " AND ")})`),
        " OR ",
      )})`,
  );
}

/** parseTextQuery then textWhere: the one line a list service needs. */
export async function textCondition(tx: Tx, q: string | undefined) {
  return textWhere(await parseTextQuery(tx, q));
}
