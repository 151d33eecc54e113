// The duplicate guard of the forms (findSimilarPartners, findSimilarPeople) for all the
// names of a file in one query each: the same conditions, scores, order and limit per
// name, run over an array of names by a lateral join instead of one round trip per row,
// which made a file of thousands of rows outlast the request. Only what the import
// shows of a match is read.
import { normalizeSearchText } from "@atlas/shared/search-text";
import { latinSkeleton } from "@atlas/shared/russian-text";
import { Prisma, type PrismaClient } from "../../db.ts";
import { coreName, coreSql, maxSuggestions, similarNameThreshold, useSimilarityThreshold } from "../partner/find-similar-partners.ts";

export type SimilarPartner = { id: string; name: string; exact: boolean };
export type SimilarPerson = { fullName: string; exact: boolean };
/** A person's name as the guard is asked about it: with the partner it is checked within, if any. */
export type PersonQuery = { fullName: string; partnerId: string | null };

/** The partners similar to each of `names`, in the order of `names` (as findSimilarPartners without level or exclusion). */
export async function similarPartnersOfNames(prisma: PrismaClient, names: readonly string[]): Promise<SimilarPartner[][]> {
  if (names.length === 0) return [];
  const qs = names.map((name) => normalizeSearchText(name));
  const cores = qs.map(coreName);
  const rows = await prisma.$transaction(async (tx) => {
    await useSimilarityThreshold(tx);
    return tx.$queryRaw<Array<SimilarPartner & { i: number }>>`
      SELECT (q.i - 1)::int AS i, s.id, s.name, s.exact
      FROM unnest(${qs}::text[], ${cores}::text[]) WITH ORDINALITY AS q(name, core, i)
      CROSS JOIN LATERAL (
        SELECT p.id::text AS id, p.name,
               (CASE WHEN n.name = q.name OR q.name = ANY(p."searchAliases") THEN 1 ELSE similarity(${coreSql(Prisma.sql`n.name`)}, q.core) END)::float8 AS score,
               (n.name = q.name OR q.name = ANY(p."searchAliases")) AS exact
        FROM "Partner" p
        CROSS JOIN LATERAL (SELECT left(p."searchText", char_length(p.name)) AS name) n
        WHERE p."deletedAt" IS NULL
          AND (q.name <% p."searchText" OR q.name = ANY(p."searchAliases"))
          AND (n.name = q.name OR q.name = ANY(p."searchAliases") OR similarity(${coreSql(Prisma.sql`n.name`)}, q.core) >= ${similarNameThreshold})
        ORDER BY score DESC, p.name, p.id
        LIMIT ${maxSuggestions}
      ) s
      ORDER BY q.i, s.score DESC, s.name, s.id`;
  });
  return groupByIndex(names.length, rows);
}

/** The people similar to each query, in the order of `queries` (as findSimilarPeople without exclusion). */
export async function similarPeopleOfNames(prisma: PrismaClient, queries: readonly PersonQuery[]): Promise<SimilarPerson[][]> {
  if (queries.length === 0) return [];
  const qs = queries.map((query) => normalizeSearchText(query.fullName));
  const latins = queries.map((query) => latinSkeleton(query.fullName));
  // An array parameter holds no nulls here: "" stands for «no partner».
  const partnerIds = queries.map((query) => query.partnerId ?? "");
  const rows = await prisma.$transaction(async (tx) => {
    await useSimilarityThreshold(tx);
    return tx.$queryRaw<Array<SimilarPerson & { i: number }>>`
      SELECT (q.i - 1)::int AS i, s."fullName", s.exact
      FROM unnest(${qs}::text[], ${latins}::text[], ${partnerIds}::text[]) WITH ORDINALITY AS q(name, latin, "partnerId", i)
      CROSS JOIN LATERAL (
        SELECT p.id, p."fullName",
               (CASE WHEN n.name = q.name THEN 1 ELSE GREATEST(similarity(n.name, q.name), similarity(atlas_latin_skeleton(p."fullName"), q.latin)) END)::float8 AS score,
               n.name = q.name AS exact
        FROM "Person" p
        CROSS JOIN LATERAL (SELECT left(p."searchText", char_length(p."fullName")) AS name) n
        WHERE p."deletedAt" IS NULL
          AND (q.name <% p."searchText" OR q.latin <% p."searchText")
          AND (n.name = q.name OR similarity(n.name, q.name) >= ${similarNameThreshold}
               OR similarity(atlas_latin_skeleton(p."fullName"), q.latin) >= ${similarNameThreshold})
          AND (q."partnerId" = '' OR p."partnerId" = NULLIF(q."partnerId", '')::uuid OR p."partnerId" IS NULL)
        ORDER BY score DESC, p."fullName", p.id
        LIMIT ${maxSuggestions}
      ) s
      ORDER BY q.i, s.score DESC, s."fullName", s.id`;
  });
  return groupByIndex(queries.length, rows);
}

function groupByIndex<T>(count: number, rows: Array<T & { i: number }>): T[][] {
  const groups = Array.from({ length: count }, (): T[] => []);
  for (const { i, ...row } of rows) groups[i]!.push(row as unknown as T);
  return groups;
}
