// Bulk import of a table (issue 15, item 5): a CSV or XLSX file of partners, people,
// meetings or export figures, read into rows checked by the same schemas as the forms
// (bulkImport.preview, nothing written), then written all or nothing (bulkImport.commit).
import { z } from "zod";
import type { FieldProblem } from "./error-keys.ts";
import type { TBulkImportField } from "./bulk-import-columns.ts";

export const bulkImportKinds = ["partner", "person", "meeting", "exportFigure"] as const;
export const ZBulkImportKind = z.enum(bulkImportKinds);
export type TBulkImportKind = z.infer<typeof ZBulkImportKind>;

/** More rows than this are refused before any is checked: one import stays one bounded transaction. */
export const maxImportRows = 5000;
/**
 * The largest file. Sent as base64 (4/3 of its size) inside the JSON of a tRPC call, it
 * stays under the server's 2 MiB body limit (server/src/http/request-limits.ts).
 */
export const maxImportFileBytes = 1024 * 1024;
const maxBase64Length = Math.ceil(maxImportFileBytes / 3) * 4;

export const ZBulkImportFileInput = z.object({
  kind: ZBulkImportKind,
  fileName: z.string().trim().min(1, { error: "validation.fillIn" }).max(300, { error: "validation.tooLong" }),
  contentBase64: z
    .string()
    .max(maxBase64Length, { error: "bulkImport.fileTooLarge" })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "bulkImport.unreadableFile" }),
  /**
   * Field → column index (0-based) chosen by the editor; a field left out keeps the guess
   * from the headers, null leaves the field empty.
   */
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(500).nullable()).default({}),
});
export type TBulkImportFileInput = z.input<typeof ZBulkImportFileInput>;

export const ZBulkImportCommitInput = ZBulkImportFileInput.extend({
  /** Rows the editor left out (their numbers in the file, as the preview gave them). */
  skipRows: z
    .array(
      z
        .number()
        .int()
        .min(1)
        .max(maxImportRows + 1),
    )
    .max(maxImportRows)
    .default([]),
});
export type TBulkImportCommitInput = z.input<typeof ZBulkImportCommitInput>;

/** A record a cell named and the import found (a partner by name or alias, a category). */
export type TBulkImportMatch = { field: string; id: string; name: string };

export type TBulkImportRow = {
  /** The row's number in the file, header included (what the spreadsheet shows). */
  rowNumber: number;
  /** The mapped cells, as text. */
  values: Record<string, string>;
  /** Problems that keep the row out: field → problems (field "_" for the whole row). */
  errors: Record<string, FieldProblem[]>;
  /** What the duplicate guard found that does not stop the row (a similar name). */
  warnings: Record<string, FieldProblem[]>;
  matches: TBulkImportMatch[];
};

export type TBulkImportPreview = {
  kind: TBulkImportKind;
  headers: string[];
  fields: TBulkImportField[];
  /** Field → column index used (guessed or chosen), null when no column fits. */
  mapping: Record<string, number | null>;
  rows: TBulkImportRow[];
};

export type { TBulkImportField };

export type TBulkImportCommitResult = { kind: TBulkImportKind; created: number };
