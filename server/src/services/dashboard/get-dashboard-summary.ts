import type { z } from "zod";
import type { TDashboardSummary, ZDashboardSummaryInput } from "@atlas/shared/dashboard";
import type { CalendarReadCall } from "../common/service-call.ts";
import { activityByMonth } from "./activity-by-month.ts";
import { activityByPartner } from "./activity-by-partner.ts";
import { activityBySector } from "./activity-by-sector.ts";
import { exportTotals } from "./export-totals.ts";
import { keyFigures } from "./key-figures.ts";
import { recentActivity } from "./recent-activity.ts";
import { resolveFilter } from "./sql-filters.ts";

/**
 * The dashboard in seven queries: the partner scope, then six aggregates side by side.
 * `today` is the home region's day and `timeZone` its zone (routers pass ctx.calendar):
 * "this year", "overdue", "upcoming" and "has taken place" are days of that calendar.
 */
export async function getDashboardSummary({
  prisma,
  input,
  today,
  timeZone,
}: CalendarReadCall<z.output<typeof ZDashboardSummaryInput>>): Promise<TDashboardSummary> {
  const f = await resolveFilter(prisma, input.filter);
  const [figures, geography, bySector, months, exports, recent] = await Promise.all([
    keyFigures({ prisma, f, today }),
    activityByPartner({ prisma, f, today }),
    activityBySector({ prisma, f }),
    activityByMonth({ prisma, f, today }),
    exportTotals({ prisma, f }),
    recentActivity({ prisma, f, today, timeZone }),
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
