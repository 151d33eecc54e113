// The shell's sections, read from the routes: a page that belongs in the sidebar says so
// in its route's `staticData.nav`, so a new page is added in router.tsx alone. Groups and
// their items keep the order in which the route tree lists them.
import type { AnyRoute, RegisteredRouter } from "@tanstack/react-router";
import type { TRole } from "@atlas/shared/enums";
import type { IconName } from "../ui/icons.tsx";

/** The sidebar's sections in their order; each is labelled `nav.groups.<group>`. */
const navGroups = ["work", "registers", "admin"] as const;

export type NavEntry = {
  group: (typeof navGroups)[number];
  label:
    | "nav.overview"
    | "nav.map"
    | "nav.timeline"
    | "nav.partners"
    | "agreements.nav"
    | "meetings.nav"
    | "tasks.nav"
    | "events.nav"
    | "projects.nav"
    | "exports.nav"
    | "nav.pressImport"
    | "nav.reports"
    | "nav.bulkImport"
    | "nav.users"
    | "nav.vocabularies"
    | "deleted.nav";
  icon: IconName;
  /** Who sees the entry; everyone signed in when left out. */
  minRole?: TRole;
};

declare module "@tanstack/react-router" {
  interface StaticDataRouteOption {
    nav?: NavEntry;
  }
}

export type NavItem = Omit<NavEntry, "group" | "minRole"> & { to: keyof RegisteredRouter["routesByPath"] & string; minRole: TRole };
export type NavGroup = { label: `nav.groups.${NavEntry["group"]}`; items: NavItem[] };

export function navigationOf(routeTree: AnyRoute): NavGroup[] {
  const items = new Map<NavEntry["group"], NavItem[]>(navGroups.map((group) => [group, []]));
  for (const route of routesInOrder(routeTree)) {
    const nav = route.options.staticData?.nav;
    if (!nav) continue;
    const { group, minRole = "VIEWER", ...item } = nav;
    // A route's full path is one of the router's paths by construction.
    items.get(group)?.push({ ...item, minRole, to: route.fullPath as NavItem["to"] });
  }
  return [...items].map(([group, groupItems]) => ({ label: `nav.groups.${group}`, items: groupItems }));
}

function* routesInOrder(route: AnyRoute): Generator<AnyRoute> {
  yield route;
  const children: AnyRoute[] = Array.isArray(route.children) ? route.children : Object.values(route.children ?? {});
  for (const child of children) yield* routesInOrder(child);
}
