// The rows of an import checked as the forms would check them: each row's cells mapped
// to fields, names looked up (partners by name or other name, as the duplicate guard
// does; kinds and categories in their vocabularies), then parsed by the create
// procedure's own schema. Names are looked up and guarded against duplicates for all
// rows at once (one query per kind of look-up), so a file of thousands of rows is
// checked within a request. Nothing is written.
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
import type { Table } from "./read-table.ts";
import { similarPartnersOfNames, similarPeopleOfNames, type PersonQuery, type SimilarPartner } from "./similar-records.ts";

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

function partnerOfName(name: string, similar: SimilarPartner[]): Named | FieldProblem {
  const exact = similar.filter((p) => p.exact);
  if (exact.length === 1) return { id: exact[0]!.id, name: exact[0]!.name };
  if (exact.length > 1) return problem("bulkImport.partnerAmbiguous", { name, count: exact.length });
  if (similar.length > 0) return problem("bulkImport.partnerNotFoundSimilar", { name, similar: similar.map((p) => p.name).join("», «") });
  return problem("bulkImport.partnerNotFound", { name });
}

/** Look-ups shared by the rows of one file, each name asked once. */
class Lookups {
  private partners = new Map<string, Promise<Named | FieldProblem>>();
  private terms: Promise<{
    meetingKinds: Array<{ code: string; name: string; nameEn: string | null }>;
    categories: Array<Named & { nameEn: string | null }>;
  }> | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  /** Looks up the partners of these names with one query; partner() then answers from memory. */
  async preparePartners(names: readonly string[]): Promise<void> {
    // The first spelling of a name is the one its problems quote.
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = normalizeSearchText(name);
      if (!this.partners.has(key) && !byKey.has(key)) byKey.set(key, name);
    }
    const firstNames = [...byKey.values()];
    const similar = await similarPartnersOfNames(this.prisma, firstNames);
    firstNames.forEach((name, i) => this.partners.set(normalizeSearchText(name), Promise.resolve(partnerOfName(name, similar[i]!))));
  }

  /** The one partner with this name or other name, as the duplicate guard finds it. */
  partner(name: string): Promise<Named | FieldProblem> {
    const key = normalizeSearchText(name);
    let found = this.partners.get(key);
    if (!found) {
      found = similarPartnersOfNames(this.prisma, [name]).then(([similar]) => partnerOfName(name, similar!));
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

/** The partner names a row refers to, looked up for all rows before any row is checked. */
const partnerNamesOf: { [K in TBulkImportKind]: (cells: Cells) => string[] } = {
  partner: (c) => (c.parent ? [c.parent] : []),
  person: (c) => (c.partner ? [c.partner] : []),
  meeting: (c) => listOf(c.partners ?? ""),
  exportFigure: (c) => (c.destination ? [c.destination] : []),
};

/** A row the duplicate guard is to look at, and the name it is asked about. */
type Guarded = { row: RowState; candidate: Record<string, unknown> };

/** The duplicate guard of the forms for the rows: the same name is an error, a similar one a warning. */
async function guardDuplicates(kind: TBulkImportKind, prisma: PrismaClient, guarded: Guarded[]): Promise<void> {
  if (kind === "partner") {
    const similar = await similarPartnersOfNames(
      prisma,
      guarded.map(({ candidate }) => String(candidate.name)),
    );
    guarded.forEach(({ row }, i) => {
      const found = similar[i]!;
      const same = found.find((p) => p.exact);
      if (same) row.error("name", problem("bulkImport.partnerExists", { name: same.name }));
      else if (found.length > 0) row.warn("name", problem("bulkImport.similarExists", { names: found.map((p) => p.name).join("», «") }));
    });
  } else if (kind === "person") {
    const queries: PersonQuery[] = guarded.map(({ candidate }) => ({
      fullName: String(candidate.fullName),
      partnerId: typeof candidate.partnerId === "string" ? candidate.partnerId : null,
    }));
    const similar = await similarPeopleOfNames(prisma, queries);
    guarded.forEach(({ row }, i) => {
      const found = similar[i]!;
      const same = found.find((p) => p.exact);
      if (same) row.error("fullName", problem("bulkImport.personExists", { name: same.fullName }));
      else if (found.length > 0) row.warn("fullName", problem("bulkImport.similarExists", { names: found.map((p) => p.fullName).join("», «") }));
    });
  }
}

/** The field whose repetition within one file is a duplicate. */
const identityField: Partial<Record<TBulkImportKind, string>> = { partner: "name", person: "fullName" };

/** A row's cells under the mapped fields, with the text the database cannot store noted. */
type ReadRow = { rowNumber: number; values: Cells; row: RowState };

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
  const read: ReadRow[] = table.rows.map(({ rowNumber, cells }) => {
    const row = new RowState();
    const values: Cells = {};
    for (const f of fields) {
      const column = mapping[f.name];
      const text = column === null || column === undefined ? "" : (cells[column] ?? "").trim();
      values[f.name] = text;
      const bad = badCharacterIn(text);
      if (bad) row.error(f.name, problem("request.badCharacterInText", { character: bad }));
    }
    return { rowNumber, values, row };
  });
  // Unstorable text is not looked up or parsed: what it would say is not worth showing.
  const storable = (r: ReadRow) => Object.keys(r.row.errors).length === 0;

  const lookups = new Lookups(prisma);
  await lookups.preparePartners(read.filter(storable).flatMap((r) => partnerNamesOf[kind](r.values)));
  const seen = new Map<string, number>();
  const guarded: Guarded[] = [];
  /** The parsed input of each row that was parsed (storable), null when its schema refused it. */
  const parsedRows = new Map<ReadRow, CreateInputs[TBulkImportKind] | null>();
  for (const r of read) {
    if (!storable(r)) continue;
    const { values, row } = r;
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
      else seen.set(key, r.rowNumber);
      if (parsed.success && earlier === undefined) guarded.push({ row, candidate });
    }
    parsedRows.set(r, parsed.success ? parsed.data : null);
  }
  await guardDuplicates(kind, prisma, guarded);

  const rows = read.map((r): CheckedRow => {
    const { rowNumber, values, row } = r;
    if (!parsedRows.has(r)) {
      return {
        rowNumber,
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.toWellFormed().replaceAll("\0", "")])),
        errors: row.errors,
        warnings: {},
        matches: [],
        input: null,
      };
    }
    const input = parsedRows.get(r) ?? null;
    const valid = input !== null && Object.keys(row.errors).length === 0;
    return { rowNumber, values, errors: row.errors, warnings: row.warnings, matches: row.matches, input: valid ? input : null };
  });
  return { mapping, rows };
}
