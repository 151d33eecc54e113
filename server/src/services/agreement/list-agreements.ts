import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListAgreementsInput } from "@atlas/shared/agreement";
import { addDays, dayToUtcDate, periodOf, type CalendarDay } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";
import { partnerScope } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { agreementListSelect, toAgreementListItem } from "./agreement-select.ts";

/**
 * Stage changes whose date overlaps [from, to]. A vague change is stored as the first
 * day of its month, quarter or year, so it overlaps when that day is not after `to` and
 * its period does not end before `from`, i.e. it starts no earlier than the first day
 * of the period of the same size that holds `from`.
 */
function stageChangeInPeriod(from: CalendarDay | undefined, to: CalendarDay | undefined): Prisma.AgreementStageChangeWhereInput | null {
  if (!from && !to) return null;
  const notAfter: Prisma.AgreementStageChangeWhereInput = to ? { changedAt: { lte: dayToUtcDate(to) } } : {};
  if (!from) return notAfter;
  const startsFrom = (precision: "MONTH" | "QUARTER" | "YEAR") => ({
    datePrecision: precision,
    changedAt: { gte: dayToUtcDate(periodOf(from, precision).first) },
  });
  return {
    ...notAfter,
    OR: [
      { datePrecision: { in: ["DAY", "APPROXIMATE"] }, changedAt: { gte: dayToUtcDate(from) } },
      startsFrom("MONTH"),
      startsFrom("QUARTER"),
      startsFrom("YEAR"),
    ],
  };
}

export async function listAgreements<C extends boolean = true>({
  prisma,
  today,
  input,
  countTotal,
}: ListCall<z.output<typeof ZListAgreementsInput>, C> & { today: CalendarDay }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const period = stageChangeInPeriod(filter.from, filter.to);
  const and: Prisma.AgreementWhereInput[] = [...(await textCondition(prisma, filter.q))];
  if (filter.stages?.length) and.push({ stage: { in: filter.stages } });
  if (filter.expiringWithinDays) {
    and.push(
      // From today to today + N, both days of the home region's calendar.
      { expiresAt: { gte: dayToUtcDate(today), lte: dayToUtcDate(addDays(today, filter.expiringWithinDays)) } },
      // Already over: nothing left to expire.
      { stage: { notIn: ["EXPIRED", "TERMINATED"] } },
    );
  }
  const where: Prisma.AgreementWhereInput = {
    deletedAt: null,
    // An agreement concerns a partner when any of its parties is that partner or lies below it.
    ...(scope ? { parties: { some: { partnerId: { in: scope } } } } : {}),
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    // "Active in the period": something happened to its stage then.
    ...(period ? { stageHistory: { some: period } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    AND: and,
  };
  // Agreements without a term go last whichever way the term is sorted.
  const orderBy: Prisma.AgreementOrderByWithRelationInput[] = orderThenById(sort, ["expiresAt"]);
  const page = await listPage({
    input,
    countTotal,
    findMany: (p) => prisma.agreement.findMany({ where, select: agreementListSelect, orderBy, ...p }),
    count: (take) => prisma.agreement.count({ where, take }),
  });
  return { ...page, items: page.items.map(toAgreementListItem) };
}
