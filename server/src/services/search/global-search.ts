// One search over partners, people, meetings, agreements, events, projects and
// sources. Each type is one indexed query: the words in their forms (common/text-search)
// or, for typos, trigram strict word similarity (`<<%`, the GIN index on searchText; not for
// meetings and sources, which grow with the history). Results rank: the name
// is the query, then every word matched, then only similar.
import type { z } from "zod";
import { normalizeSearchText } from "@atlas/shared/search-text";
import type { TGlobalSearchHit, TGlobalSearchResult, TGlobalSearchType, TSearchMatch, ZGlobalSearchInput } from "@atlas/shared/search";
import { utcDateToDay } from "@atlas/shared/calendar-day";
import type { TAgreementStage } from "@atlas/shared/enums";
import { Prisma, type PrismaClient, type Tx } from "../../db.ts";
import { parseTextQuery, textSql, type TextQuery } from "../common/text-search.ts";

type Source = {
  type: TGlobalSearchType;
  table: string;
  title: string;
  subtitle: string;
  day: string | null;
  /**
   * Large tables (a region's meetings grow by the thousand, and the press sources with
   * them) take the most recent candidates first and rank those, with no typo arm: ranking
   * every match of a common word, or testing similarity on every row that shares the
   * query's trigrams, would cost as much as the history. Small tables rank all their
   * matches. `column` is the day; `order` the candidates' order, an index's where one serves.
   */
  recentFirst: { column: string; order: string } | null;
};

const sources: Source[] = [
  { type: "partner", table: "Partner", title: `t.name`, subtitle: `(SELECT p.name FROM "Partner" p WHERE p.id = t."parentId")`, day: null, recentFirst: null },
  { type: "person", table: "Person", title: `t."fullName"`, subtitle: `concat_ws(', ', t.post, t.organisation)`, day: null, recentFirst: null },
  {
    type: "meeting",
    table: "Interaction",
    title: `t.title`,
    subtitle: `t.place`,
    day: `t."startsAt"`,
    // The date index's own order, read backwards (with NULLS LAST, PostgreSQL sorted every match
    // instead: 770 ms for «визит» at a million meetings).
    recentFirst: { column: `t."startsAt"`, order: `t."startsAt" DESC, t.id DESC` },
  },
  { type: "agreement", table: "Agreement", title: `t.title`, subtitle: `NULL::text`, day: `t."stageChangedAt"`, recentFirst: null },
  { type: "event", table: "Event", title: `t.title`, subtitle: `t.place`, day: `t."startsAt"`, recentFirst: null },
  {
    type: "project",
    table: "Project",
    title: `t.title`,
    subtitle: `(SELECT p.name FROM "Partner" p WHERE p.id = t."partnerId")`,
    day: null,
    recentFirst: null,
  },
  {
    type: "source",
    table: "Source",
    title: `t.title`,
    subtitle: `t.outlet`,
    day: `t."publishedAt"`,
    // Some 4 % of the meetings at the generator's sizes: the typo arm took 310 ms for «сокол» at 40,000.
    recentFirst: { column: `t."publishedAt"`, order: `t."publishedAt" DESC NULLS LAST, t.id DESC` },
  },
];

/** How many recent candidates a large table ranks. */
const candidatePool = 200;

type Row = { id: string; title: string; subtitle: string | null; day: Date | null; stage: TAgreementStage | null; url: string | null; tier: number };

const matchOfTier: TSearchMatch[] = ["exact", "words", "similar"];

export async function globalSearch({ prisma, input }: { prisma: PrismaClient; input: z.output<typeof ZGlobalSearchInput> }): Promise<TGlobalSearchResult> {
  const q = normalizeSearchText(input.q);
  if (!q) return { q: input.q, groups: [] };
  const text = await parseTextQuery(prisma, input.q);
  // One transaction, so the similarity threshold holds for every query and each runs on one connection.
  const groups = await prisma.$transaction(async (tx) => {
    // Strict word similarity compares whole words: «Казахтан» is near «Казахстан» (0.58), while
    // «сокол» is far from «протокол» (0.25), which plain word similarity calls close (0.63).
    // And the trigram indexes answer the typo arm even on a small table: the planner prices
    // `<<%` like any operator and reads a table of a few hundred people whole, computing the
    // similarity on each row (11 ms for 564 people, against 0.2 ms from the index). Every
    // statement here reads an index either way (the large tables walk their recent-first ones).
    await tx.$queryRaw`SELECT set_config('pg_trgm.strict_word_similarity_threshold', '0.5', true), set_config('enable_seqscan', 'off', true)`;
    const found: TGlobalSearchResult["groups"] = [];
    for (const source of sources) {
      const rows = await searchOne(tx, source, q, text, input.limit);
      if (rows.length) found.push({ type: source.type, hits: rows.map((row) => toHit(source.type, row)) });
    }
    return found;
  });
  return { q: input.q, groups };
}

async function searchOne(tx: Tx, source: Source, q: string, text: TextQuery, limit: number): Promise<Row[]> {
  const words = text.length ? Prisma.join(textSql(Prisma.raw(`t."searchText"`), text), " AND ") : Prisma.sql`FALSE`;
  const title = Prisma.raw(source.title);
  const table = Prisma.raw(`"${source.table}"`);
  const columns = Prisma.sql`t.id::text AS id, ${title} AS title, ${Prisma.raw(source.subtitle)} AS subtitle,
    ${Prisma.raw(source.day ?? "NULL::date")} AS day, ${Prisma.raw(source.type === "agreement" ? "t.stage::text" : "NULL::text")} AS stage,
    ${Prisma.raw(source.type === "source" ? "t.url" : "NULL::text")} AS url, t."searchText" AS "searchText", ${Prisma.raw(source.recentFirst?.column ?? "NULL::date")} AS recent`;
  // searchTextOf puts the name or title first, so its normalised form is the start of searchText.
  // Similarity is computed on the candidates only, never on every match.
  const ranked = (candidates: Prisma.Sql) => Prisma.sql`
    SELECT id, title, subtitle, day, stage, url,
      CASE WHEN left("searchText", char_length(title)) = ${q} THEN 0 WHEN ${Prisma.raw("matched")} THEN 1 ELSE 2 END AS tier
    FROM (${candidates}) c
    ORDER BY tier, strict_word_similarity(${q}, "searchText") DESC, recent DESC NULLS LAST, title, id
    LIMIT ${limit}`;
  if (source.recentFirst) {
    // A large table: the most recent records whose words match, found through the trigram
    // index or the date index, whichever the planner prefers. No typo arm here: a
    // similarity scan over a region's whole history would cost as much as the history.
    return tx.$queryRaw<Row[]>(
      ranked(Prisma.sql`
        SELECT ${columns}, TRUE AS matched FROM ${table} t
        WHERE t."deletedAt" IS NULL AND (${words})
        ORDER BY ${Prisma.raw(source.recentFirst.order)}
        LIMIT ${candidatePool}`),
    );
  }
  // A smaller table (partners, people, agreements, events, projects): the words, and a typo (`<<%`,
  // strict word similarity, answered by the same trigram index) only when the words find
  // fewer than a page. A similar-only hit ranks below every word hit, so with a page of
  // those it could not be shown; and testing similarity on every row that shares the
  // query's trigrams is what costs (1.4 s for «визит» over 40,000 sources, when they were here).
  const byWords = await tx.$queryRaw<Row[]>(
    ranked(Prisma.sql`
      SELECT ${columns}, TRUE AS matched FROM ${table} t
      WHERE t."deletedAt" IS NULL AND (${words})
      LIMIT ${candidatePool}`),
  );
  if (byWords.length >= limit) return byWords;
  return tx.$queryRaw<Row[]>(
    ranked(Prisma.sql`
      SELECT ${columns}, (${words}) AS matched FROM ${table} t
      WHERE t."deletedAt" IS NULL AND ((${words}) OR ${q} <<% t."searchText")
      ORDER BY matched DESC
      LIMIT ${candidatePool}`),
  );
}

function toHit(type: TGlobalSearchType, row: Row): TGlobalSearchHit {
  return {
    type,
    id: row.id,
    title: row.title,
    subtitle: row.subtitle || null,
    day: row.day ? utcDateToDay(row.day) : null,
    ...(row.stage ? { stage: row.stage } : {}),
    ...(type === "source" ? { url: row.url } : {}),
    match: matchOfTier[row.tier] ?? "similar",
  };
}
