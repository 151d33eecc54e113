import type { z } from "zod";
import type { TSimilarPartner, ZFindSimilarPartnersInput } from "@atlas/shared/partner";
import { normalizeSearchText } from "@atlas/shared/search-text";
import type { PrismaClient, Tx } from "../../db.ts";

/** Below this trigram similarity a name is not offered as a possible duplicate. */
export const similarNameThreshold = 0.45;
const maxSuggestions = 5;

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
export async function findSimilarPartners({
  prisma,
  input,
}: {
  prisma: PrismaClient;
  input: z.output<typeof ZFindSimilarPartnersInput>;
}): Promise<TSimilarPartner[]> {
  const q = normalizeSearchText(input.name);
  const level = input.level ?? null;
  const excludeId = input.excludeId ?? null;
  const rows = await prisma.$transaction(async (tx) => {
    await useSimilarityThreshold(tx);
    return tx.$queryRaw<Row[]>`
      SELECT p.id::text AS id, p.name, p."nameEn", p.level::text AS level, p."isoCode",
             parent.id::text AS "parentId", parent.name AS "parentName",
             (CASE WHEN n.name = ${q} THEN 1 ELSE similarity(n.name, ${q}) END)::float8 AS score,
             n.name = ${q} AS exact
      FROM "Partner" p
      CROSS JOIN LATERAL (SELECT left(p."searchText", char_length(p.name)) AS name) n
      LEFT JOIN "Partner" parent ON parent.id = p."parentId"
      WHERE p."deletedAt" IS NULL
        AND ${q} <% p."searchText"
        AND (n.name = ${q} OR similarity(n.name, ${q}) >= ${similarNameThreshold})
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
