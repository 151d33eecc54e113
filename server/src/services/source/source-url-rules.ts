// One address, one source; one text, one source: a URL whose key (normalizeSourceUrl) or
// a text whose key (sourceTextHash) a live source already has is refused with the
// existing source, so the client can offer to pick it instead.
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import { sourceTextHash } from "@atlas/db/source-text";
import { Prisma, type Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";
import { sourceDetailSelect, toSourceDto } from "./source-select.ts";

/** The key to store for a URL (null for none). */
export const urlKeyOf = (url: string | null | undefined) => normalizeSourceUrl(url);
/** The key to store for a text (null for none). */
export const textHashOf = (text: string | null | undefined) => sourceTextHash(text);

type Keys = { urlKey: string | null; textHash: string | null };
type Fields = { url: string; text: string };

/** CONFLICT carrying the live source that already has this URL key or text key (`details.current`), unless it is `exceptId`. */
export async function assertKeysFree(
  tx: { source: Tx["source"] },
  keys: Partial<Keys>,
  { exceptId, fields }: { exceptId?: string; fields: Fields },
): Promise<void> {
  const other = exceptId ? { id: { not: exceptId } } : {};
  if (keys.urlKey) {
    const existing = await tx.source.findFirst({ where: { urlKey: keys.urlKey, deletedAt: null, ...other }, select: sourceDetailSelect });
    if (existing) throw duplicateUrlError(toSourceDto(existing), fields.url);
  }
  if (keys.textHash) {
    const existing = await tx.source.findFirst({ where: { textHash: keys.textHash, deletedAt: null, ...other }, select: sourceDetailSelect });
    if (existing) throw duplicateTextError(toSourceDto(existing), fields.text);
  }
}

export function duplicateUrlError(current: { title: string }, field: string): AppError {
  const params = { title: current.title };
  return new AppError("CONFLICT", "source.duplicateUrl", { params, current, fieldErrors: { [field]: [problem("source.duplicateUrl", params)] } });
}

export function duplicateTextError(current: { title: string }, field: string): AppError {
  const params = { title: current.title };
  return new AppError("CONFLICT", "source.duplicateText", { params, current, fieldErrors: { [field]: [problem("source.duplicateText", params)] } });
}

/** A unique violation (P2002) from the database, e.g. of a partial unique index. */
export const isUniqueViolation = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Two saves of one address or one text at once: the second meets a partial unique index
 * (Source_urlKey_live, Source_textHash_live) instead of the check above. Its answer is
 * the same CONFLICT.
 */
export async function onSourceKeyRace<T>(
  prisma: { source: Tx["source"] },
  keys: Partial<Keys>,
  { exceptId, fields }: { exceptId?: string; fields: Fields },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((keys.urlKey || keys.textHash) && isUniqueViolation(error)) await assertKeysFree(prisma, keys, { ...(exceptId ? { exceptId } : {}), fields });
    throw error;
  }
}
