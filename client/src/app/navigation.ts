// The shell's sections. Only pages that exist are listed; the remaining dashboard
// pages (Timeline under "work"; Agreements, Meetings, Events, Exports under
// "registers") slot in here as their routes are added.
import type { TRole } from "@atlas/shared/enums";
import type { IconName } from "../ui/icons.tsx";

export type NavItem = {
  to: "/" | "/map" | "/partners" | "/admin/users";
  label: "nav.overview" | "nav.map" | "nav.partners" | "nav.users";
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
    ],
  },
  {
    label: "nav.groups.registers",
    items: [{ to: "/partners", label: "nav.partners", icon: "partners", minRole: "VIEWER" }],
  },
  {
    label: "nav.groups.admin",
    items: [{ to: "/admin/users", label: "nav.users", icon: "users", minRole: "ADMIN" }],
  },
];
