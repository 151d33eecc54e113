import { router } from "../trpc.ts";
import { authRouter } from "./auth.ts";
import { adminRouter } from "./admin.ts";
import { partnerRouter } from "./partner.ts";
import { personRouter } from "./person.ts";
import { sectorRouter } from "./sector.ts";
import { sourceRouter } from "./source.ts";
import { exportCategoryRouter } from "./export-category.ts";
import { exportFigureRouter } from "./export-figure.ts";
import { exportFactRouter } from "./export-fact.ts";
import { meetingRouter } from "./meeting.ts";
import { followUpRouter } from "./follow-up.ts";
import { projectRouter } from "./project.ts";
import { eventRouter } from "./event.ts";
import { agreementRouter } from "./agreement.ts";
import { dashboardRouter } from "./dashboard.ts";
import { timelineRouter } from "./timeline.ts";
import { historyRouter } from "./history.ts";
import { vocabularyRouter } from "./vocabulary.ts";
import { searchRouter } from "./search.ts";
import { pressImportRouter } from "./press-import.ts";
import { userRouter } from "./user.ts";
import { savedViewRouter } from "./saved-view.ts";
import { calendarFeedRouter } from "./calendar-feed.ts";
import { reportRouter } from "./report.ts";
import { bulkImportRouter } from "./bulk-import.ts";

export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  partner: partnerRouter,
  person: personRouter,
  sector: sectorRouter,
  source: sourceRouter,
  exportCategory: exportCategoryRouter,
  exportFigure: exportFigureRouter,
  exportFact: exportFactRouter,
  meeting: meetingRouter,
  followUp: followUpRouter,
  project: projectRouter,
  event: eventRouter,
  agreement: agreementRouter,
  dashboard: dashboardRouter,
  timeline: timelineRouter,
  history: historyRouter,
  vocabulary: vocabularyRouter,
  search: searchRouter,
  report: reportRouter,
  pressImport: pressImportRouter,
  user: userRouter,
  savedView: savedViewRouter,
  calendarFeed: calendarFeedRouter,
  bulkImport: bulkImportRouter,
});

export type AppRouter = typeof appRouter;
