// The two formats a list or a chart's table downloads as. Both write row by row into a stream and wait
// when its reader is behind, so a download of any size keeps one page in memory.
import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { dayToUtcDate, formatTypedDay } from "@atlas/shared/calendar-day";
import type { TDownloadFormat } from "@atlas/shared/downloads";
import type { Cell } from "./lists.ts";

export const contentTypes: Record<TDownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type SheetColumn = { header: string; width: number };

export interface RowWriter {
  /** Resolves when the stream can take more (backpressure). */
  row(cells: Cell[]): Promise<void>;
  finish(): Promise<void>;
}

/** `absolute` turns an app path into an address with the server's origin. */
export type WriterOptions = { out: Writable; title: string; columns: SheetColumn[]; absolute: (path: string) => string };

// A text starting with one of these is a formula to a spreadsheet (CSV injection); a
// leading apostrophe makes it text. Tab and CR belong to the same family (OWASP).
const formulaStart = /^[=+\-@\t\r]/;

function csvField(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number as Russian Excel reads it: decimal comma, no grouping. */
function russianNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** Russian short month names, as the charts' tables label their months («янв. 2026»). */
const monthsRu = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

function monthLabel(month: string): string {
  const [year, number] = month.split("-");
  return `${monthsRu[Number(number) - 1]} ${year}`;
}

function csvCell(cell: Cell, absolute: (path: string) => string): string {
  if (cell.value === null) return "";
  switch (cell.kind) {
    case "number":
      return russianNumber(cell.value);
    case "day":
      return formatTypedDay(cell.value);
    case "month":
      return monthLabel(cell.value);
    case "link":
      return csvField(absolute(cell.value));
    case "text":
      return csvField(formulaStart.test(cell.value) ? `'${cell.value}` : cell.value);
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

/**
 * CSV as Russian Excel opens it by double-click: UTF-8 with a byte order mark (else it
 * guesses Windows-1251), `;` between fields (the list separator of the Russian locale),
 * CRLF line ends, fields quoted as RFC 4180 says.
 */
export async function csvWriter({ out, columns, absolute }: WriterOptions): Promise<RowWriter> {
  await write(out, "\uFEFF" + columns.map((c) => csvField(c.header)).join(";") + "\r\n");
  return {
    row: (cells) => write(out, cells.map((c) => csvCell(c, absolute)).join(";") + "\r\n"),
    finish: async () => {
      out.end();
    },
  };
}

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

/**
 * XLSX through exceljs's streaming writer: each committed row goes out and is forgotten.
 * A calendar day is written as UTC midnight, which exceljs turns into the day's serial
 * number without any time zone, and shown as дд.мм.гггг.
 */
export async function xlsxWriter({ out, title, columns, absolute }: WriterOptions): Promise<RowWriter> {
  // Shared strings would keep every distinct text in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    row: async (cells) => {
      const row = sheet.addRow(
        cells.map((cell): ExcelJS.CellValue => {
          if (cell.value === null) return null;
          switch (cell.kind) {
            case "day":
              return dayToUtcDate(cell.value);
            // The month's first day, shown as its month: a date a spreadsheet can sort and group.
            case "month":
              return dayToUtcDate(`${cell.value}-01`);
            case "link": {
              const address = absolute(cell.value);
              return { text: address, hyperlink: address };
            }
            default:
              return cell.value;
          }
        }),
      );
      cells.forEach((cell, i) => {
        if (cell.kind === "day") row.getCell(i + 1).numFmt = "dd.mm.yyyy";
        if (cell.kind === "month") row.getCell(i + 1).numFmt = "mmm yyyy";
        if (cell.kind === "link") row.getCell(i + 1).font = { color: { argb: "FF0563C1" }, underline: true };
      });
      row.commit();
      // The zip stream buffers what the response has not taken yet: wait for it.
      if (out.writableNeedDrain) await once(out, "drain");
    },
    finish: async () => {
      await sheet.commit();
      await workbook.commit();
    },
  };
}

export const writers: Record<TDownloadFormat, (options: WriterOptions) => Promise<RowWriter>> = { csv: csvWriter, xlsx: xlsxWriter };
