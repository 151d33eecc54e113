// One address, one source: a URL whose key (normalizeSourceUrl) a live source already
// has is refused with the existing source, so the client can offer to pick it instead.
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import { Prisma, type Tx } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { sourceDetailSelect, toSourceDto } from "./source-select.ts";

export const duplicateUrlMessage = (title: string) => `Источник с этим адресом уже есть: «${title}»`;

/** The key to store for a URL (null for none). */
export const urlKeyOf = (url: string | null | undefined) => normalizeSourceUrl(url);

/** CONFLICT carrying the live source that already has this key (`details.current`), unless it is `exceptId`. */
export async function assertUrlFree(tx: Tx, urlKey: string | null, { exceptId, field }: { exceptId?: string; field: string }): Promise<void> {
  if (!urlKey) return;
  const existing = await tx.source.findFirst({
    where: { urlKey, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: sourceDetailSelect,
  });
  if (existing) throw duplicateUrlError(toSourceDto(existing), field);
}

export function duplicateUrlError(current: { title: string }, field: string): AppError {
  const message = duplicateUrlMessage(current.title);
  return new AppError("CONFLICT", message, { current, fieldErrors: { [field]: [message] } });
}

/**
 * Two saves of one address at once: the second meets the partial unique index
 * (Source_urlKey_live) instead of the check above. Its answer is the same CONFLICT.
 */
export async function onUrlKeyRace<T>(prisma: { source: Tx["source"] }, urlKey: string | null, field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (urlKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.source.findFirst({ where: { urlKey, deletedAt: null }, select: sourceDetailSelect });
      if (existing) throw duplicateUrlError(toSourceDto(existing), field);
    }
    throw error;
  }
}
