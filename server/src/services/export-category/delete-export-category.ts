import { AppError } from "../../errors.ts";
import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const exportCategoryDeletion = softDeletion({
  entity: "exportCategory",
  table: (tx) => tx.exportCategory,
  logged: (c) => ({ name: c.name }),
  refuseDelete: async (tx, category) => {
    const figures = await tx.exportFigure.count({ where: { categoryId: category.id, deletedAt: null } });
    if (figures > 0) throw new AppError("CONFLICT", "exportCategory.hasFigures", { params: { count: figures } });
  },
});

/** Soft delete, refused while live figures belong to the category (they would point at a hidden category). */
export const deleteExportCategory = (call: SoftDeleteCall) => softDelete(exportCategoryDeletion, call);
