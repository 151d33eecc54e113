// The shell's sections. Only pages that exist are listed; the remaining dashboard
// pages (Timeline under "work"; Agreements, Meetings, Events, Exports under
// "registers") slot in here as their routes are added.
import type { TRole } from "@atlas/shared/enums";
import type { IconName } from "../ui/icons.tsx";

export type NavItem = {
  to:
    | "/"
    | "/map"
    | "/timeline"
    | "/partners"
    | "/agreements"
    | "/meetings"
    | "/tasks"
    | "/events"
    | "/projects"
    | "/exports"
    | "/import"
    | "/reports"
    | "/import/table"
    | "/admin/users"
    | "/admin/vocabularies"
    | "/admin/deleted";
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
  minRole: TRole;
};

export type NavGroup = { label: "nav.groups.work" | "nav.groups.registers" | "nav.groups.admin"; items: NavItem[] };

export const navigation: NavGroup[] = [
  {
    label: "nav.groups.work",
    items: [
      { to: "/", label: "nav.overview", icon: "overview", minRole: "VIEWER" },
      { to: "/map", label: "nav.map", icon: "map", minRole: "VIEWER" },
      { to: "/timeline", label: "nav.timeline", icon: "calendar", minRole: "VIEWER" },
      { to: "/tasks", label: "tasks.nav", icon: "bell", minRole: "VIEWER" },
      { to: "/reports", label: "nav.reports", icon: "list", minRole: "ANALYST" },
      { to: "/import", label: "nav.pressImport", icon: "copy", minRole: "EDITOR" },
      { to: "/import/table", label: "nav.bulkImport", icon: "list", minRole: "EDITOR" },
    ],
  },
  {
    label: "nav.groups.registers",
    items: [
      { to: "/partners", label: "nav.partners", icon: "partners", minRole: "VIEWER" },
      { to: "/agreements", label: "agreements.nav", icon: "copy", minRole: "VIEWER" },
      { to: "/meetings", label: "meetings.nav", icon: "calendar", minRole: "VIEWER" },
      { to: "/events", label: "events.nav", icon: "calendar", minRole: "VIEWER" },
      { to: "/projects", label: "projects.nav", icon: "pin", minRole: "VIEWER" },
      { to: "/exports", label: "exports.nav", icon: "overview", minRole: "VIEWER" },
    ],
  },
  {
    label: "nav.groups.admin",
    items: [
      { to: "/admin/users", label: "nav.users", icon: "users", minRole: "ADMIN" },
      { to: "/admin/vocabularies", label: "nav.vocabularies", icon: "list", minRole: "ADMIN" },
      { to: "/admin/deleted", label: "deleted.nav", icon: "trash", minRole: "ADMIN" },
    ],
  },
];
