import { restoreDeleted, type SoftDeleteCall } from "../common/soft-delete.ts";
import { agreementDeletion } from "./delete-agreement.ts";
import { getAgreement } from "./get-agreement.ts";

/** Brings back a soft-deleted agreement as it was. */
export const restoreAgreement = (call: SoftDeleteCall) => restoreDeleted(agreementDeletion, call, getAgreement);
