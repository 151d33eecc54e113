// Checks shared by the agreement's write services.
import { searchTextOf } from "@atlas/shared/search-text";
import type { StageContext } from "@atlas/shared/agreement-stages";
import { dateOrNull, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { AppError, problem, type FieldErrors, type FieldProblem } from "../../errors.ts";
import { missingIds } from "../common/references.ts";
import { missingSourcesProblem, missingSources } from "../source/source-links.ts";

export const agreementSearchText = searchTextOf.agreement;

export const uniqueIds = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Parties, sectors and the sources named in the input must exist and not be deleted;
 * otherwise BAD_REQUEST naming each bad field (`prefix` is "data." for updates). Sources
 * the agreement already cites (`knownSourceIds`) are not checked again.
 * One query per kind of reference, whatever the number of ids.
 */
export async function assertReferencesExist(
  tx: Tx,
  refs: { partyIds?: string[]; sectorIds?: string[]; sourceIds?: string[]; knownSourceIds?: string[] },
  prefix = "",
): Promise<void> {
  const fieldErrors: FieldErrors = {};
  // Sequential on purpose: these run inside an interactive transaction (one connection).
  const missingParties = await missingIds(tx, "partner", refs.partyIds ?? []);
  const missingSectors = await missingIds(tx, "sector", refs.sectorIds ?? []);
  const missingSourceIds = await missingSources(tx, refs.sourceIds, refs.knownSourceIds);
  if (missingParties.length > 0) fieldErrors[`${prefix}partyIds`] = [problem("reference.parties", { ids: missingParties.join(", ") })];
  if (missingSectors.length > 0) fieldErrors[`${prefix}sectorIds`] = [problem("reference.sectorsMissing", { ids: missingSectors.join(", ") })];
  if (missingSourceIds.length > 0) fieldErrors[`${prefix}sourceIds`] = [missingSourcesProblem(missingSourceIds.length)];
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", "record.missingReferences", { params: { fields: Object.keys(fieldErrors).join(", ") }, fieldErrors });
  }
}

/** The term cannot end before the agreement takes effect. */
export function assertTermCoherent(effectiveAt: CalendarDay | null | undefined, expiresAt: CalendarDay | null | undefined, field: string): void {
  if (effectiveAt && expiresAt && expiresAt < effectiveAt) {
    throw new AppError("BAD_REQUEST", "agreement.expiresBeforeEffective", { fieldErrors: { [field]: [problem("agreement.expiresBeforeEffective")] } });
  }
}

/**
 * Document rows in the order given. AgreementDocument has no position column, so the
 * order is kept in createdAt (one millisecond apart), which byId sorts by.
 */
export function documentRows(documents: ReadonlyArray<{ title: string; url: string | null }>) {
  const base = Date.now();
  return documents.map((d, i) => ({ title: d.title, url: d.url, createdAt: new Date(base + i) }));
}

/**
 * Whether the parties lie outside the home region's country: the top of each party's
 * hierarchy is compared with the top of the home region's. No home region or no
 * parties count as international (the stricter rule applies). `parties` is the SQL
 * that yields the parties' ids.
 */
async function internationalContext(tx: Tx, parties: Prisma.Sql): Promise<StageContext> {
  const rows = await tx.$queryRaw<Array<{ international: boolean }>>`
    WITH RECURSIVE
      party_up AS (
        SELECT p.id, p."parentId" FROM "Partner" p WHERE p.id IN (${parties})
        UNION
        SELECT p.id, p."parentId" FROM party_up u JOIN "Partner" p ON p.id = u."parentId"
      ),
      home_up AS (
        SELECT p.id, p."parentId" FROM "Partner" p WHERE p."isHome" AND p."deletedAt" IS NULL
        UNION
        SELECT p.id, p."parentId" FROM home_up u JOIN "Partner" p ON p.id = u."parentId"
      )
    SELECT NOT EXISTS (SELECT 1 FROM party_up)
        OR NOT EXISTS (SELECT 1 FROM home_up WHERE "parentId" IS NULL)
        OR EXISTS (SELECT 1 FROM party_up WHERE "parentId" IS NULL
                     AND id NOT IN (SELECT id FROM home_up WHERE "parentId" IS NULL)) AS international`;
  return { international: rows[0]?.international ?? true };
}

/** The stage context of a stored agreement, from its parties. */
export function stageContextOf(tx: Tx, agreementId: string): Promise<StageContext> {
  return internationalContext(tx, Prisma.sql`SELECT "partnerId" FROM "AgreementParty" WHERE "agreementId" = ${agreementId}::uuid`);
}

/** The same for an agreement not yet written (create checks its path before the row exists). */
export function stageContextOfParties(tx: Tx, partyIds: readonly string[]): Promise<StageContext> {
  return internationalContext(tx, Prisma.sql`SELECT unnest(${uniqueIds(partyIds)}::uuid[])`);
}

const agreementDateFields = ["signedAt", "registeredAt", "effectiveAt", "expiresAt"] as const;

/**
 * The agreement's date fields as Prisma writes them: a day becomes UTC midnight (Prisma
 * refuses a bare "YYYY-MM-DD" for a date column), null clears, absent stays absent.
 */
export function agreementDateData<T extends Partial<Record<(typeof agreementDateFields)[number], CalendarDay | null>>>(fields: T) {
  const out: Record<string, unknown> = { ...fields };
  for (const field of agreementDateFields) {
    if (fields[field] !== undefined) out[field] = dateOrNull(fields[field]);
  }
  return out as Omit<T, (typeof agreementDateFields)[number]> & Partial<Record<(typeof agreementDateFields)[number], Date | null>>;
}

/** BAD_REQUEST carrying { path: problem } as field errors; `lead` is the error itself when there is one main reason. */
export function problemsError(problems: Record<string, FieldProblem>, lead?: FieldProblem): AppError {
  const fieldErrors: FieldErrors = Object.fromEntries(Object.entries(problems).map(([field, found]) => [field, [found]]));
  return new AppError("BAD_REQUEST", lead?.key ?? "agreement.checkStages", { params: lead?.params ?? {}, fieldErrors });
}
