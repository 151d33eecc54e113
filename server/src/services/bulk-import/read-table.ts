// A file of the bulk import read into a header row and data rows of text cells: CSV in
// UTF-8 (with or without BOM) or Windows-1251, separated by «;» or «,», or the first sheet
// of an XLSX workbook. Whatever the file, the work is bounded before it is done: its
// size by the input schema, an XLSX's unpacked size by its zip directory, the rows by
// maxImportRows.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { maxImportRows } from "@atlas/shared/bulk-import";
import { makeDay } from "@atlas/shared/calendar-day";
import { AppError } from "../../errors.ts";

/** A data row with its number in the file as a spreadsheet shows it (the header is row 1). */
export type TableRow = { rowNumber: number; cells: string[] };
export type Table = { headers: string[]; rows: TableRow[] };
type Cells = { headers: string[]; rows: string[][] };

/** An XLSX whose parts unpack to more than this is refused unread (a zip bomb is small packed). */
const maxUnpackedBytes = 40 * 1024 * 1024;
const maxColumns = 200;

const unreadable = () => new AppError("BAD_REQUEST", "bulkImport.unreadableFile");

export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  const table = isZip || /\.xlsx$/i.test(fileName) ? await readXlsx(bytes) : readCsv(bytes);
  // Empty rows (a spreadsheet's formatting reaches below the data) are not rows, but keep the numbering.
  const rows = table.rows.map((cells, i) => ({ rowNumber: i + 2, cells })).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  if (table.headers.every((h) => h.trim() === "") || rows.length === 0) throw new AppError("BAD_REQUEST", "bulkImport.emptyFile");
  if (rows.length > maxImportRows) throw tooManyRows(rows.length);
  return { headers: table.headers, rows };
}

const tooManyRows = (count: number) => new AppError("BAD_REQUEST", "bulkImport.tooManyRows", { params: { count, maximum: maxImportRows } });

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else Windows-1251, what Russian Excel saves «CSV» in. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

/** «;» (Russian Excel) or «,»: whichever the header line has more of, outside quotes. */
function separatorOf(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ";") semicolons++;
    else if (!quoted && c === ",") commas++;
  }
  return semicolons >= commas ? ";" : ",";
}

function readCsv(bytes: Buffer): Cells {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      // One row more than allowed is enough to refuse: the rest is not parsed.
      to_line: maxImportRows + 2,
    }) as string[][];
  } catch {
    throw unreadable();
  }
  const [headers = [], ...rows] = records;
  if (rows.length > maxImportRows) throw tooManyRows(countLines(text) - 1);
  return { headers: headers.slice(0, maxColumns), rows: rows.map((r) => r.slice(0, maxColumns)) };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return text.endsWith("\n") ? lines : lines + 1;
}

/**
 * The unpacked size the zip's central directory declares for all its parts; null when
 * the directory cannot be read (then the file is not a workbook either).
 */
export function declaredUnpackedBytes(zip: Buffer): number | null {
  const searchFrom = Math.max(0, zip.length - 65_557);
  let end = -1;
  for (let i = zip.length - 22; i >= searchFrom; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const size = zip.readUInt32LE(at + 24);
    // ZIP64 (0xFFFFFFFF): parts over 4 GiB, never a table one may import.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

/** A cell as text: days as YYYY-MM-DD (Excel's dates carry no time zone: read in UTC), rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return makeDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<Cells> {
  const unpacked = declaredUnpackedBytes(bytes);
  if (unpacked === null) throw unreadable();
  if (unpacked > maxUnpackedBytes) throw new AppError("BAD_REQUEST", "bulkImport.fileTooLarge");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError("BAD_REQUEST", "bulkImport.emptyFile");
  if (sheet.actualRowCount > maxImportRows + 1) throw tooManyRows(sheet.actualRowCount - 1);
  const width = Math.min(sheet.columnCount, maxColumns);
  const rowTexts = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  const headers = rowTexts(sheet.getRow(1));
  const rows: string[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(rowTexts(sheet.getRow(r)));
  return { headers, rows };
}
