// One download: parse the list's (or chart's) input with its own schema, log it, then read
// it page by page into the chosen format.
import type { Writable } from "node:stream";
import type { z } from "zod";
import { AppError } from "../../errors.ts";
import { fieldErrorsOf } from "../../trpc.ts";
import { listVocabularies } from "../vocabulary/terms.ts";
import type { TDownloadFormat, TDownloadKind } from "@atlas/shared/downloads";
import { downloadCharts } from "./charts.ts";
import { downloadLists, vocabularyNames, type DownloadList, type ListReadContext } from "./lists.ts";
import { writers } from "./writers.ts";

const downloadKinds = { ...downloadLists, ...downloadCharts };

export type PreparedDownload = {
  title: string;
  /** Writes every row into `out` and ends it; resolves with the number of rows. */
  run: (out: Writable) => Promise<number>;
};

/**
 * Checks the request before anything is sent, so a bad filter is a 400 with field
 * errors, not a broken file. `rawInput` is the list procedure's input (filter and sort) or the chart procedure's.
 */
export async function prepareDownload(args: {
  ctx: ListReadContext;
  user: { id: string; email: string };
  list: TDownloadKind;
  format: TDownloadFormat;
  rawInput: unknown;
  absolute: (path: string) => string;
}): Promise<PreparedDownload> {
  // Each entry is checked against its own schema; the union of them is too wide for TypeScript to follow.
  const definition = downloadKinds[args.list] as unknown as DownloadList<z.ZodType, unknown>;
  const parsed = definition.input.safeParse(args.rawInput);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "download.badFilter", { fieldErrors: fieldErrorsOf(parsed.error) });
  const input = parsed.data as Record<string, unknown>;
  // A list's paging is the download's own business; the rest (filter, sort, a chart's step) is what was asked.
  const { cursor: _cursor, limit: _limit, ...asked } = input;
  const { prisma } = args.ctx;
  const log = await prisma.downloadLog.create({
    data: {
      userId: args.user.id,
      userEmail: args.user.email,
      list: args.list,
      format: args.format,
      filter: JSON.parse(JSON.stringify(asked)),
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
      // Counted before the file's last bytes go out: a reader who has the whole file finds it logged.
      await prisma.downloadLog.update({ where: { id: log.id }, data: { rowCount: rows } });
      await writer.finish();
      return rows;
    },
  };
}
