// «This release is already in the register»: a live source with the same address
// (Source.urlKey, normalizeSourceUrl) or the same text (Source.textHash: the SHA-256 of
// the text with every whitespace character removed, prisma/src/source-text.ts, since line
// breaks, non-breaking spaces and indentation differ between copies of one release). Both
// keys are unique among live sources, so two imports of one release at once cannot both
// be written: the second meets the index, and gets the same CONFLICT as from this check.
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import type { TAlreadyImported } from "@atlas/shared/press-import";
import { sourceTextHash } from "@atlas/db/source-text";
import type { Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";

export async function findAlreadyImported(prisma: Tx, { url, text }: { url: string | null | undefined; text: string }): Promise<TAlreadyImported> {
  const urlKey = normalizeSourceUrl(url);
  if (urlKey) {
    const byUrl = await prisma.source.findFirst({ where: { urlKey, deletedAt: null }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
    if (byUrl) return { sourceId: byUrl.id, title: byUrl.title };
  }
  const textHash = sourceTextHash(text);
  if (!textHash) return null;
  const byText = await prisma.source.findFirst({ where: { textHash, deletedAt: null }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
  return byText ? { sourceId: byText.id, title: byText.title } : null;
}

export function alreadyImportedError(existing: NonNullable<TAlreadyImported>): AppError {
  const params = { title: existing.title };
  return new AppError("CONFLICT", "source.alreadyImported", {
    params,
    current: { id: existing.sourceId, title: existing.title },
    fieldErrors: { "source.text": [problem("source.alreadyImported", params)] },
  });
}
