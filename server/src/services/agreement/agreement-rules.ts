// Checks shared by the agreement's write services.
import { searchTextOf } from "@atlas/shared/search-text";
import type { StageContext } from "@atlas/shared/agreement-stages";
import type { Tx } from "../../db.ts";
import { AppError, type FieldErrors } from "../../errors.ts";

export const agreementSearchText = searchTextOf.agreement;

export const uniqueIds = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Parties, sectors and the source named in the input must exist and not be deleted;
 * otherwise BAD_REQUEST naming each bad field (`prefix` is "data." for updates).
 * One query per kind of reference, whatever the number of ids.
 */
export async function assertReferencesExist(
  tx: Tx,
  refs: { partyIds?: string[]; sectorIds?: string[]; sourceId?: string | null },
  prefix = "",
): Promise<void> {
  const fieldErrors: FieldErrors = {};
  // Sequential on purpose: these run inside an interactive transaction (one connection).
  const parties = refs.partyIds?.length
    ? await tx.partner.findMany({ where: { id: { in: uniqueIds(refs.partyIds) }, deletedAt: null }, select: { id: true } })
    : null;
  const sectors = refs.sectorIds?.length
    ? await tx.sector.findMany({ where: { id: { in: uniqueIds(refs.sectorIds) }, deletedAt: null }, select: { id: true } })
    : null;
  const source = refs.sourceId ? await tx.source.findFirst({ where: { id: refs.sourceId, deletedAt: null }, select: { id: true } }) : undefined;
  if (parties && refs.partyIds && parties.length !== uniqueIds(refs.partyIds).length) {
    const found = new Set(parties.map((p) => p.id));
    const missing = uniqueIds(refs.partyIds).filter((id) => !found.has(id));
    fieldErrors[`${prefix}partyIds`] = [`Сторона соглашения не найдена: ${missing.join(", ")}`];
  }
  if (sectors && refs.sectorIds && sectors.length !== uniqueIds(refs.sectorIds).length) {
    const found = new Set(sectors.map((s) => s.id));
    const missing = uniqueIds(refs.sectorIds).filter((id) => !found.has(id));
    fieldErrors[`${prefix}sectorIds`] = [`Отрасль не найдена: ${missing.join(", ")}`];
  }
  if (source === null) fieldErrors[`${prefix}sourceId`] = ["Источник не найден"];
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", "Ссылки на несуществующие записи: " + Object.keys(fieldErrors).join(", "), { fieldErrors });
  }
}

/** The term cannot end before the agreement takes effect. */
export function assertTermCoherent(effectiveAt: Date | null, expiresAt: Date | null, field: string): void {
  if (effectiveAt && expiresAt && expiresAt.getTime() < effectiveAt.getTime()) {
    const message = "Срок действия не может закончиться раньше вступления в силу";
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { [field]: [message] } });
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
 * Whether the agreement has a party outside the home region's country: the top of
 * each party's hierarchy is compared with the top of the home region's. No home
 * region or no parties count as international (the stricter rule applies).
 */
export async function stageContextOf(tx: Tx, agreementId: string): Promise<StageContext> {
  const rows = await tx.$queryRaw<Array<{ international: boolean }>>`
    WITH RECURSIVE
      party_up AS (
        SELECT p.id, p."parentId" FROM "AgreementParty" ap JOIN "Partner" p ON p.id = ap."partnerId"
         WHERE ap."agreementId" = ${agreementId}::uuid
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
