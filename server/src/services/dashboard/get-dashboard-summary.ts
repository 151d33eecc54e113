import type { z } from "zod";
import type { TDashboardSummary, ZDashboardSummaryInput } from "@atlas/shared/dashboard";
import type { Tx } from "../../db.ts";
import { activityByMonth } from "./activity-by-month.ts";
import { activityByPartner } from "./activity-by-partner.ts";
import { activityBySector } from "./activity-by-sector.ts";
import { exportTotals } from "./export-totals.ts";
import { keyFigures } from "./key-figures.ts";
import { recentActivity } from "./recent-activity.ts";
import { resolveFilter } from "./sql-filters.ts";

/** The dashboard in seven queries: the partner scope, then six aggregates side by side. */
export async function getDashboardSummary({
  prisma,
  input,
  now = new Date(),
}: {
  prisma: Tx;
  input: z.output<typeof ZDashboardSummaryInput>;
  now?: Date;
}): Promise<TDashboardSummary> {
  const f = await resolveFilter(prisma, input.filter);
  const [figures, geography, bySector, months, exports, recent] = await Promise.all([
    keyFigures({ prisma, f, now }),
    activityByPartner({ prisma, f, now }),
    activityBySector({ prisma, f }),
    activityByMonth({ prisma, f, now }),
    exportTotals({ prisma, f }),
    recentActivity({ prisma, f, now }),
  ]);
  return {
    keyFigures: figures,
    byPartner: geography.byPartner,
    byCountry: geography.byCountry,
    bySector,
    activityByMonth: months.activityByMonth,
    activityByMonthAndSector: months.activityByMonthAndSector,
    exports,
    recentActivity: recent,
  };
}
