// One download: parse the list's input with the list's own schema, log it, then read the
// list page by page into the chosen format.
import type { Writable } from "node:stream";
import type { z } from "zod";
import { AppError } from "../../errors.ts";
import { fieldErrorsOf } from "../../trpc.ts";
import { listVocabularies } from "../vocabulary/terms.ts";
import type { TDownloadFormat, TDownloadList } from "@atlas/shared/downloads";
import { downloadLists, vocabularyNames, type DownloadList, type ListReadContext } from "./lists.ts";
import { writers } from "./writers.ts";

export type PreparedDownload = {
  title: string;
  /** Writes every row into `out` and ends it; resolves with the number of rows. */
  run: (out: Writable) => Promise<number>;
};

/**
 * Checks the request before anything is sent, so a bad filter is a 400 with field
 * errors, not a broken file. `rawInput` is the list procedure's input (filter and sort).
 */
export async function prepareDownload(args: {
  ctx: ListReadContext;
  user: { id: string; email: string };
  list: TDownloadList;
  format: TDownloadFormat;
  rawInput: unknown;
  absolute: (path: string) => string;
}): Promise<PreparedDownload> {
  // Each entry is checked against its own schema; the union of them is too wide for TypeScript to follow.
  const definition = downloadLists[args.list] as unknown as DownloadList<z.ZodType, unknown>;
  const parsed = definition.input.safeParse(args.rawInput);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "download.badFilter", { fieldErrors: fieldErrorsOf(parsed.error) });
  const input = parsed.data as { filter: unknown; sort: unknown };
  const { prisma } = args.ctx;
  const log = await prisma.downloadLog.create({
    data: {
      userId: args.user.id,
      userEmail: args.user.email,
      list: args.list,
      format: args.format,
      filter: JSON.parse(JSON.stringify({ filter: input.filter, sort: input.sort })),
    },
    select: { id: true },
  });
  return {
    title: definition.title,
    run: async (out) => {
      const names = vocabularyNames(await listVocabularies(prisma));
      const writer = await writers[args.format]({ out, title: definition.title, columns: definition.columns, absolute: args.absolute });
      let rows = 0;
      let cursor: string | null = null;
      do {
        const page: { items: unknown[]; nextCursor: string | null } = await definition.page(args.ctx, input, cursor);
        for (const item of page.items) {
          await writer.row(definition.columns.map((c) => c.cell(item, names)));
          rows += 1;
        }
        cursor = page.nextCursor;
      } while (cursor);
      await writer.finish();
      await prisma.downloadLog.update({ where: { id: log.id }, data: { rowCount: rows } });
      return rows;
    },
  };
}
