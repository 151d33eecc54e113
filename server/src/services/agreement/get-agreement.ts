import { allowedNextStages } from "@atlas/shared/agreement-stages";
import { agreementKindRules } from "../vocabulary/terms.ts";
import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { agreementDetailSelect, toAgreementDetail } from "./agreement-select.ts";
import { stageContextOf } from "./agreement-rules.ts";

/** One agreement with everything an official's page shows, and the stages it may move to next. */
export async function getAgreement({ prisma, id }: { prisma: Tx; id: string }) {
  const row = await prisma.agreement.findFirst({ where: { id, deletedAt: null }, select: agreementDetailSelect });
  if (!row) throw notFound("agreement", id);
  const context = await stageContextOf(prisma, id);
  return {
    ...toAgreementDetail(row),
    international: context.international,
    allowedNextStages: allowedNextStages(await agreementKindRules(prisma, row.kind), row.stage, context),
  };
}
