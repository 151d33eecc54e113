// Every kind of record in one list, with what the rest of the code needs to know about
// it: its table, how it is deleted, which router serves it, which pages show it and
// where its own page is. History, deleted records, the client's cache invalidation and
// record links read this list instead of each keeping a switch over kinds, so a new kind
// is added here once (and the `satisfies` below fails typecheck until it is).

/** What the change log calls each kind of record (ChangeLog.entity); the server's EntityName is derived from it. */
export const entityNames = [
  "partner",
  "person",
  "sector",
  "source",
  "meeting",
  "agreement",
  "planItem",
  "project",
  "exportCategory",
  "exportFigure",
  "exportFact",
  "event",
  "followUp",
  "meetingKind",
  "eventKind",
  "agreementKind",
  "partnerKind",
  "user",
] as const;
export type TEntityName = (typeof entityNames)[number];

/** The tRPC routers that serve records (the server's appRouter keys; the client checks them against its router type). */
export type TRecordRouter =
  | "partner"
  | "person"
  | "sector"
  | "source"
  | "meeting"
  | "agreement"
  | "project"
  | "exportCategory"
  | "exportFigure"
  | "exportFact"
  | "event"
  | "followUp"
  | "vocabulary"
  | "admin";

/**
 * Screens that show a record besides its own list and page, so a change to it must
 * refresh them: the overview's figures and recent activity, the timeline, the map, the
 * global search, the partners' dossiers and the task list.
 */
export type TEntityFeed = "dashboard" | "timeline" | "map" | "search" | "dossier" | "tasks";

/**
 * - `restorable`: soft-deleted with `delete({ id, version })`, brought back with `restore({ id, version })`;
 * - `softDeletable`: soft-deleted the same way, no restore procedure;
 * - `permanent`: never soft-deleted (removed for good, deactivated, or not deletable).
 */
export type TEntityLifecycle = "restorable" | "softDeletable" | "permanent";

export type TEntityTraits = {
  /** The database table (for raw SQL over several kinds: deleted records, names in the history). */
  table: string;
  /** The column that names a record in the history and the list of deleted records; null when it has no name. */
  titleColumn: "title" | "name" | "fullName" | null;
  lifecycle: TEntityLifecycle;
  router: TRecordRouter;
  /** Where the record's own page lives (`/meetings` → `/meetings/<id>`, `/meetings/<id>/edit`); left out when it has none. */
  pagePath?: string;
  /** Where its page leads back to when that is not `pagePath` itself (people are listed with their partners). */
  listPath?: string;
  feeds: readonly TEntityFeed[];
};

export const entityRegistry = {
  partner: {
    table: "Partner",
    titleColumn: "name",
    lifecycle: "softDeletable",
    router: "partner",
    pagePath: "/partners",
    feeds: ["dashboard", "map", "search", "dossier"],
  },
  person: {
    table: "Person",
    titleColumn: "fullName",
    lifecycle: "softDeletable",
    router: "person",
    pagePath: "/people",
    listPath: "/partners",
    feeds: ["search", "dossier"],
  },
  sector: { table: "Sector", titleColumn: "name", lifecycle: "softDeletable", router: "sector", feeds: ["dashboard"] },
  source: { table: "Source", titleColumn: "title", lifecycle: "softDeletable", router: "source", feeds: ["search"] },
  meeting: {
    table: "Interaction",
    titleColumn: "title",
    lifecycle: "restorable",
    router: "meeting",
    pagePath: "/meetings",
    feeds: ["dashboard", "timeline", "map", "search", "dossier", "tasks"],
  },
  agreement: {
    table: "Agreement",
    titleColumn: "title",
    lifecycle: "restorable",
    router: "agreement",
    pagePath: "/agreements",
    feeds: ["dashboard", "timeline", "map", "search", "dossier"],
  },
  // Plan items live inside their agreement: its router, its page, its screens.
  planItem: { table: "PlanItem", titleColumn: "title", lifecycle: "permanent", router: "agreement", feeds: ["dashboard", "dossier"] },
  project: {
    table: "Project",
    titleColumn: "title",
    lifecycle: "restorable",
    router: "project",
    pagePath: "/projects",
    feeds: ["dashboard", "map", "search", "dossier"],
  },
  exportCategory: { table: "ExportCategory", titleColumn: "name", lifecycle: "softDeletable", router: "exportCategory", feeds: ["dashboard"] },
  exportFigure: {
    table: "ExportFigure",
    titleColumn: null,
    lifecycle: "softDeletable",
    router: "exportFigure",
    feeds: ["dashboard", "map", "dossier"],
  },
  exportFact: { table: "ExportFact", titleColumn: null, lifecycle: "softDeletable", router: "exportFact", feeds: ["dashboard", "dossier"] },
  event: {
    table: "Event",
    titleColumn: "title",
    lifecycle: "restorable",
    router: "event",
    pagePath: "/events",
    feeds: ["dashboard", "timeline", "map", "search", "dossier"],
  },
  followUp: { table: "FollowUp", titleColumn: "title", lifecycle: "restorable", router: "followUp", feeds: ["dashboard", "tasks"] },
  meetingKind: { table: "MeetingKind", titleColumn: "name", lifecycle: "permanent", router: "vocabulary", feeds: [] },
  eventKind: { table: "EventKind", titleColumn: "name", lifecycle: "permanent", router: "vocabulary", feeds: [] },
  agreementKind: { table: "AgreementKind", titleColumn: "name", lifecycle: "permanent", router: "vocabulary", feeds: [] },
  partnerKind: { table: "PartnerKind", titleColumn: "name", lifecycle: "permanent", router: "vocabulary", feeds: [] },
  user: { table: "User", titleColumn: "name", lifecycle: "permanent", router: "admin", feeds: [] },
} as const satisfies Record<TEntityName, TEntityTraits>;

/**
 * Kinds an administrator brings back from /admin/deleted: restorable and with a page of
 * their own to show them on (a task comes back from its meeting instead).
 */
export type TDeletedEntity = {
  [K in TEntityName]: (typeof entityRegistry)[K] extends { lifecycle: "restorable"; pagePath: string } ? K : never;
}[TEntityName];

export const deletedEntities = entityNames.filter(
  (name): name is TDeletedEntity => entityRegistry[name].lifecycle === "restorable" && "pagePath" in entityRegistry[name],
) as unknown as readonly [TDeletedEntity, ...TDeletedEntity[]];

/** Kinds with a page of their own, its form and a way back to their list. */
export type TPageEntity = {
  [K in TEntityName]: (typeof entityRegistry)[K] extends { pagePath: string } ? K : never;
}[TEntityName];

/** Kinds deleted with `delete({ id, version })` and kept in the database (restorable or not). */
export type TSoftDeletableEntity = {
  [K in TEntityName]: (typeof entityRegistry)[K] extends { lifecycle: "permanent" } ? never : K;
}[TEntityName];

export const softDeletableEntities: readonly TSoftDeletableEntity[] = entityNames.filter(
  (name): name is TSoftDeletableEntity => entityRegistry[name].lifecycle !== "permanent",
);

/** Kinds with a restore procedure. */
export type TRestorableEntity = {
  [K in TEntityName]: (typeof entityRegistry)[K] extends { lifecycle: "restorable" } ? K : never;
}[TEntityName];

/** The address of a record's own page, or null when the kind has none. */
export function recordPagePath(entity: TEntityName, id: string): string | null {
  const traits: TEntityTraits = entityRegistry[entity];
  return traits.pagePath === undefined ? null : `${traits.pagePath}/${encodeURIComponent(id)}`;
}
