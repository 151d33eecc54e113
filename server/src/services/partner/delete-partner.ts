import { AppError } from "../../errors.ts";
import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const partnerDeletion = softDeletion({
  entity: "partner",
  table: (tx) => tx.partner,
  logged: (p) => ({ name: p.name }),
  refuseDelete: async (tx, partner) => {
    if (partner.isHome) throw new AppError("CONFLICT", "partner.homeUndeletable");
    const children = await tx.partner.count({ where: { parentId: partner.id, deletedAt: null } });
    if (children > 0) throw new AppError("CONFLICT", "partner.hasChildren", { params: { count: children } });
  },
});

/** Soft delete: the partner disappears from lists but stays in the database, and its history stays intact. */
export const deletePartner = (call: SoftDeleteCall) => softDelete(partnerDeletion, call);
