// The values of the vocabularies (vocabulary-tables.ts): read, add, rename, retire,
// merge, and the check the record services make before they store a value.
import { codeFromName, type TVocabularies, type TVocabularyName, type TVocabularyTerm } from "@atlas/shared/vocabulary";
import type { z } from "zod";
import type { ZAddTermInput, ZMergeTermsInput, ZRetireTermInput, ZUpdateTermInput } from "@atlas/shared/vocabulary";
import { normalizeSearchText } from "@atlas/shared/search-text";
import type { PrismaClient, Tx } from "../../db.ts";
import { AppError, notFound, problem } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { vocabularyTables, type TermReference } from "./vocabulary-tables.ts";

type TermRow = {
  id: string;
  code: string | null;
  name: string;
  nameEn: string | null;
  sortOrder: number;
  retiredAt: Date | null;
  deletedAt: Date | null;
  mergedIntoId: string | null;
  version: number;
  system: boolean;
  needsStateRegistration: boolean | null;
};

function selectTerms(vocabulary: TVocabularyName, where = "TRUE"): string {
  const t = vocabularyTables[vocabulary];
  return `SELECT id::text AS id, ${t.valueColumn === "code" ? "code" : t.table === "Sector" ? "code" : "NULL::text"} AS code, name,
    "nameEn", "sortOrder", "retiredAt", ${t.hasDeletedAt ? `"deletedAt"` : "NULL::timestamp"} AS "deletedAt",
    "mergedIntoId"::text AS "mergedIntoId", version, ${t.hasSystemFlag ? "system" : "false"} AS system,
    ${vocabulary === "agreementKind" ? `"needsStateRegistration"` : "NULL::boolean"} AS "needsStateRegistration"
    FROM "${t.table}" WHERE ${where}`;
}

function toTerm(vocabulary: TVocabularyName, row: TermRow): TVocabularyTerm {
  const t = vocabularyTables[vocabulary];
  return {
    id: row.id,
    value: t.valueColumn === "code" ? row.code! : row.id,
    name: row.name,
    nameEn: row.nameEn,
    sortOrder: row.sortOrder,
    // A deleted sector or category is shown on the records that keep it, like a retired one.
    retired: row.retiredAt !== null || row.deletedAt !== null,
    system: row.system,
    mergedIntoId: row.mergedIntoId,
    version: row.version,
    ...(row.needsStateRegistration === null ? {} : { needsStateRegistration: row.needsStateRegistration }),
  };
}

const byListOrder = (a: TVocabularyTerm, b: TVocabularyTerm) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "ru");

/** Every value of every vocabulary, retired ones included (records still show them): a few hundred rows. */
export async function listVocabularies(prisma: Tx): Promise<TVocabularies> {
  const names = Object.keys(vocabularyTables) as TVocabularyName[];
  const lists = await Promise.all(
    names.map(async (name) => (await prisma.$queryRawUnsafe<TermRow[]>(selectTerms(name))).map((row) => toTerm(name, row)).sort(byListOrder)),
  );
  return Object.fromEntries(names.map((name, i) => [name, lists[i]])) as TVocabularies;
}

async function findTerm(tx: Tx, vocabulary: TVocabularyName, id: string): Promise<TermRow> {
  const [row] = await tx.$queryRawUnsafe<TermRow[]>(selectTerms(vocabulary, "id = $1::uuid"), id);
  if (!row || row.deletedAt) throw notFound(vocabulary, id);
  return row;
}

/**
 * An editor adds a value from a form. A value of the same name (case and ё/е aside)
 * is returned instead of a second one; a retired one is named, for an administrator
 * to bring back.
 */
export async function addTerm({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZAddTermInput> }) {
  const { vocabulary } = input;
  const t = vocabularyTables[vocabulary];
  return prisma.$transaction(async (tx) => {
    // One writer at a time per vocabulary, so two editors adding «ЖКХ» at once get one value.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `vocabulary:${vocabulary}`);
    const key = normalizeSearchText(input.name);
    const rows = await tx.$queryRawUnsafe<TermRow[]>(selectTerms(vocabulary));
    const same = rows.find((row) => normalizeSearchText(row.name) === key);
    if (same && !same.retiredAt && !same.deletedAt) return { term: toTerm(vocabulary, same), existed: true };
    if (same) {
      const found = problem("vocabulary.retiredExists", { name: same.name });
      throw new AppError("CONFLICT", found.key, { params: found.params, fieldErrors: { name: [found] } });
    }
    const sortOrder = Math.max(0, ...rows.map((r) => (r.sortOrder >= 1000 ? 0 : r.sortOrder))) + 10;
    const nameEn = input.nameEn ?? null;
    let id: string;
    if (vocabulary === "sector") {
      const code = uniqueCode(codeFromName(input.name).toLowerCase().replaceAll("_", "-"), rows);
      id = (await tx.sector.create({ data: { code, name: input.name, nameEn: nameEn ?? input.name, sortOrder }, select: { id: true } })).id;
    } else if (vocabulary === "exportCategory") {
      id = (await tx.exportCategory.create({ data: { name: input.name, nameEn, sortOrder }, select: { id: true } })).id;
    } else {
      const code = uniqueCode(codeFromName(input.name), rows);
      const flag = vocabulary === "agreementKind" ? `, "needsStateRegistration"` : "";
      const flagValue = vocabulary === "agreementKind" ? `, $5` : "";
      const params: unknown[] = [code, input.name, nameEn, sortOrder];
      if (vocabulary === "agreementKind") params.push(input.needsStateRegistration ?? false);
      const [created] = await tx.$queryRawUnsafe<Array<{ id: string }>>(
        `INSERT INTO "${t.table}" (id, code, name, "nameEn", "sortOrder"${flag}, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4${flagValue}, now()) RETURNING id::text AS id`,
        ...params,
      );
      id = created!.id;
    }
    const created = await findTerm(tx, vocabulary, id);
    await recordChange(tx, {
      entity: t.entity,
      recordId: id,
      action: "CREATE",
      userId: actorId,
      changes: { name: input.name, nameEn, ...(vocabulary === "agreementKind" ? { needsStateRegistration: created.needsStateRegistration } : {}) },
    });
    return { term: toTerm(vocabulary, created), existed: false };
  });
}

function uniqueCode(base: string, rows: TermRow[]): string {
  const taken = new Set(rows.map((r) => r.code));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${base.includes("-") || base === base.toLowerCase() ? "-" : "_"}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** An administrator renames a value, moves it in the lists, or (agreement kinds) sets whether 4-FZ registration applies. */
export async function updateTerm({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateTermInput> }) {
  const { vocabulary, id, version, data } = input;
  const t = vocabularyTables[vocabulary];
  return prisma.$transaction(async (tx) => {
    const current = await findTerm(tx, vocabulary, id);
    assertVersion(current, version, vocabulary);
    if (data.name !== undefined) {
      const key = normalizeSearchText(data.name);
      const rows = await tx.$queryRawUnsafe<TermRow[]>(selectTerms(vocabulary, "id <> $1::uuid"), id);
      const same = rows.find((row) => normalizeSearchText(row.name) === key);
      if (same) {
        const found = problem(same.retiredAt ? "vocabulary.nameTakenRetired" : "vocabulary.nameTaken", { name: same.name });
        throw new AppError("CONFLICT", found.key, { params: found.params, fieldErrors: { "data.name": [found] } });
      }
    }
    if (data.needsStateRegistration !== undefined && vocabulary !== "agreementKind") {
      throw new AppError("BAD_REQUEST", "vocabulary.stateRegistrationOnlyForAgreements", {
        fieldErrors: { "data.needsStateRegistration": [problem("vocabulary.onlyForAgreementKinds")] },
      });
    }
    const sets: string[] = [];
    const params: unknown[] = [id, version];
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set = (column: string, value: unknown, before: unknown) => {
      if (value === undefined || value === before) return;
      params.push(value);
      sets.push(`"${column}" = $${params.length}`);
      changes[column] = { from: before, to: value };
    };
    set("name", data.name, current.name);
    // English name: nameEn may be cleared (null), except on sectors where it is required.
    if (data.nameEn !== undefined) set("nameEn", data.nameEn ?? (vocabulary === "sector" ? (data.name ?? current.name) : null), current.nameEn);
    set("sortOrder", data.sortOrder, current.sortOrder);
    set("needsStateRegistration", data.needsStateRegistration, current.needsStateRegistration);
    if (sets.length === 0) return toTerm(vocabulary, current);
    const written = await tx.$executeRawUnsafe(
      `UPDATE "${t.table}" SET ${sets.join(", ")}, version = version + 1, "updatedAt" = now() WHERE id = $1::uuid AND version = $2`,
      ...params,
    );
    if (written !== 1) throw concurrentWriteConflict(vocabulary);
    await recordChange(tx, { entity: t.entity, recordId: id, action: "UPDATE", userId: actorId, changes });
    return toTerm(vocabulary, await findTerm(tx, vocabulary, id));
  });
}

function refuseSystem(vocabulary: TVocabularyName, row: TermRow, key: "vocabulary.systemNotRetired" | "vocabulary.systemNotMerged"): void {
  if (!row.system) return;
  const found = problem(key, { name: row.name, vocabulary });
  throw new AppError("BAD_REQUEST", key, { params: found.params, fieldErrors: { id: [found] } });
}

/** An administrator retires a value (no longer offered; records keep it) or brings it back. */
export async function retireTerm({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZRetireTermInput> }) {
  const { vocabulary, id, version, retired } = input;
  const t = vocabularyTables[vocabulary];
  return prisma.$transaction(async (tx) => {
    const current = await findTerm(tx, vocabulary, id);
    assertVersion(current, version, vocabulary);
    if (retired) refuseSystem(vocabulary, current, "vocabulary.systemNotRetired");
    if (!retired && current.mergedIntoId) {
      throw new AppError("BAD_REQUEST", "vocabulary.merged", { params: { name: current.name } });
    }
    if (retired === (current.retiredAt !== null)) return toTerm(vocabulary, current);
    const written = await tx.$executeRawUnsafe(
      `UPDATE "${t.table}" SET "retiredAt" = ${retired ? "now()" : "NULL"}, version = version + 1, "updatedAt" = now() WHERE id = $1::uuid AND version = $2`,
      id,
      version,
    );
    if (written !== 1) throw concurrentWriteConflict(vocabulary);
    await recordChange(tx, { entity: t.entity, recordId: id, action: "UPDATE", userId: actorId, changes: { retired: { from: !retired, to: retired } } });
    return toTerm(vocabulary, await findTerm(tx, vocabulary, id));
  });
}

/**
 * Merges `fromId` into `intoId` in one transaction: every record holding `fromId`
 * (deleted ones too) then holds `intoId`, its version moves on (an edit open on the old
 * value is refused, not silently overwritten) and its history records the change;
 * `fromId` is retired and remembers where it went.
 */
export async function mergeTerms({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZMergeTermsInput> }) {
  const { vocabulary, fromId, intoId } = input;
  const t = vocabularyTables[vocabulary];
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `vocabulary:${vocabulary}`);
      const from = await findTerm(tx, vocabulary, fromId);
      const into = await findTerm(tx, vocabulary, intoId);
      refuseSystem(vocabulary, from, "vocabulary.systemNotMerged");
      if (from.mergedIntoId) throw new AppError("BAD_REQUEST", "vocabulary.alreadyMerged", { params: { name: from.name } });
      if (into.retiredAt) {
        const found = problem("vocabulary.mergeIntoRetired", { name: into.name });
        throw new AppError("BAD_REQUEST", found.key, { params: found.params, fieldErrors: { intoId: [found] } });
      }
      const fromValue = t.valueColumn === "code" ? from.code! : from.id;
      const intoValue = t.valueColumn === "code" ? into.code! : into.id;
      const moved: Record<string, number> = {};
      for (const reference of t.references) {
        moved[`${reference.entity}`] = (moved[reference.entity] ?? 0) + (await moveReferences(tx, reference, fromValue, intoValue, t.valueColumn, actorId));
      }
      await tx.$executeRawUnsafe(
        `UPDATE "${t.table}" SET "retiredAt" = COALESCE("retiredAt", now()), "mergedIntoId" = $2::uuid, version = version + 1, "updatedAt" = now() WHERE id = $1::uuid`,
        fromId,
        intoId,
      );
      await recordChange(tx, {
        entity: t.entity,
        recordId: fromId,
        action: "UPDATE",
        userId: actorId,
        changes: { mergedInto: { from: null, to: into.name }, movedRecords: { from: null, to: moved } },
      });
      await recordChange(tx, {
        entity: t.entity,
        recordId: intoId,
        action: "UPDATE",
        userId: actorId,
        changes: { mergedFrom: { from: null, to: from.name }, movedRecords: { from: null, to: moved } },
      });
      return { from: toTerm(vocabulary, await findTerm(tx, vocabulary, fromId)), into: toTerm(vocabulary, into), moved };
    },
    // A merge over a region's history moves many rows; it is an administrator's rare act.
    { timeout: 120_000 },
  );
}

/** Moves one kind of reference and writes one history entry per moved record; returns how many records moved. */
async function moveReferences(
  tx: Tx,
  reference: TermReference,
  fromValue: string,
  intoValue: string,
  valueColumn: "code" | "id",
  actorId: string | null,
): Promise<number> {
  const cast = valueColumn === "id" ? "::uuid" : "";
  const asHistory = (value: string) => (reference.field.endsWith("Ids") ? `jsonb_build_array(${value}::text)` : `to_jsonb(${value}::text)`);
  const changes = `jsonb_build_object('${reference.field}', jsonb_build_object('from', ${asHistory("$1")}, 'to', ${asHistory("$2")}))`;
  const log = `INSERT INTO "ChangeLog" (id, entity, "recordId", action, "userId", at, changes)
    SELECT gen_random_uuid(), '${reference.entity}', moved.id, 'UPDATE'::"ChangeAction", $3::uuid, now(), ${changes} FROM moved`;
  if (reference.shape === "column") {
    return tx.$executeRawUnsafe(
      `WITH moved AS (
         UPDATE "${reference.table}" SET "${reference.column}" = $2${cast}, version = version + 1, "updatedAt" = now()
         WHERE "${reference.column}" = $1${cast} RETURNING id)
       ${log}`,
      fromValue,
      intoValue,
      actorId,
    );
  }
  // A link table: a record holding both values keeps one link; the others move.
  const { table, recordColumn, column, recordTable } = reference;
  return tx.$executeRawUnsafe(
    `WITH dropped AS (
       DELETE FROM "${table}" l WHERE l."${column}" = $1${cast}
         AND EXISTS (SELECT 1 FROM "${table}" k WHERE k."${recordColumn}" = l."${recordColumn}" AND k."${column}" = $2${cast})
       RETURNING l."${recordColumn}" AS id),
     relinked AS (
       UPDATE "${table}" SET "${column}" = $2${cast} WHERE "${column}" = $1${cast}
         AND "${recordColumn}" NOT IN (SELECT id FROM dropped) RETURNING "${recordColumn}" AS id),
     moved AS (
       UPDATE "${recordTable}" r SET version = version + 1, "updatedAt" = now()
       WHERE r.id IN (SELECT id FROM dropped UNION SELECT id FROM relinked) RETURNING r.id)
     ${log}`,
    fromValue,
    intoValue,
    actorId,
  );
}

/**
 * The check a record's service makes before it stores vocabulary values: each must
 * exist and be in use. A value the record already holds passes even when retired since
 * (old records keep their values); the message names the field.
 */
export async function assertTermsUsable(
  tx: Tx,
  vocabulary: TVocabularyName,
  values: readonly string[],
  options: { field: string; alreadyHeld?: readonly string[] },
): Promise<void> {
  const wanted = [...new Set(values)].filter((v) => !options.alreadyHeld?.includes(v));
  if (wanted.length === 0) return;
  const t = vocabularyTables[vocabulary];
  const column = t.valueColumn === "code" ? "code" : "id::text";
  const rows = await tx.$queryRawUnsafe<TermRow[]>(selectTerms(vocabulary, `${column} = ANY($1::text[])`), wanted);
  for (const value of wanted) {
    const row = rows.find((r) => (t.valueColumn === "code" ? r.code : r.id) === value);
    const found =
      !row || row.deletedAt
        ? problem("vocabulary.unknownValue", { vocabulary })
        : row.retiredAt
          ? problem("vocabulary.retiredValue", { vocabulary, name: row.name })
          : null;
    if (found) throw new AppError("BAD_REQUEST", found.key, { params: found.params, fieldErrors: { [options.field]: [found] } });
  }
}

/** The rules an agreement's kind carries (its name for messages, whether 4-FZ registration applies). */
export async function agreementKindRules(tx: Tx, code: string): Promise<{ name: string; needsStateRegistration: boolean }> {
  const kind = await tx.agreementKind.findUnique({ where: { code }, select: { name: true, needsStateRegistration: true } });
  if (!kind) {
    const found = problem("vocabulary.unknownValue", { vocabulary: "agreementKind" });
    throw new AppError("BAD_REQUEST", found.key, { params: found.params, fieldErrors: { kind: [found] } });
  }
  return kind;
}
