// Reading a block copied from Excel or LibreOffice Calc: tab-separated lines, the
// first row naming destinations, the first column naming export categories. Names are
// matched without case, ё/е and extra spaces; numbers may use a comma or a dot for
// decimals and spaces as thousands separators.

export type PasteProblem =
  | { kind: "empty" }
  | { kind: "noData" }
  | { kind: "unknownCategory"; row: number; name: string }
  | { kind: "unknownDestination"; column: number; name: string }
  | { kind: "duplicateCategory"; row: number; name: string }
  | { kind: "duplicateDestination"; column: number; name: string }
  | { kind: "badNumber"; row: number; column: number; text: string };

export type PastedCell = { categoryId: string; destinationId: string; amount: string };

export type PasteResult = { cells: PastedCell[]; destinationIds: string[]; problems: PasteProblem[] };

type Named = { id: string; name: string; nameEn?: string | null; isoCode?: string | null };

export function normaliseName(text: string): string {
  return text
    .replace(/^["«“']+|["»”']+$/g, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** "1 234,5", "1234.5", "1,234.5" → "1234.5"; "" → null; anything else → undefined. */
export function parseAmount(text: string): string | null | undefined {
  let t = text.replace(/[\s\u00a0\u202f']/g, "");
  if (t === "" || t === "-" || t === "—") return null;
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    t = comma > dot ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  } else if (comma >= 0) {
    if (t.indexOf(",") !== comma) return undefined;
    t = t.replace(",", ".");
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return undefined;
  const whole = (m[1] ?? "0").replace(/^0+(?=\d)/, "");
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

function index(items: Named[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items) {
    for (const key of [item.name, item.nameEn, item.isoCode]) {
      if (key && !map.has(normaliseName(key))) map.set(normaliseName(key), item.id);
    }
  }
  return map;
}

/** Rows and columns are numbered as the user sees them in the spreadsheet: from 1, names included. */
export function parsePastedTable(text: string, categories: Named[], destinations: Named[]): PasteResult {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (lines.length === 0) return { cells: [], destinationIds: [], problems: [{ kind: "empty" }] };
  const grid = lines.map((line) => line.split("\t"));
  const problems: PasteProblem[] = [];
  if (grid.length < 2 || grid[0]!.length < 2) return { cells: [], destinationIds: [], problems: [{ kind: "noData" }] };

  const destinationIndex = index(destinations);
  const categoryIndex = index(categories);

  const columns: Array<string | null> = [];
  const seenColumns = new Set<string>();
  grid[0]!.forEach((raw, c) => {
    if (c === 0) return;
    const name = raw.trim();
    if (!name) {
      columns[c] = null;
      return;
    }
    const id = destinationIndex.get(normaliseName(name));
    if (!id) problems.push({ kind: "unknownDestination", column: c + 1, name });
    else if (seenColumns.has(id)) problems.push({ kind: "duplicateDestination", column: c + 1, name });
    else seenColumns.add(id);
    columns[c] = id && !problems.some((p) => p.kind === "duplicateDestination" && p.column === c + 1) ? id : null;
  });

  const cells: PastedCell[] = [];
  const seenRows = new Set<string>();
  grid.slice(1).forEach((row, r) => {
    const line = r + 2;
    const name = (row[0] ?? "").trim();
    const values = row.slice(1);
    if (!name) {
      if (values.some((v) => v.trim() !== "")) problems.push({ kind: "unknownCategory", row: line, name: "" });
      return;
    }
    const categoryId = categoryIndex.get(normaliseName(name));
    if (!categoryId) {
      problems.push({ kind: "unknownCategory", row: line, name });
      return;
    }
    if (seenRows.has(categoryId)) {
      problems.push({ kind: "duplicateCategory", row: line, name });
      return;
    }
    seenRows.add(categoryId);
    values.forEach((raw, i) => {
      const column = i + 1;
      const amount = parseAmount(raw);
      if (amount === undefined) {
        problems.push({ kind: "badNumber", row: line, column: column + 1, text: raw.trim() });
        return;
      }
      const destinationId = columns[column];
      if (amount === null || !destinationId) return;
      cells.push({ categoryId, destinationId, amount });
    });
  });
  return { cells, destinationIds: [...seenColumns], problems };
}
