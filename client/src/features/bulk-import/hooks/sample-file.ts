// The sample file of each kind, made in the browser from the shared column list: the
// headers the import guesses best, and example rows from the Vologda–Kazakhstan case.
import type { TBulkImportKind } from "@atlas/shared/bulk-import";
import { bulkImportFields, bulkImportSamples } from "@atlas/shared/bulk-import-columns";

const quoted = (cell: string) => (/[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Russian Excel's CSV: UTF-8 with BOM, «;» between cells, CRLF between rows. */
export function sampleCsv(kind: TBulkImportKind): string {
  const lines = [bulkImportFields[kind].map((f) => f.header), ...bulkImportSamples[kind]];
  return "\uFEFF" + lines.map((cells) => cells.map(quoted).join(";")).join("\r\n") + "\r\n";
}

export const sampleFileName: Record<TBulkImportKind, string> = {
  partner: "образец-партнёры.csv",
  person: "образец-люди.csv",
  meeting: "образец-встречи.csv",
  exportFigure: "образец-экспорт.csv",
};

export function downloadSample(kind: TBulkImportKind): void {
  const url = URL.createObjectURL(new Blob([sampleCsv(kind)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = sampleFileName[kind];
  link.click();
  URL.revokeObjectURL(url);
}

/** The file as base64, as the import procedures take it. */
export function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}
