import { AppError } from "../../errors.ts";
import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const partnerDeletion = softDeletion({
  entity: "partner",
  label: "Партнёр",
  table: (tx) => tx.partner,
  logged: (p) => ({ name: p.name }),
  refuseDelete: async (tx, partner) => {
    if (partner.isHome) throw new AppError("CONFLICT", "Домашний регион нельзя удалить: сначала отметьте домашним другой");
    const children = await tx.partner.count({ where: { parentId: partner.id, deletedAt: null } });
    if (children > 0) throw new AppError("CONFLICT", `У партнёра есть входящие в него партнёры (${children}); сначала удалите или перенесите их`);
  },
});

/** Soft delete: the partner disappears from lists but stays in the database, and its history stays intact. */
export const deletePartner = (call: SoftDeleteCall) => softDelete(partnerDeletion, call);
