import type { z } from "zod";
import {
  storyContents,
  type TPartnerStory,
  type TPartnerStoryCursor,
  type TStoryPerson,
  type TStorySource,
  type ZPartnerStoryInput,
} from "@atlas/shared/partner-story";
import { Prisma, type Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { resolveFilter } from "../dashboard/sql-filters.ts";
import { partnersColumn, rowColumns, timelineParts, toItem, type Row } from "../timeline/list-timeline.ts";

const raw = Prisma.raw;
const list = (values: readonly string[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

type StoryRow = Row & { people: TStoryPerson[]; sources: TStorySource[] };

/** The sources of a union row `t`'s record, oldest publication first; deleted sources left out. */
const sourcesOf = (link: string, key: string) =>
  Prisma.sql`(SELECT COALESCE(json_agg(json_build_object('id', s.id, 'title', s.title, 'url', s.url) ORDER BY s."publishedAt" NULLS LAST, s.title, s.id), '[]'::json)
                FROM ${raw(`"${link}"`)} l JOIN "Source" s ON s.id = l."sourceId" AND s."deletedAt" IS NULL
               WHERE ${raw(`l."${key}"`)} = t.record_id)`;

/**
 * The partner's story, a page at a time, newest page first and each page oldest first:
 * the timeline's rows (the same union, so a story item is a timeline item) over the
 * partner's subtree, kept to what `storyContents` names. Every part of the union is
 * restricted to the subtree by its partner links before anything else, so the query
 * reads the subtree's records only; the page is cut by a keyset on the story's order
 * (`cursor`, the earliest item already shown) and LIMIT, and the people, partners and
 * sources are looked up for the page's rows alone.
 */
export async function getPartnerStory({ prisma, input }: { prisma: Tx; input: z.output<typeof ZPartnerStoryInput> }): Promise<TPartnerStory> {
  const partner = await prisma.partner.findFirst({ where: { id: input.id, deletedAt: null }, select: { id: true } });
  if (!partner) throw notFound("partner", input.id);
  const f = await resolveFilter(prisma, { partnerIds: [input.id] });
  const union = Prisma.join(timelineParts(f, null, null, new Set(["interaction", "stageChange", "event", "tourStop"])), " UNION ALL ");
  const scope = f.scope ?? [input.id];

  const inStory = Prisma.sql`(u.kind = 'stageChange'
      OR (u.kind IN ('event', 'tourStop') AND u.subtype IN (${list(storyContents.eventKinds)}))
      OR (u.kind = 'interaction' AND u.subtype IN (${list(storyContents.visitKinds)}) AND EXISTS (
            SELECT 1 FROM "InteractionPartner" ip JOIN "Partner" p ON p.id = ip."partnerId" AND p."deletedAt" IS NULL
             WHERE ip."interactionId" = u.id AND p.id = ANY(${scope}::uuid[])
               AND (p.id = ${input.id}::uuid OR p.level::text IN (${list(storyContents.visitPartnerLevels)})))))`;
  const c = input.cursor;
  const before = c
    ? Prisma.sql`(u.sort_day, u.kind, u.record_id, COALESCE(u.position, -1), u.id) < (${c.day}::date, ${c.kind}::text, ${c.recordId}::uuid, ${c.position}::int, ${c.id}::uuid)`
    : Prisma.sql`TRUE`;

  const rows = await prisma.$queryRaw<StoryRow[]>`
    SELECT ${rowColumns}, ${partnersColumn},
           CASE WHEN t.kind = 'interaction' THEN
             (SELECT COALESCE(json_agg(json_build_object('id', pe.id, 'fullName', pe."fullName", 'post', x.post) ORDER BY pe.side, pe."fullName", pe.id), '[]'::json)
                FROM "InteractionParticipant" x JOIN "Person" pe ON pe.id = x."personId" AND pe."deletedAt" IS NULL
               WHERE x."interactionId" = t.record_id)
           ELSE '[]'::json END AS people,
           CASE t.kind WHEN 'interaction' THEN ${sourcesOf("InteractionSource", "interactionId")}
                       WHEN 'stageChange' THEN ${sourcesOf("AgreementSource", "agreementId")}
                       ELSE ${sourcesOf("EventSource", "eventId")} END AS sources
      FROM (
        SELECT u.* FROM (${union}) u
         WHERE ${inStory} AND ${before}
         ORDER BY u.sort_day DESC, u.kind DESC, u.record_id DESC, COALESCE(u.position, -1) DESC, u.id DESC
         LIMIT ${input.limit + 1}
      ) t
     ORDER BY t.sort_day, t.kind, t.record_id, COALESCE(t.position, -1), t.id`;

  // One row more than the page says there is an earlier page; it is the oldest row.
  const page = rows.length > input.limit ? rows.slice(1) : rows;
  const first = page[0];
  const earlier: TPartnerStoryCursor | null =
    rows.length > input.limit && first
      ? { day: first.sort_day, kind: first.kind, recordId: first.record_id, position: first.position ?? -1, id: first.id }
      : null;
  return { items: page.map((r) => ({ ...toItem(r), people: r.people, sources: r.sources })), earlier };
}
