// Writes seed rows table by table, in the order foreign keys need. Every row carries
// an id derived from a stable key (ids.ts) and conflicts are skipped, so writing the
// same rows twice leaves the database as it was after the first time.
import type { Prisma } from "../src/generated/prisma/client.ts";
import { dayToUtcDate, isCalendarDay, maxYear, minYear, type CalendarDay } from "@atlas/shared/calendar-day";
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import { sourceTextHash } from "../src/source-text.ts";
import type { SeedDb } from "./seed-db.ts";
import { sectorCodes, sectorId, type SectorCode } from "./sectors.ts";

type WithId<T> = T & { id: string };

/** What Prisma's createMany takes for each seeded table; join tables have composite keys instead of ids. */
type SeedInputs = {
  users: WithId<Prisma.UserCreateManyInput>;
  sources: WithId<Prisma.SourceCreateManyInput>;
  partners: WithId<Prisma.PartnerCreateManyInput>;
  people: WithId<Prisma.PersonCreateManyInput>;
  personPositions: WithId<Prisma.PersonPositionCreateManyInput>;
  exportCategories: WithId<Prisma.ExportCategoryCreateManyInput>;
  interactions: WithId<Prisma.InteractionCreateManyInput>;
  interactionPartners: Prisma.InteractionPartnerCreateManyInput;
  interactionParticipants: Prisma.InteractionParticipantCreateManyInput;
  interactionSectors: Prisma.InteractionSectorCreateManyInput;
  interactionSources: Prisma.InteractionSourceCreateManyInput;
  agreements: WithId<Prisma.AgreementCreateManyInput>;
  agreementParties: Prisma.AgreementPartyCreateManyInput;
  agreementSectors: Prisma.AgreementSectorCreateManyInput;
  agreementSources: Prisma.AgreementSourceCreateManyInput;
  agreementStageChanges: WithId<Prisma.AgreementStageChangeCreateManyInput>;
  agreementDocuments: WithId<Prisma.AgreementDocumentCreateManyInput>;
  planItems: WithId<Prisma.PlanItemCreateManyInput>;
  followUps: WithId<Prisma.FollowUpCreateManyInput>;
  projects: WithId<Prisma.ProjectCreateManyInput>;
  projectSites: WithId<Prisma.ProjectSiteCreateManyInput>;
  events: WithId<Prisma.EventCreateManyInput>;
  eventPartners: Prisma.EventPartnerCreateManyInput;
  eventSectors: Prisma.EventSectorCreateManyInput;
  eventSources: Prisma.EventSourceCreateManyInput;
  eventStops: WithId<Prisma.EventStopCreateManyInput>;
  exportFigures: WithId<Prisma.ExportFigureCreateManyInput>;
};

export type SeedTable = keyof SeedInputs;

/**
 * The columns of each table that hold a calendar day (PostgreSQL `date`). Seed rows carry
 * them as "YYYY-MM-DD" strings, the same type the API speaks; the writer turns them into
 * what the chosen write method needs (Prisma refuses a bare day string on writes).
 */
export const seedDayColumns = {
  sources: ["publishedAt"],
  personPositions: ["startsOn", "endsOn"],
  interactions: ["startsAt", "endsAt"],
  agreements: ["stageChangedAt", "signedAt", "registeredAt", "effectiveAt", "expiresAt"],
  agreementStageChanges: ["changedAt"],
  planItems: ["dueDate"],
  followUps: ["dueDate"],
  events: ["startsAt", "endsAt"],
  eventStops: ["date"],
  exportFigures: ["periodStart", "periodEnd"],
} as const satisfies { [T in SeedTable]?: ReadonlyArray<keyof SeedInputs[T]> };

type DayColumnsOf<T extends SeedTable> = T extends keyof typeof seedDayColumns ? (typeof seedDayColumns)[T][number] : never;

/** A row whose day columns hold CalendarDay strings: a Date (an instant) does not type-check there. */
type WithDays<R, K extends PropertyKey> = { [P in keyof R]: P extends K ? Exclude<R[P], Date | string> | CalendarDay : R[P] };

/** The rows of every seeded table. */
export type SeedRows = { [T in SeedTable]: Array<WithDays<SeedInputs[T], DayColumnsOf<T>>> };

/** Foreign keys point only backwards in this list (partners also to earlier partners). */
export const seedTableOrder: readonly SeedTable[] = [
  "users",
  "sources",
  "partners",
  "people",
  "personPositions",
  "exportCategories",
  "interactions",
  "interactionPartners",
  "interactionParticipants",
  "interactionSectors",
  "interactionSources",
  "agreements",
  "agreementParties",
  "agreementSectors",
  "agreementSources",
  "agreementStageChanges",
  "agreementDocuments",
  "planItems",
  "followUps",
  "projects",
  "projectSites",
  "events",
  "eventPartners",
  "eventSectors",
  "eventSources",
  "eventStops",
  "exportFigures",
];

/** The database table of each list (the models have no @@map, so table = model name). */
export const seedTableName: Record<SeedTable, Prisma.ModelName> = {
  users: "User",
  sources: "Source",
  partners: "Partner",
  people: "Person",
  personPositions: "PersonPosition",
  exportCategories: "ExportCategory",
  interactions: "Interaction",
  interactionPartners: "InteractionPartner",
  interactionParticipants: "InteractionParticipant",
  interactionSectors: "InteractionSector",
  interactionSources: "InteractionSource",
  agreements: "Agreement",
  agreementParties: "AgreementParty",
  agreementSectors: "AgreementSector",
  agreementSources: "AgreementSource",
  agreementStageChanges: "AgreementStageChange",
  agreementDocuments: "AgreementDocument",
  planItems: "PlanItem",
  followUps: "FollowUp",
  projects: "Project",
  projectSites: "ProjectSite",
  events: "Event",
  eventPartners: "EventPartner",
  eventSectors: "EventSector",
  eventSources: "EventSource",
  eventStops: "EventStop",
  exportFigures: "ExportFigure",
};

export function emptySeedRows(): SeedRows {
  return Object.fromEntries(seedTableOrder.map((t) => [t, []])) as unknown as SeedRows;
}

// One createMany per table; the row types are checked by SeedRows.
const createMany: Record<SeedTable, (db: SeedDb, data: any[]) => Promise<{ count: number }>> = {
  users: (db, data) => db.user.createMany({ data, skipDuplicates: true }),
  sources: (db, data) => db.source.createMany({ data, skipDuplicates: true }),
  partners: (db, data) => db.partner.createMany({ data, skipDuplicates: true }),
  people: (db, data) => db.person.createMany({ data, skipDuplicates: true }),
  personPositions: (db, data) => db.personPosition.createMany({ data, skipDuplicates: true }),
  exportCategories: (db, data) => db.exportCategory.createMany({ data, skipDuplicates: true }),
  interactions: (db, data) => db.interaction.createMany({ data, skipDuplicates: true }),
  interactionPartners: (db, data) => db.interactionPartner.createMany({ data, skipDuplicates: true }),
  interactionParticipants: (db, data) => db.interactionParticipant.createMany({ data, skipDuplicates: true }),
  interactionSectors: (db, data) => db.interactionSector.createMany({ data, skipDuplicates: true }),
  interactionSources: (db, data) => db.interactionSource.createMany({ data, skipDuplicates: true }),
  agreements: (db, data) => db.agreement.createMany({ data, skipDuplicates: true }),
  agreementParties: (db, data) => db.agreementParty.createMany({ data, skipDuplicates: true }),
  agreementSectors: (db, data) => db.agreementSector.createMany({ data, skipDuplicates: true }),
  agreementSources: (db, data) => db.agreementSource.createMany({ data, skipDuplicates: true }),
  agreementStageChanges: (db, data) => db.agreementStageChange.createMany({ data, skipDuplicates: true }),
  agreementDocuments: (db, data) => db.agreementDocument.createMany({ data, skipDuplicates: true }),
  planItems: (db, data) => db.planItem.createMany({ data, skipDuplicates: true }),
  followUps: (db, data) => db.followUp.createMany({ data, skipDuplicates: true }),
  projects: (db, data) => db.project.createMany({ data, skipDuplicates: true }),
  projectSites: (db, data) => db.projectSite.createMany({ data, skipDuplicates: true }),
  events: (db, data) => db.event.createMany({ data, skipDuplicates: true }),
  eventPartners: (db, data) => db.eventPartner.createMany({ data, skipDuplicates: true }),
  eventSectors: (db, data) => db.eventSector.createMany({ data, skipDuplicates: true }),
  eventSources: (db, data) => db.eventSource.createMany({ data, skipDuplicates: true }),
  eventStops: (db, data) => db.eventStop.createMany({ data, skipDuplicates: true }),
  exportFigures: (db, data) => db.exportFigure.createMany({ data, skipDuplicates: true }),
};

export type WriteMethod =
  /** Prisma createMany with skipDuplicates, `batchSize` rows per call. */
  | "createMany"
  /**
   * One `INSERT ... SELECT FROM json_populate_recordset($1) ON CONFLICT DO NOTHING` per
   * batch: the same effect as createMany with skipDuplicates, three to five times faster
   * on PGlite (measured), because the rows travel as one JSON parameter instead of one
   * bind parameter per value. Rows must name every column without a database default
   * (the generator always does).
   */
  | "sql";

export type WriteOptions = {
  method?: WriteMethod;
  batchSize?: number;
  /**
   * With the "sql" method, a table that receives at least this many rows has its
   * trigram (GIN) search indexes dropped during the load and built again afterwards:
   * building once is several times faster than updating the index row by row (100,000
   * contacts: about 70 s row by row on PGlite, about 25 s with the rebuild). Meant for
   * seeding an installation, not for a database in use. Default 2,000; Infinity turns it off.
   */
  rebuildSearchIndexesFrom?: number;
  onProgress?: (table: SeedTable, written: number) => void;
};

/** Writes all rows in dependency order; returns how many rows each table received (skipped duplicates not counted). */
export async function writeSeedRows(db: SeedDb, rows: SeedRows, options: WriteOptions = {}): Promise<Record<SeedTable, number>> {
  const method = options.method ?? "createMany";
  const batchSize = options.batchSize ?? (method === "sql" ? 5000 : 2000);
  const rebuildFrom = options.rebuildSearchIndexesFrom ?? 2_000;
  const written = {} as Record<SeedTable, number>;
  for (const table of seedTableOrder) {
    const data =
      table === "partners" ? parentsFirst(rows.partners) : table === "sources" ? withTextHashes(withUrlKeys(rows.sources)) : (rows[table] as object[]);
    const load = async () => {
      let count = 0;
      for (let i = 0; i < data.length; i += batchSize) {
        const batch = checkDays(table, data.slice(i, i + batchSize), method === "createMany");
        count += method === "sql" ? await insertJson(db, seedTableName[table], batch) : (await createMany[table](db, batch)).count;
      }
      return count;
    };
    written[table] = method === "sql" && data.length >= rebuildFrom ? await withoutSearchIndexes(db, seedTableName[table], load) : await load();
    options.onProgress?.(table, written[table]);
  }
  return written;
}

/**
 * Checks every day column of a batch (a well-formed day of 1900–2100, or null) and, for
 * createMany, turns it into the UTC-midnight Date Prisma writes to a `date` column. The
 * SQL method sends the strings as they are: json_populate_recordset reads "2024-12-01"
 * into a `date` column without any time zone in between.
 */
function checkDays(table: SeedTable, batch: object[], toDates: boolean): object[] {
  const columns: readonly string[] | undefined = (seedDayColumns as Partial<Record<SeedTable, readonly string[]>>)[table];
  if (!columns) return batch;
  return batch.map((row) => {
    const r = row as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    for (const c of columns) {
      const v = r[c];
      if (v === undefined || v === null) continue;
      if (!isCalendarDay(v)) throw new RangeError(`${table}.${c}: not a calendar day of ${minYear}–${maxYear}: ${String(v)}`);
      if (toDates) (out ??= { ...r })[c] = dayToUtcDate(v);
    }
    return out ?? row;
  });
}

/** Runs `load` with the table's GIN indexes dropped, and creates them again afterwards, also when `load` fails. */
async function withoutSearchIndexes<T>(db: SeedDb, table: string, load: () => Promise<T>): Promise<T> {
  const indexes = await db.$queryRawUnsafe<Array<{ indexname: string; indexdef: string }>>(
    `SELECT indexname::text AS indexname, indexdef::text AS indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexdef ILIKE '%USING gin%'`,
    table,
  );
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.indexname.replaceAll('"', '""')}"`);
  try {
    return await load();
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.indexdef);
  }
}

/** Tables whose `updatedAt` Prisma fills in (@updatedAt) rather than the database. */
const tablesWithUpdatedAt = new Set<string>([
  "User",
  "Partner",
  "Person",
  "PersonPosition",
  "Sector",
  "Source",
  "Interaction",
  "Agreement",
  "PlanItem",
  "FollowUp",
  "Project",
  "ExportCategory",
  "ExportFigure",
  "Event",
]);

async function insertJson(db: SeedDb, table: string, batch: object[]): Promise<number> {
  if (tablesWithUpdatedAt.has(table) && batch.some((row) => !("updatedAt" in row))) {
    // What createMany would do: stamp rows that came without it.
    const stamp = new Date();
    batch = batch.map((row) => ("updatedAt" in row ? row : { ...row, updatedAt: (row as { createdAt?: Date }).createdAt ?? stamp }));
  }
  const columns = [...new Set(batch.flatMap((row) => Object.keys(row)))];
  for (const c of columns) if (!/^[A-Za-z]+$/.test(c)) throw new Error(`Unexpected column name ${c}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  return db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json) ON CONFLICT DO NOTHING`,
    // Keys left undefined are dropped by JSON.stringify; json_populate_recordset reads them as NULL.
    JSON.stringify(batch),
  );
}

/** A source's URL key as the application stores it (one live source per address), unless the row names one. */
function withUrlKeys<T extends { url?: string | null; urlKey?: string | null }>(sources: T[]): T[] {
  return sources.map((s) => (s.url && s.urlKey === undefined ? { ...s, urlKey: normalizeSourceUrl(s.url) } : s));
}

/**
 * The text key of each source with a text (prisma/src/source-text.ts), as the application
 * stores it. Of seeded sources with the same text only the first keeps the key, as the
 * migration treats existing copies: the key is unique among live sources.
 */
function withTextHashes<T extends { text?: string | null; textHash?: string | null; deletedAt?: unknown }>(sources: T[]): T[] {
  const seen = new Set<string>();
  return sources.map((s) => {
    if (s.textHash !== undefined) return s;
    const hash = sourceTextHash(s.text);
    if (!hash) return s;
    if (s.deletedAt) return { ...s, textHash: hash };
    if (seen.has(hash)) return { ...s, textHash: null };
    seen.add(hash);
    return { ...s, textHash: hash };
  });
}

/** Partners reference their parent: write every parent before its children, whatever order they came in. */
function parentsFirst<T extends { id: string; parentId?: string | null }>(partners: T[]): T[] {
  const byId = new Map(partners.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (p: T, guard = 0): number => {
    const known = depth.get(p.id);
    if (known !== undefined) return known;
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    const d = parent && guard < 50 ? depthOf(parent, guard + 1) + 1 : 0;
    depth.set(p.id, d);
    return d;
  };
  return partners
    .map((p, i) => ({ p, i, d: depthOf(p) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Sectors, export categories and users are unique by code, by name and by email. When one was created
 * by hand before the seed ran, the seeded row is skipped, so the rows that refer to it
 * must point at the existing record instead. `knownCategories` are categories written
 * earlier (the case's) that `rows` refers to without containing them.
 */
export async function pointAtExistingReferenceRows(
  db: SeedDb,
  rows: SeedRows,
  knownCategories: ReadonlyArray<{ id: string; name: string }> = [],
): Promise<void> {
  const map = new Map<string, string>();
  const existingSectors = await db.sector.findMany({ where: { code: { in: [...sectorCodes] } }, select: { id: true, code: true } });
  for (const s of existingSectors) {
    const seeded = sectorId(s.code as SectorCode);
    if (s.id !== seeded) map.set(seeded, s.id);
  }
  const categories = [...rows.exportCategories, ...knownCategories];
  if (categories.length) {
    const seededByName = new Map(categories.map((c) => [c.name, c.id]));
    const existing = await db.exportCategory.findMany({ where: { name: { in: [...seededByName.keys()] } }, select: { id: true, name: true } });
    for (const c of existing) {
      const seeded = seededByName.get(c.name);
      if (seeded && seeded !== c.id) map.set(seeded, c.id);
    }
  }
  // The demo accounts are unique by email: a database that has them already keeps them, and its tasks go to them.
  if (rows.users.length) {
    const existing = await db.user.findMany({ where: { email: { in: rows.users.map((u) => u.email) } }, select: { id: true, email: true } });
    for (const user of existing) {
      const seeded = rows.users.find((u) => u.email === user.email);
      if (seeded && seeded.id !== user.id) {
        map.set(seeded.id, user.id);
        seeded.id = user.id;
      }
    }
    for (const f of rows.followUps) if (f.ownerId && map.has(f.ownerId)) f.ownerId = map.get(f.ownerId)!;
  }
  if (!map.size) return;
  const swap = (r: { sectorId?: string | null }) => {
    if (r.sectorId && map.has(r.sectorId)) r.sectorId = map.get(r.sectorId)!;
  };
  rows.interactionSectors.forEach(swap);
  rows.agreementSectors.forEach(swap);
  rows.eventSectors.forEach(swap);
  rows.projects.forEach(swap);
  for (const f of rows.exportFigures) if (map.has(f.categoryId)) f.categoryId = map.get(f.categoryId)!;
}
