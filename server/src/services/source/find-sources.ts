import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZFindSourcesInput } from "@atlas/shared/source";
import { normalizeSearchText, searchTerms } from "@atlas/shared/search-text";
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import type { Prisma, Tx } from "../../db.ts";

import { sourceRefSelect, toSourceDto } from "./source-select.ts";

/**
 * A short list of live sources for a picker. By `url`: the source stored under the same
 * key (one at most: the key is unique among live sources). By `q`: every word in the
 * source's search text (the trigram-indexed title, outlet and start of the text); those
 * whose title or outlet hold every word come first, then the newest.
 */
export async function findSources({ prisma, input }: { prisma: Tx; input: z.output<typeof ZFindSourcesInput> }) {
  const urlKey = input.url ? normalizeSourceUrl(input.url) : null;
  if (urlKey) {
    const rows = await prisma.source.findMany({ where: { urlKey, deletedAt: null }, select: sourceRefSelect, take: 1 });
    return { items: rows.map(toSourceDto) };
  }
  if (input.url) return { items: [] };
  const terms = searchTerms(input.q);
  if (terms.length === 0) return { items: [] };
  const where: Prisma.SourceWhereInput = { deletedAt: null, AND: await textCondition(prisma, input.q) };
  // A few more than asked for, so that the title and outlet matches can be put first.
  const rows = await prisma.source.findMany({
    where,
    select: sourceRefSelect,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: input.limit * 3,
  });
  const inTitle = (r: { title: string; outlet: string | null }) => {
    const text = normalizeSearchText(r.title, r.outlet);
    return terms.every((t) => text.includes(t));
  };
  const ranked = [...rows.filter(inTitle), ...rows.filter((r) => !inTitle(r))].slice(0, input.limit);
  return { items: ranked.map(toSourceDto) };
}
