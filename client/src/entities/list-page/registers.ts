// What the register frame (register-page.tsx) knows of each register besides its rows and
// its search: the list «Скачать» offers, where «Добавить» leads and what it and the empty
// result's reset button say. Typecheck holds each path to a route and each text to a key.
import type { ParseKeys } from "i18next";
import type { RegisteredRouter } from "@tanstack/react-router";
import type { TDownloadList } from "@atlas/shared/downloads";

type TRoutePath = keyof RegisteredRouter["routesByPath"] & string;

type RegisterFacts = { download: TDownloadList; addPath: TRoutePath; addLabel: ParseKeys; resetLabel: ParseKeys };

export const registers = {
  partners: { download: "partners", addPath: "/partners/new", addLabel: "partners.add", resetLabel: "partners.filter.reset" },
  meetings: { download: "meetings", addPath: "/meetings/new", addLabel: "meetings.add", resetLabel: "meetings.filter.reset" },
  agreements: { download: "agreements", addPath: "/agreements/new", addLabel: "agreements.add", resetLabel: "agreements.filter.reset" },
  events: { download: "events", addPath: "/events/new", addLabel: "events.add", resetLabel: "events.resetFilter" },
  projects: { download: "projects", addPath: "/projects/new", addLabel: "projects.add", resetLabel: "projects.resetFilter" },
  exports: { download: "export-figures", addPath: "/exports/entry", addLabel: "exports.enter", resetLabel: "exports.filter.reset" },
} as const satisfies Record<string, RegisterFacts>;

/**
 * A register, named by its locale section. Each section keeps the same keys (title, intro,
 * total, caption, sortBy, empty.{title,text}, emptyFiltered.{title,text}); typecheck holds it to them.
 */
export type TRegisterSection = keyof typeof registers;
