// One search over partners, people, meetings, agreements, events, projects and
// sources. Each type is one indexed query: the words in their forms (common/text-search)
// or, for typos, trigram word similarity (`<%`, the GIN index on searchText). Results
// rank: the name is the query, then every word matched, then only similar.
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
   * Large tables (a region's meetings grow by the thousand) take the most recent
   * candidates first and rank those: ranking every match of a common word would cost as
   * much as the history. Small tables rank all their matches.
   */
  recentFirst: string | null;
};

const sources: Source[] = [
  { type: "partner", table: "Partner", title: `t.name`, subtitle: `(SELECT p.name FROM "Partner" p WHERE p.id = t."parentId")`, day: null, recentFirst: null },
  { type: "person", table: "Person", title: `t."fullName"`, subtitle: `concat_ws(', ', t.post, t.organisation)`, day: null, recentFirst: null },
  { type: "meeting", table: "Interaction", title: `t.title`, subtitle: `t.place`, day: `t."startsAt"`, recentFirst: `t."startsAt"` },
  { type: "agreement", table: "Agreement", title: `t.title`, subtitle: `NULL::text`, day: `t."stageChangedAt"`, recentFirst: `t."stageChangedAt"` },
  { type: "event", table: "Event", title: `t.title`, subtitle: `t.place`, day: `t."startsAt"`, recentFirst: `t."startsAt"` },
  { type: "project", table: "Project", title: `t.title`, subtitle: `(SELECT p.name FROM "Partner" p WHERE p.id = t."partnerId")`, day: null, recentFirst: null },
  { type: "source", table: "Source", title: `t.title`, subtitle: `t.outlet`, day: `t."publishedAt"`, recentFirst: `t."publishedAt"` },
];

/** How many recent candidates a large table ranks. */
const candidatePool = 200;

type Row = { id: string; title: string; subtitle: string | null; day: Date | null; stage: TAgreementStage | null; tier: number };

const matchOfTier: TSearchMatch[] = ["exact", "words", "similar"];

export async function globalSearch({ prisma, input }: { prisma: PrismaClient; input: z.output<typeof ZGlobalSearchInput> }): Promise<TGlobalSearchResult> {
  const q = normalizeSearchText(input.q);
  if (!q) return { q: input.q, groups: [] };
  const text = await parseTextQuery(prisma, input.q);
  // One transaction, so the similarity threshold holds for every query and each runs on one connection.
  const groups = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`;
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
  const matches = Prisma.sql`t."deletedAt" IS NULL AND ((${words}) OR ${q} <% t."searchText")`;
  // searchTextOf puts the name or title first, so its normalised form is the start of searchText.
  const tier = Prisma.sql`CASE WHEN left(t."searchText", char_length(${title})) = ${q} THEN 0 WHEN (${words}) THEN 1 ELSE 2 END`;
  const columns = Prisma.sql`t.id::text AS id, ${title} AS title, ${Prisma.raw(source.subtitle)} AS subtitle,
    ${Prisma.raw(source.day ?? "NULL::date")} AS day, ${Prisma.raw(source.type === "agreement" ? "t.stage::text" : "NULL::text")} AS stage, ${tier} AS tier, word_similarity(${q}, t."searchText") AS similarity`;
  const table = Prisma.raw(`"${source.table}"`);
  if (source.recentFirst) {
    const recent = Prisma.raw(source.recentFirst);
    return tx.$queryRaw<Row[]>`
      SELECT id, title, subtitle, day, stage, tier FROM (
        SELECT ${columns}, ${recent} AS recent FROM ${table} t WHERE ${matches}
        ORDER BY ${recent} DESC NULLS LAST, t.id LIMIT ${candidatePool}) candidates
      ORDER BY tier, similarity DESC, recent DESC NULLS LAST, id
      LIMIT ${limit}`;
  }
  return tx.$queryRaw<Row[]>`
    SELECT id, title, subtitle, day, stage, tier FROM (SELECT ${columns} FROM ${table} t WHERE ${matches}) found
    ORDER BY tier, similarity DESC, title, id
    LIMIT ${limit}`;
}

function toHit(type: TGlobalSearchType, row: Row): TGlobalSearchHit {
  return {
    type,
    id: row.id,
    title: row.title,
    subtitle: row.subtitle || null,
    day: row.day ? utcDateToDay(row.day) : null,
    ...(row.stage ? { stage: row.stage } : {}),
    match: matchOfTier[row.tier] ?? "similar",
  };
}
