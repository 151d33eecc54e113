// Code-based routes. Pages are lazy-loaded (index.html pulls in only the shell);
// search params are validated, so filters in the URL are typed.
import {
  createMemoryHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type ErrorComponentProps,
} from "@tanstack/react-router";
import type { QueryClient } from "@tanstack/react-query";
import { hasRole, type TSessionUser } from "@atlas/shared/auth";
import type { TRole } from "@atlas/shared/enums";
import { queryClient, setSessionLostHandler, trpc } from "../lib/trpc.ts";
import { parseSearch, stringifySearch, writtenAs } from "../lib/search-params.ts";
import { safeRedirect, sessionQueryOptions } from "../lib/session.ts";
import { ZPartnerSearch } from "../features/partners/hooks/partner-search.ts";
import { ZDashboardSearch } from "../lib/dashboard-search.ts";
import { ZExportSearch } from "../features/exports/hooks/export-search.ts";
import { ZTimelineSearch } from "../features/timeline/hooks/timeline-search.ts";
import { ZAgreementSearch } from "../features/agreements/hooks/agreement-search.ts";
import { ZMeetingSearch } from "../features/meetings/hooks/meeting-search.ts";
import { ZTaskSearch } from "../features/tasks/hooks/task-search.ts";
import { ZEventSearch } from "../features/events/hooks/event-search.ts";
import { ZProjectSearch } from "../features/projects/hooks/project-search.ts";
import { ZVocabularySearch } from "../features/admin/hooks/vocabulary-search.ts";
import { Shell } from "./shell.tsx";
import { RootLayout } from "./root-layout.tsx";
import { NotFoundInShell, NotFoundPage, RouteErrorPage, RouteErrorState } from "./error-pages.tsx";
import { ensureRecord, isMissingRecord } from "../entities/record-page/load-record.ts";
import { RecordNotFound, RecordPending, RecordStateFrame, type TRecordLayout } from "../entities/record-page/record-frames.tsx";
import type { TRecordKind } from "../entities/record-page/record-kinds.ts";
import { PendingPage } from "./pending-page.tsx";
import { ForbiddenError } from "./forbidden-error.ts";

export type RouterContext = { queryClient: QueryClient };

export type SignInSearch = { redirect?: string; reason?: "signedOut" | "expired" };

function parseSignInSearch(raw: Record<string, unknown>): SignInSearch {
  const search: SignInSearch = {};
  if (typeof raw.redirect === "string" && raw.redirect.startsWith("/")) search.redirect = raw.redirect;
  if (raw.reason === "signedOut" || raw.reason === "expired") search.reason = raw.reason;
  return search;
}

function parseRedirectOnly(raw: Record<string, unknown>): { redirect?: string } {
  return typeof raw.redirect === "string" && raw.redirect.startsWith("/") ? { redirect: raw.redirect } : {};
}

/**
 * The states of a record's page or form, drawn in the record's frame: its skeleton while the
 * loader runs, "not found" when the loader says so (or a suspense query finds the record
 * gone later), and any other error with the breadcrumb kept.
 */
function recordFrames(kind: TRecordKind, layout: TRecordLayout) {
  return {
    pendingComponent: () => <RecordPending kind={kind} layout={layout} />,
    notFoundComponent: () => <RecordNotFound kind={kind} layout={layout} />,
    errorComponent: (props: ErrorComponentProps) =>
      isMissingRecord(props.error) ? (
        <RecordNotFound kind={kind} layout={layout} />
      ) : (
        <RecordStateFrame kind={kind} layout={layout}>
          <RouteErrorState {...props} />
        </RecordStateFrame>
      ),
  };
}

function requireRole(user: TSessionUser, role: TRole): void {
  if (!hasRole(user.role, role)) throw new ForbiddenError(role);
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "signin",
  validateSearch: parseSignInSearch,
  beforeLoad: async ({ context, search }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions());
    if (user && !user.mustChangePassword) throw redirect({ href: safeRedirect(search.redirect), replace: true });
  },
  component: lazyRouteComponent(() => import("../features/auth/components/sign-in-page.tsx"), "SignInPage"),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "change-password",
  validateSearch: parseRedirectOnly,
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions());
    if (!user) throw redirect({ to: "/signin", search: { redirect: location.href } });
    return { user };
  },
  component: lazyRouteComponent(() => import("../features/auth/components/change-password-page.tsx"), "ChangePasswordPage"),
});

/** Everything inside the shell needs a session; a temporary password must be replaced first. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions());
    if (!user) throw redirect({ to: "/signin", search: { redirect: location.href } });
    if (user.mustChangePassword) throw redirect({ to: "/change-password", search: { redirect: location.href } });
    return { user };
  },
  component: Shell,
});

// Any other address of a signed-in user: "not found" inside the shell, so the sidebar and
// header stay (an error component on the shell's route would replace the shell itself).
const notFoundInShellRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "$",
  component: NotFoundInShell,
});

// The landing page after sign-in.
const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  staticData: { nav: { group: "work", label: "nav.overview", icon: "overview" } },
  validateSearch: ZDashboardSearch,
  search: { middlewares: [writtenAs(ZDashboardSearch)] },
  component: lazyRouteComponent(() => import("../features/overview/components/overview-page.tsx"), "OverviewPage"),
});

// Leaflet and the country outlines come with this chunk only, never with index.html.
const mapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "map",
  staticData: { nav: { group: "work", label: "nav.map", icon: "map" } },
  validateSearch: ZDashboardSearch,
  search: { middlewares: [writtenAs(ZDashboardSearch)] },
  component: lazyRouteComponent(() => import("../features/map/components/map-page.tsx"), "MapPage"),
});

// The dashboard filter plus the timeline's own `zoom`.
const timelineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "timeline",
  staticData: { nav: { group: "work", label: "nav.timeline", icon: "calendar" } },
  validateSearch: ZTimelineSearch,
  search: { middlewares: [writtenAs(ZTimelineSearch)] },
  component: lazyRouteComponent(() => import("../features/timeline/components/timeline-page.tsx"), "TimelinePage"),
});

const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "partners",
  staticData: { nav: { group: "registers", label: "nav.partners", icon: "partners" } },
  validateSearch: ZPartnerSearch,
  search: { middlewares: [writtenAs(ZPartnerSearch)] },
  component: lazyRouteComponent(() => import("../features/partners/components/partners-page.tsx"), "PartnersPage"),
});

const newPartnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "partners/new",
  // ?parent=<id>: "add a partner within this one" from a partner's page.
  validateSearch: (raw: Record<string, unknown>): { parent?: string } =>
    typeof raw.parent === "string" && /^[0-9a-f-]{36}$/i.test(raw.parent) ? { parent: raw.parent } : {},
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/partners/components/partner-form-page.tsx"), "NewPartnerPage"),
});

const partnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "partners/$partnerId",
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.partner.byId.queryOptions({ id: params.partnerId })),
  ...recordFrames("partner", "detail"),
  component: lazyRouteComponent(() => import("../features/partners/components/partner-page.tsx"), "PartnerPage"),
});

const editPartnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "partners/$partnerId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.partner.byId.queryOptions({ id: params.partnerId })),
  ...recordFrames("partner", "form"),
  component: lazyRouteComponent(() => import("../features/partners/components/partner-form-page.tsx"), "EditPartnerPage"),
});

const newPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "people/new",
  // ?partner=<id>&side=PARTNER: "add a person of this partner" from a partner's page.
  validateSearch: (raw: Record<string, unknown>): { partner?: string; side?: "HOME" | "PARTNER" } => ({
    ...(typeof raw.partner === "string" && /^[0-9a-f-]{36}$/i.test(raw.partner) ? { partner: raw.partner } : {}),
    ...(raw.side === "HOME" || raw.side === "PARTNER" ? { side: raw.side } : {}),
  }),
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/people/components/person-form-page.tsx"), "NewPersonPage"),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "people/$personId",
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.person.byId.queryOptions({ id: params.personId })),
  ...recordFrames("person", "detail"),
  component: lazyRouteComponent(() => import("../features/people/components/person-page.tsx"), "PersonPage"),
});

const editPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "people/$personId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.person.byId.queryOptions({ id: params.personId })),
  ...recordFrames("person", "form"),
  component: lazyRouteComponent(() => import("../features/people/components/person-form-page.tsx"), "EditPersonPage"),
});

const agreementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "agreements",
  staticData: { nav: { group: "registers", label: "agreements.nav", icon: "copy" } },
  validateSearch: ZAgreementSearch,
  search: { middlewares: [writtenAs(ZAgreementSearch)] },
  component: lazyRouteComponent(() => import("../features/agreements/components/agreements-page.tsx"), "AgreementsPage"),
});

const newAgreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "agreements/new",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/agreements/components/agreement-form-page.tsx"), "NewAgreementPage"),
});

const agreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "agreements/$agreementId",
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.agreement.byId.queryOptions({ id: params.agreementId })),
  ...recordFrames("agreement", "detail"),
  component: lazyRouteComponent(() => import("../features/agreements/components/agreement-page.tsx"), "AgreementPage"),
});

const editAgreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "agreements/$agreementId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.agreement.byId.queryOptions({ id: params.agreementId })),
  ...recordFrames("agreement", "form"),
  component: lazyRouteComponent(() => import("../features/agreements/components/agreement-form-page.tsx"), "EditAgreementPage"),
});

const meetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "meetings",
  staticData: { nav: { group: "registers", label: "meetings.nav", icon: "calendar" } },
  validateSearch: ZMeetingSearch,
  search: { middlewares: [writtenAs(ZMeetingSearch)] },
  component: lazyRouteComponent(() => import("../features/meetings/components/meetings-page.tsx"), "MeetingsPage"),
});

const newMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "meetings/new",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/meetings/components/meeting-form-page.tsx"), "NewMeetingPage"),
});

const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "meetings/$meetingId",
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.meeting.byId.queryOptions({ id: params.meetingId })),
  ...recordFrames("meeting", "detail"),
  component: lazyRouteComponent(() => import("../features/meetings/components/meeting-page.tsx"), "MeetingPage"),
});

const editMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "meetings/$meetingId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.meeting.byId.queryOptions({ id: params.meetingId })),
  ...recordFrames("meeting", "form"),
  component: lazyRouteComponent(() => import("../features/meetings/components/meeting-form-page.tsx"), "EditMeetingPage"),
});

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "tasks",
  staticData: { nav: { group: "work", label: "tasks.nav", icon: "bell" } },
  validateSearch: ZTaskSearch,
  search: { middlewares: [writtenAs(ZTaskSearch)] },
  component: lazyRouteComponent(() => import("../features/tasks/components/tasks-page.tsx"), "TasksPage"),
});

// The dashboard filter plus upcoming/past, kind and the sort.
const eventsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "events",
  staticData: { nav: { group: "registers", label: "events.nav", icon: "calendar" } },
  validateSearch: ZEventSearch,
  search: { middlewares: [writtenAs(ZEventSearch)] },
  component: lazyRouteComponent(() => import("../features/events/components/events-page.tsx"), "EventsPage"),
});

const newEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "events/new",
  // ?tour=1 opens the form as a multi-stop tour.
  validateSearch: (raw: Record<string, unknown>): { tour?: boolean } => (raw.tour === "1" || raw.tour === "true" || raw.tour === true ? { tour: true } : {}),
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/events/components/event-form-page.tsx"), "NewEventPage"),
});

const eventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "events/$eventId",
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.event.byId.queryOptions({ id: params.eventId })),
  ...recordFrames("event", "detail"),
  component: lazyRouteComponent(() => import("../features/events/components/event-page.tsx"), "EventPage"),
});

const editEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "events/$eventId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.event.byId.queryOptions({ id: params.eventId })),
  ...recordFrames("event", "form"),
  component: lazyRouteComponent(() => import("../features/events/components/event-form-page.tsx"), "EditEventPage"),
});

const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "projects",
  staticData: { nav: { group: "registers", label: "projects.nav", icon: "pin" } },
  validateSearch: ZProjectSearch,
  search: { middlewares: [writtenAs(ZProjectSearch)] },
  component: lazyRouteComponent(() => import("../features/projects/components/projects-page.tsx"), "ProjectsPage"),
});

const newProjectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "projects/new",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/projects/components/project-form-page.tsx"), "NewProjectPage"),
});

const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "projects/$projectId",
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.project.byId.queryOptions({ id: params.projectId })),
  ...recordFrames("project", "detail"),
  component: lazyRouteComponent(() => import("../features/projects/components/project-page.tsx"), "ProjectPage"),
});

const editProjectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "projects/$projectId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  loader: ({ context, params }) => ensureRecord(context.queryClient, trpc.project.byId.queryOptions({ id: params.projectId })),
  ...recordFrames("project", "form"),
  component: lazyRouteComponent(() => import("../features/projects/components/project-form-page.tsx"), "EditProjectPage"),
});

const exportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "exports",
  staticData: { nav: { group: "registers", label: "exports.nav", icon: "overview" } },
  validateSearch: ZExportSearch,
  search: { middlewares: [writtenAs(ZExportSearch)] },
  component: lazyRouteComponent(() => import("../features/exports/components/exports-page.tsx"), "ExportsPage"),
});

const exportEntryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "exports/entry",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/exports/components/export-entry-page.tsx"), "ExportEntryPage"),
});

// Press-release import (issue 14): editors paste a release and confirm the records it holds.
const pressImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "import",
  staticData: { nav: { group: "work", label: "nav.pressImport", icon: "copy", minRole: "EDITOR" } },
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/press-import/components/press-import-page.tsx"), "PressImportPage"),
});

// Calendar feeds and the user's saved views (issue 15).
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "settings",
  beforeLoad: ({ context }) => requireRole(context.user, "ANALYST"),
  component: lazyRouteComponent(() => import("../features/saved-views/components/settings-page.tsx"), "SettingsPage"),
});

// Table import (issue 15, item 5): editors import a CSV or XLSX of partners, people, meetings or export figures.
const bulkImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "import/table",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  staticData: { nav: { group: "work", label: "nav.bulkImport", icon: "list", minRole: "EDITOR" } },
  component: lazyRouteComponent(() => import("../features/bulk-import/components/bulk-import-page.tsx"), "BulkImportPage"),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "admin/users",
  staticData: { nav: { group: "admin", label: "nav.users", icon: "users", minRole: "ADMIN" } },
  beforeLoad: ({ context }) => requireRole(context.user, "ADMIN"),
  component: lazyRouteComponent(() => import("../features/admin/components/users-page.tsx"), "UsersPage"),
});

const vocabulariesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "admin/vocabularies",
  staticData: { nav: { group: "admin", label: "nav.vocabularies", icon: "list", minRole: "ADMIN" } },
  beforeLoad: ({ context }) => requireRole(context.user, "ADMIN"),
  validateSearch: ZVocabularySearch,
  search: { middlewares: [writtenAs(ZVocabularySearch)] },
  component: lazyRouteComponent(() => import("../features/admin/components/vocabularies-page.tsx"), "VocabulariesPage"),
});

// The periodic report (issue 15): analysts and above. Its search is kept as raw strings
// here (nothing imported into the first load); the page turns them into a period.
const reportSearchKeys = ["kind", "year", "n", "country", "sector"] as const;
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "reports",
  beforeLoad: ({ context }) => requireRole(context.user, "ANALYST"),
  validateSearch: (raw: Record<string, unknown>): Partial<Record<(typeof reportSearchKeys)[number], string>> =>
    Object.fromEntries(reportSearchKeys.flatMap((key) => (typeof raw[key] === "string" || typeof raw[key] === "number" ? [[key, String(raw[key])]] : []))),
  staticData: { nav: { group: "work", label: "nav.reports", icon: "list", minRole: "ANALYST" } },
  component: lazyRouteComponent(() => import("../features/reports/components/reports-page.tsx"), "ReportsPage"),
});

const deletedRecordsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "admin/deleted",
  staticData: { nav: { group: "admin", label: "deleted.nav", icon: "trash", minRole: "ADMIN" } },
  beforeLoad: ({ context }) => requireRole(context.user, "ADMIN"),
  component: lazyRouteComponent(() => import("../features/admin/components/deleted-page.tsx"), "DeletedPage"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  changePasswordRoute,
  appRoute.addChildren([
    indexRoute,
    mapRoute,
    timelineRoute,
    partnersRoute,
    newPartnerRoute,
    partnerRoute,
    editPartnerRoute,
    newPersonRoute,
    personRoute,
    editPersonRoute,
    agreementsRoute,
    newAgreementRoute,
    agreementRoute,
    editAgreementRoute,
    meetingsRoute,
    newMeetingRoute,
    meetingRoute,
    editMeetingRoute,
    eventsRoute,
    newEventRoute,
    eventRoute,
    editEventRoute,
    projectsRoute,
    newProjectRoute,
    projectRoute,
    editProjectRoute,
    tasksRoute,
    exportsRoute,
    exportEntryRoute,
    pressImportRoute,
    settingsRoute,
    reportsRoute,
    bulkImportRoute,
    usersRoute,
    vocabulariesRoute,
    deletedRecordsRoute,
    notFoundInShellRoute,
  ]),
]);

/**
 * The app's router. In the browser it follows the address bar; given a `url` it runs
 * on an in-memory history (component tests).
 */
export function buildRouter(options: { url?: string } = {}) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history: options.url ? createMemoryHistory({ initialEntries: [options.url] }) : undefined,
    parseSearch,
    stringifySearch,
    defaultPreload: "intent",
    // Route data comes from React Query; the router does not cache it a second time.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PendingPage,
    defaultPendingMs: 250,
    // A page that fails (no permission, no connection) shows its error where the page
    // would be: inside the shell, which stays. The root's own error page is for the rest.
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });

  // The server ended the session (expired, signed out elsewhere): drop the data, keep
  // form drafts, and ask for sign-in again, returning here afterwards.
  setSessionLostHandler(() => {
    const { pathname, href } = router.state.location;
    if (pathname === "/signin") return;
    queryClient.clear();
    queryClient.setQueryData(sessionQueryOptions().queryKey, null);
    void router.navigate({ to: "/signin", search: { redirect: href, reason: "expired" } });
  });
  return router;
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
