import type { z } from "zod";
import type { TSimilarPartner, ZFindSimilarPartnersInput } from "@atlas/shared/partner";
import { normalizeSearchText } from "@atlas/shared/search-text";
import { genericPlaceWords } from "@atlas/shared/russian-text";
import { Prisma, type Tx } from "../../db.ts";
import type { ReadCall } from "../common/service-call.ts";

/** Below this trigram similarity a name is not offered as a possible duplicate. */
export const similarNameThreshold = 0.45;
export const maxSuggestions = 5;

/**
 * Lets the trigram index pre-select candidates: `q <% "searchText"` (word similarity
 * of the name to any stretch of the searchText) is what the GIN index answers, and
 * it is never below the similarity to the name alone, so it loses no match. SET LOCAL
 * keeps the setting inside the caller's transaction.
 */
export async function useSimilarityThreshold(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(similarNameThreshold)}, true)`;
}

export const roundScore = (score: number) => Math.round(score * 100) / 100;

const genericWords = [...genericPlaceWords].filter((w) => /^[а-яa-z]+$/.test(w));

/** A normalised name without its generic words; the name itself when nothing else is left. */
export function coreName(normalised: string): string {
  const words = normalised.split(" ").filter((w) => !genericPlaceWords.has(w));
  return words.length ? words.join(" ") : normalised;
}

/** coreName in SQL, for the stored names (space-delimited, so no locale-dependent word boundaries). */
export function coreSql(name: Prisma.Sql): Prisma.Sql {
  const pattern = ` (${genericWords.join("|")})(?= )`;
  return Prisma.sql`COALESCE(NULLIF(btrim(regexp_replace(' ' || ${name} || ' ', ${pattern}, ' ', 'g')), ''), ${name})`;
}

type Row = {
  id: string;
  name: string;
  nameEn: string | null;
  level: TSimilarPartner["level"];
  isoCode: string | null;
  parentId: string | null;
  parentName: string | null;
  score: number;
  exact: boolean;
};

/**
 * Existing partners whose name looks like `name`: the same once normalised (case,
 * ё/е, spaces), or trigram-similar, best first. The normalised name is the start of
 * searchText (searchTextOf.partner puts the name first), so the comparison uses the
 * application's normalisation rather than the database locale's lower().
 */
export async function findSimilarPartners({ prisma, input }: ReadCall<z.output<typeof ZFindSimilarPartnersInput>>): Promise<TSimilarPartner[]> {
  const q = normalizeSearchText(input.name);
  // Compared without the words that only name the type of place («Московская область»
  // and «Мурманская область» share nothing but «область»).
  const qCore = coreName(q);
  const level = input.level ?? null;
  const excludeId = input.excludeId ?? null;
  const rows = await prisma.$transaction(async (tx) => {
    await useSimilarityThreshold(tx);
    return tx.$queryRaw<Row[]>`
      SELECT p.id::text AS id, p.name, p."nameEn", p.level::text AS level, p."isoCode",
             parent.id::text AS "parentId", parent.name AS "parentName",
             (CASE WHEN n.name = ${q} OR ${q} = ANY(p."searchAliases") THEN 1 ELSE similarity(${coreSql(Prisma.sql`n.name`)}, ${qCore}) END)::float8 AS score,
             (n.name = ${q} OR ${q} = ANY(p."searchAliases")) AS exact
      FROM "Partner" p
      CROSS JOIN LATERAL (SELECT left(p."searchText", char_length(p.name)) AS name) n
      LEFT JOIN "Partner" parent ON parent.id = p."parentId"
      WHERE p."deletedAt" IS NULL
        AND (${q} <% p."searchText" OR ${q} = ANY(p."searchAliases"))
        AND (n.name = ${q} OR ${q} = ANY(p."searchAliases") OR similarity(${coreSql(Prisma.sql`n.name`)}, ${qCore}) >= ${similarNameThreshold})
        AND (${level}::text IS NULL OR p.level::text = ${level}::text)
        AND (${excludeId}::uuid IS NULL OR p.id <> ${excludeId}::uuid)
      ORDER BY score DESC, p.name, p.id
      LIMIT ${maxSuggestions}`;
  });
  return rows.map(({ parentId, parentName, score, ...partner }) => ({
    ...partner,
    parent: parentId && parentName !== null ? { id: parentId, name: parentName } : null,
    score: roundScore(score),
  }));
}
