import type { z } from "zod";
import type { TSimilarPerson, ZFindSimilarPeopleInput } from "@atlas/shared/person";
import { normalizeSearchText } from "@atlas/shared/search-text";
import { latinSkeleton } from "@atlas/shared/russian-text";
import { roundScore, similarNameThreshold, useSimilarityThreshold } from "../partner/find-similar-partners.ts";
import type { ReadCall } from "../common/service-call.ts";

const maxSuggestions = 5;

type Row = {
  id: string;
  fullName: string;
  post: string | null;
  organisation: string | null;
  side: TSimilarPerson["side"];
  partnerId: string | null;
  partnerName: string | null;
  score: number;
  exact: boolean;
};

/**
 * Existing people whose full name looks like `fullName`: the same once normalised, or
 * trigram-similar (trigrams ignore word order, so "Касым-Жомарт Токаев" finds
 * "Токаев Касым-Жомарт Кемелевич"), best first. As for partners, the normalised
 * name is the start of searchText (searchTextOf.person puts the full name first).
 */
export async function findSimilarPeople({ prisma, input }: ReadCall<z.output<typeof ZFindSimilarPeopleInput>>): Promise<TSimilarPerson[]> {
  const q = normalizeSearchText(input.fullName);
  // The name in Latin skeleton: «Yuri Lilein» meets «Юрий Лилейн», whose searchText holds
  // "iuri lilein" (searchTextOf.person); atlas_latin_skeleton is the same rule in SQL
  // (migration 20261204221155_partner_aliases).
  const qLatin = latinSkeleton(input.fullName);
  const partnerId = input.partnerId ?? null;
  const excludeId = input.excludeId ?? null;
  const rows = await prisma.$transaction(async (tx) => {
    await useSimilarityThreshold(tx);
    return tx.$queryRaw<Row[]>`
      SELECT p.id::text AS id, p."fullName", p.post, p.organisation, p.side::text AS side,
             partner.id::text AS "partnerId", partner.name AS "partnerName",
             (CASE WHEN n.name = ${q} THEN 1 ELSE GREATEST(similarity(n.name, ${q}), similarity(atlas_latin_skeleton(p."fullName"), ${qLatin})) END)::float8 AS score,
             n.name = ${q} AS exact
      FROM "Person" p
      CROSS JOIN LATERAL (SELECT left(p."searchText", char_length(p."fullName")) AS name) n
      LEFT JOIN "Partner" partner ON partner.id = p."partnerId"
      WHERE p."deletedAt" IS NULL
        AND (${q} <% p."searchText" OR ${qLatin} <% p."searchText")
        AND (n.name = ${q} OR similarity(n.name, ${q}) >= ${similarNameThreshold}
             OR similarity(atlas_latin_skeleton(p."fullName"), ${qLatin}) >= ${similarNameThreshold})
        AND (${partnerId}::uuid IS NULL OR p."partnerId" = ${partnerId}::uuid OR p."partnerId" IS NULL)
        AND (${excludeId}::uuid IS NULL OR p.id <> ${excludeId}::uuid)
      ORDER BY score DESC, p."fullName", p.id
      LIMIT ${maxSuggestions}`;
  });
  return rows.map(({ partnerId: id, partnerName, score, ...person }) => ({
    ...person,
    partner: id && partnerName !== null ? { id, name: partnerName } : null,
    score: roundScore(score),
  }));
}
