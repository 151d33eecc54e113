import type { Tx } from "../../db.ts";
import { AppError, type FieldErrors } from "../../errors.ts";

/**
 * The category, destination and source a figure points at must exist and not be
 * deleted. All three are checked before failing, so the form shows every bad field at once.
 */
export async function assertFigureReferences(
  tx: Tx,
  refs: { categoryId?: string | undefined; destinationId?: string | undefined; sourceId?: string | null | undefined },
): Promise<void> {
  const fieldErrors: FieldErrors = {};
  if (refs.categoryId) {
    const found = await tx.exportCategory.findFirst({ where: { id: refs.categoryId, deletedAt: null }, select: { id: true } });
    if (!found) fieldErrors.categoryId = ["Категория экспорта не найдена"];
  }
  if (refs.destinationId) {
    const found = await tx.partner.findFirst({ where: { id: refs.destinationId, deletedAt: null }, select: { id: true } });
    if (!found) fieldErrors.destinationId = ["Партнёр-получатель не найден"];
  }
  if (refs.sourceId) {
    const found = await tx.source.findFirst({ where: { id: refs.sourceId, deletedAt: null }, select: { id: true } });
    if (!found) fieldErrors.sourceId = ["Источник не найден"];
  }
  const fields = Object.keys(fieldErrors);
  if (fields.length > 0) {
    throw new AppError("BAD_REQUEST", Object.values(fieldErrors).flat().join("; "), { fieldErrors });
  }
}
