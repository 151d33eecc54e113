// The rows of an import checked as the forms would check them: each row's cells mapped
// to fields, names looked up (partners by name or other name, as the duplicate guard
// does; kinds and categories in their vocabularies), then parsed by the create
// procedure's own schema. The duplicate guard runs per row. Nothing is written.
import type { z, ZodType } from "zod";
import type { TBulkImportKind, TBulkImportMatch, TBulkImportRow } from "@atlas/shared/bulk-import";
import { bulkImportFields, guessMapping, headerKey } from "@atlas/shared/bulk-import-columns";
import { makeDay } from "@atlas/shared/calendar-day";
import { problemOfIssue, type FieldProblem } from "@atlas/shared/error-keys";
import { ZCreateExportFigureInput } from "@atlas/shared/export";
import { ZCreateMeetingInput } from "@atlas/shared/meeting";
import { ZCreatePartnerInput } from "@atlas/shared/partner";
import { ZCreatePersonInput } from "@atlas/shared/person";
import { normalizeSearchText } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { problem } from "../../errors.ts";
import { badCharacterIn } from "../../input-text.ts";
import { findSimilarPartners } from "../partner/find-similar-partners.ts";
import { findSimilarPeople } from "../person/find-similar-people.ts";
import type { Table } from "./read-table.ts";

/** What each kind's create procedure takes. */
export type CreateInputs = {
  partner: z.output<typeof ZCreatePartnerInput>;
  person: z.output<typeof ZCreatePersonInput>;
  meeting: z.output<typeof ZCreateMeetingInput>;
  exportFigure: z.output<typeof ZCreateExportFigureInput>;
};

/** A checked row; `input` is set when the row has no errors. */
export type CheckedRow<K extends TBulkImportKind = TBulkImportKind> = TBulkImportRow & { input: CreateInputs[K] | null };

const schemas: { [K in TBulkImportKind]: ZodType<CreateInputs[K]> } = {
  partner: ZCreatePartnerInput,
  person: ZCreatePersonInput,
  meeting: ZCreateMeetingInput,
  exportFigure: ZCreateExportFigureInput,
};

/** The schema's field → the column it came from, where the two differ. */
const fieldOfPath: Record<TBulkImportKind, Record<string, string>> = {
  partner: { parentId: "parent" },
  person: { partnerId: "partner", positions: "post" },
  meeting: { partnerIds: "partners" },
  exportFigure: { categoryId: "category", destinationId: "destination" },
};

/** Closed lists by their Russian and English labels (as the interface shows them) and codes. */
const labels = {
  level: {
    COUNTRY: ["Страна", "Country"],
    REGION: ["Регион", "Region"],
    CITY: ["Город", "City"],
    ORGANISATION: ["Организация", "Organisation", "Organization"],
  },
  side: { HOME: ["Наша сторона", "Наша", "Home"], PARTNER: ["Сторона партнёра", "Партнёр", "Partner"] },
  direction: { INCOMING: ["Входящий", "Входящий (к нам)", "К нам", "Incoming"], OUTGOING: ["Исходящий", "Исходящий (от нас)", "От нас", "Outgoing"] },
  format: { IN_PERSON: ["Очно", "In person"], REMOTE: ["Дистанционно", "Онлайн", "Remote", "Online"] },
} as const;

function closedValue(list: keyof typeof labels, text: string): string | null {
  const key = headerKey(text);
  for (const [code, names] of Object.entries(labels[list])) {
    if (headerKey(code) === key || (names as readonly string[]).some((n) => headerKey(n) === key)) return code;
  }
  return null;
}

/** дд.мм.гггг as YYYY-MM-DD, unchecked: the schema says what is wrong with it (a bad day, a year outside 1900–2100). */
function dayText(text: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{1,4})$/.exec(text.trim());
  return m ? makeDay(Number(m[3]), Number(m[2]), Number(m[1])) : text.trim();
}

/** «1 250 000,50» as «1250000.50»; the schema refuses what is not a number or too large. */
function numberText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
}

const listOf = (text: string) =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

type Named = { id: string; name: string };

/** Look-ups shared by the rows of one file, each name asked once. */
class Lookups {
  private partners = new Map<string, Promise<Named | FieldProblem>>();
  private terms: Promise<{
    meetingKinds: Array<{ code: string; name: string; nameEn: string | null }>;
    categories: Array<Named & { nameEn: string | null }>;
  }> | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  /** The one partner with this name or other name, as the duplicate guard finds it. */
  partner(name: string): Promise<Named | FieldProblem> {
    const key = normalizeSearchText(name);
    let found = this.partners.get(key);
    if (!found) {
      found = findSimilarPartners({ prisma: this.prisma, input: { name } }).then((similar) => {
        const exact = similar.filter((p) => p.exact);
        if (exact.length === 1) return { id: exact[0]!.id, name: exact[0]!.name };
        if (exact.length > 1) return problem("bulkImport.partnerAmbiguous", { name, count: exact.length });
        if (similar.length > 0) return problem("bulkImport.partnerNotFoundSimilar", { name, similar: similar.map((p) => p.name).join("», «") });
        return problem("bulkImport.partnerNotFound", { name });
      });
      this.partners.set(key, found);
    }
    return found;
  }

  private vocabularies() {
    this.terms ??= Promise.all([
      this.prisma.meetingKind.findMany({ where: { retiredAt: null }, select: { code: true, name: true, nameEn: true } }),
      this.prisma.exportCategory.findMany({ where: { retiredAt: null, deletedAt: null }, select: { id: true, name: true, nameEn: true } }),
    ]).then(([meetingKinds, categories]) => ({ meetingKinds, categories }));
    return this.terms;
  }

  async meetingKind(text: string): Promise<string | FieldProblem> {
    const key = headerKey(text);
    const kind = (await this.vocabularies()).meetingKinds.find((k) => [k.code, k.name, k.nameEn ?? ""].some((n) => headerKey(n) === key));
    return kind ? kind.code : problem("bulkImport.unknownValue", { value: text });
  }

  async category(text: string): Promise<Named | FieldProblem> {
    const key = headerKey(text);
    const category = (await this.vocabularies()).categories.find((c) => [c.name, c.nameEn ?? ""].some((n) => headerKey(n) === key));
    return category ? { id: category.id, name: category.name } : problem("bulkImport.unknownValue", { value: text });
  }
}

const isProblem = (value: unknown): value is FieldProblem => typeof value === "object" && value !== null && "key" in value;

/** What one row needs from the checking: its errors and matches so far, and how to add to them. */
class RowState {
  readonly errors: Record<string, FieldProblem[]> = {};
  readonly warnings: Record<string, FieldProblem[]> = {};
  readonly matches: TBulkImportMatch[] = [];
  error(field: string, found: FieldProblem) {
    (this.errors[field] ??= []).push(found);
  }
  warn(field: string, found: FieldProblem) {
    (this.warnings[field] ??= []).push(found);
  }
  /** A looked-up record, or its problem noted: null then. */
  matched(field: string, found: Named | FieldProblem): string | null {
    if (isProblem(found)) {
      this.error(field, found);
      return null;
    }
    this.matches.push({ field, id: found.id, name: found.name });
    return found.id;
  }
  /** A closed list's code, or the problem noted: the raw text then, which the schema refuses too. */
  closed(field: string, list: keyof typeof labels, text: string): string | undefined {
    if (!text) return undefined;
    const code = closedValue(list, text);
    if (!code) this.error(field, problem("bulkImport.unknownValue", { value: text }));
    return code ?? undefined;
  }
}

type Cells = Record<string, string>;
const orNull = (text: string | undefined) => (text ? text : null);

/** The create input of a row, before its schema sees it; names looked up. */
const candidates: { [K in TBulkImportKind]: (cells: Cells, row: RowState, lookups: Lookups) => Promise<Record<string, unknown>> } = {
  partner: async (c, row, lookups) => ({
    name: c.name ?? "",
    nameEn: orNull(c.nameEn),
    level: row.closed("level", "level", c.level ?? ""),
    parentId: c.parent ? row.matched("parent", await lookups.partner(c.parent)) : null,
    isoCode: orNull(c.isoCode),
    aliases: listOf(c.aliases ?? ""),
    notes: orNull(c.notes),
  }),
  person: async (c, row, lookups) => ({
    fullName: c.fullName ?? "",
    fullNameEn: orNull(c.fullNameEn),
    post: orNull(c.post),
    organisation: orNull(c.organisation),
    side: row.closed("side", "side", c.side ?? ""),
    partnerId: c.partner ? row.matched("partner", await lookups.partner(c.partner)) : null,
    email: orNull(c.email),
    phone: orNull(c.phone),
    notes: orNull(c.notes),
  }),
  meeting: async (c, row, lookups) => {
    const partnerIds: string[] = [];
    for (const name of listOf(c.partners ?? "")) {
      const id = row.matched("partners", await lookups.partner(name));
      if (id) partnerIds.push(id);
    }
    const kind = c.kind ? await lookups.meetingKind(c.kind) : undefined;
    if (isProblem(kind)) row.error("kind", kind);
    return {
      title: c.title ?? "",
      kind: isProblem(kind) ? undefined : kind,
      startsAt: dayText(c.startsAt ?? ""),
      endsAt: orNull(c.endsAt && dayText(c.endsAt)),
      direction: row.closed("direction", "direction", c.direction ?? "") ?? null,
      format: row.closed("format", "format", c.format ?? ""),
      place: orNull(c.place),
      summary: orNull(c.summary),
      outcomes: orNull(c.outcomes),
      partnerIds,
    };
  },
  exportFigure: async (c, row, lookups) => ({
    categoryId: c.category ? (row.matched("category", await lookups.category(c.category)) ?? undefined) : undefined,
    destinationId: c.destination ? (row.matched("destination", await lookups.partner(c.destination)) ?? undefined) : undefined,
    periodStart: dayText(c.periodStart ?? ""),
    periodEnd: dayText(c.periodEnd ?? ""),
    value: orNull(c.value && numberText(c.value)),
    currency: orNull(c.currency),
    volume: orNull(c.volume && numberText(c.volume)),
    unit: orNull(c.unit),
  }),
};

/** The duplicate guard of the forms, per row: the same name is an error, a similar one a warning. */
async function guardDuplicates(kind: TBulkImportKind, prisma: PrismaClient, input: Record<string, unknown>, row: RowState): Promise<void> {
  if (kind === "partner") {
    const name = String(input.name);
    const similar = await findSimilarPartners({ prisma, input: { name } });
    const same = similar.find((p) => p.exact);
    if (same) row.error("name", problem("bulkImport.partnerExists", { name: same.name }));
    else if (similar.length > 0) row.warn("name", problem("bulkImport.similarExists", { names: similar.map((p) => p.name).join("», «") }));
  } else if (kind === "person") {
    const fullName = String(input.fullName);
    const partnerId = typeof input.partnerId === "string" ? input.partnerId : undefined;
    const similar = await findSimilarPeople({ prisma, input: { fullName, ...(partnerId ? { partnerId } : {}) } });
    const same = similar.find((p) => p.exact);
    if (same) row.error("fullName", problem("bulkImport.personExists", { name: same.fullName }));
    else if (similar.length > 0) row.warn("fullName", problem("bulkImport.similarExists", { names: similar.map((p) => p.fullName).join("», «") }));
  }
}

/** The field whose repetition within one file is a duplicate. */
const identityField: Partial<Record<TBulkImportKind, string>> = { partner: "name", person: "fullName" };

export async function checkRows({
  prisma,
  kind,
  table,
  chosenMapping,
}: {
  prisma: PrismaClient;
  kind: TBulkImportKind;
  table: Table;
  chosenMapping: Record<string, number | null>;
}): Promise<{ mapping: Record<string, number | null>; rows: CheckedRow[] }> {
  const fields = bulkImportFields[kind];
  const mapping = guessMapping(kind, table.headers);
  for (const f of fields) {
    const chosen = chosenMapping[f.name];
    if (chosen !== undefined) mapping[f.name] = chosen !== null && chosen < table.headers.length ? chosen : null;
  }
  const lookups = new Lookups(prisma);
  const seen = new Map<string, number>();
  const rows: CheckedRow[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const row = new RowState();
    const values: Cells = {};
    for (const f of fields) {
      const column = mapping[f.name];
      const text = column === null || column === undefined ? "" : (cells[column] ?? "").trim();
      values[f.name] = text;
      const bad = badCharacterIn(text);
      if (bad) row.error(f.name, problem("request.badCharacterInText", { character: bad }));
    }
    if (Object.keys(row.errors).length > 0) {
      // Unstorable text is not looked up or parsed: what it would say is not worth showing.
      rows.push({
        rowNumber,
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.toWellFormed().replaceAll("\0", "")])),
        errors: row.errors,
        warnings: {},
        matches: [],
        input: null,
      });
      continue;
    }
    const candidate = await candidates[kind](values, row, lookups);
    const parsed = schemas[kind].safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const first = String(issue.path[0] ?? "_");
        const name = fieldOfPath[kind][first] ?? first;
        // A name already reported as not found is not also «required».
        if (!row.errors[name]) row.error(name, problemOfIssue(issue));
      }
    }
    const identity = identityField[kind];
    if (identity && values[identity]) {
      const key = normalizeSearchText(values[identity]);
      const earlier = seen.get(key);
      if (earlier !== undefined) row.error(identity, problem("bulkImport.repeatedInFile", { row: earlier }));
      else seen.set(key, rowNumber);
      if (parsed.success && earlier === undefined) await guardDuplicates(kind, prisma, candidate, row);
    }
    const valid = parsed.success && Object.keys(row.errors).length === 0;
    rows.push({ rowNumber, values, errors: row.errors, warnings: row.warnings, matches: row.matches, input: valid ? parsed.data : null });
  }
  return { mapping, rows };
}
