// pressImport.draft: a pasted release read into a draft against the database's gazetteer.
// Nothing is written; a source that already holds the release is named.
import type { z } from "zod";
import type { TPressImportDraftResult, ZPressImportDraftInput } from "@atlas/shared/press-import";
import type { Tx } from "../../db.ts";
import { findAlreadyImported } from "./already-imported.ts";
import { extractDraft } from "./extract.ts";
import { loadImportGazetteer } from "./load-gazetteer.ts";

/** How long the rules may run before the draft is cut short (with a note saying so). */
export const draftDeadlineMs = 3000;

export async function draftRelease({ prisma, input }: { prisma: Tx; input: z.output<typeof ZPressImportDraftInput> }): Promise<TPressImportDraftResult> {
  const gazetteer = await loadImportGazetteer(prisma);
  const draft = extractDraft(input.text, { publishedOn: input.publishedOn, gazetteer, deadlineMs: draftDeadlineMs });
  const alreadyImported = await findAlreadyImported(prisma, { url: input.url, text: input.text });
  return { draft, alreadyImported };
}
