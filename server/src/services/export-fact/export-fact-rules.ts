import type { Tx } from "../../db.ts";
import { AppError, type FieldErrors } from "../../errors.ts";

/**
 * The partner, category and source a fact points at must exist and not be deleted. All
 * three are checked before failing, so the form shows every bad field at once.
 */
export async function assertFactReferences(
  tx: Tx,
  refs: { partnerId?: string | undefined; categoryId?: string | null | undefined; sourceId?: string | null | undefined },
): Promise<void> {
  const fieldErrors: FieldErrors = {};
  // One after another: a transaction is one connection, which runs one query at a time.
  if (refs.partnerId) {
    const found = await tx.partner.findFirst({ where: { id: refs.partnerId, deletedAt: null }, select: { id: true } });
    if (!found) fieldErrors.partnerId = ["Партнёр не найден"];
  }
  if (refs.categoryId) {
    const found = await tx.exportCategory.findFirst({ where: { id: refs.categoryId, deletedAt: null }, select: { id: true } });
    if (!found) fieldErrors.categoryId = ["Категория экспорта не найдена"];
  }
  if (refs.sourceId) {
    const found = await tx.source.findFirst({ where: { id: refs.sourceId, deletedAt: null }, select: { id: true } });
    if (!found) fieldErrors.sourceId = ["Источник не найден"];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", Object.values(fieldErrors).flat().join("; "), { fieldErrors });
  }
}
