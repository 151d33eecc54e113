// Code-based routes. Pages are lazy-loaded (index.html pulls in only the shell);
// search params are validated, so filters in the URL are typed.
import { createMemoryHistory, createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from "@tanstack/react-router";
import type { QueryClient } from "@tanstack/react-query";
import { hasRole, type TSessionUser } from "@atlas/shared/auth";
import type { TRole } from "@atlas/shared/enums";
import { queryClient, setSessionLostHandler } from "../lib/trpc.ts";
import { parseSearch, stringifySearch } from "../lib/search-params.ts";
import { safeRedirect, sessionQueryOptions } from "../lib/session.ts";
import { parsePartnerSearch } from "../features/partners/hooks/partner-search.ts";
import { parseDashboardSearch } from "../lib/dashboard-search.ts";
import { Shell } from "./shell.tsx";
import { RootLayout } from "./root-layout.tsx";
import { NotFoundPage, RouteErrorPage } from "./error-pages.tsx";
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

// The landing page after sign-in.
const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  validateSearch: parseDashboardSearch,
  component: lazyRouteComponent(() => import("../features/overview/components/overview-page.tsx"), "OverviewPage"),
});

// Leaflet and the country outlines come with this chunk only, never with index.html.
const mapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "map",
  validateSearch: parseDashboardSearch,
  component: lazyRouteComponent(() => import("../features/map/components/map-page.tsx"), "MapPage"),
});

const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "partners",
  validateSearch: parsePartnerSearch,
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
  component: lazyRouteComponent(() => import("../features/partners/components/partner-page.tsx"), "PartnerPage"),
});

const editPartnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "partners/$partnerId/edit",
  beforeLoad: ({ context }) => requireRole(context.user, "EDITOR"),
  component: lazyRouteComponent(() => import("../features/partners/components/partner-form-page.tsx"), "EditPartnerPage"),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "admin/users",
  beforeLoad: ({ context }) => requireRole(context.user, "ADMIN"),
  component: lazyRouteComponent(() => import("../features/admin/components/users-page.tsx"), "UsersPage"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  changePasswordRoute,
  appRoute.addChildren([indexRoute, mapRoute, partnersRoute, newPartnerRoute, partnerRoute, editPartnerRoute, usersRoute]),
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
