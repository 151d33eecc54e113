// The lists that download as files (GET /api/download/<list>.<format>?input=<the list's input as JSON>).
export const downloadListNames = ["partners", "people", "meetings", "agreements", "events", "projects", "export-figures", "follow-ups"] as const;
export type TDownloadList = (typeof downloadListNames)[number];

export const downloadFormats = ["csv", "xlsx"] as const;
export type TDownloadFormat = (typeof downloadFormats)[number];

/** The address of a list's file under this filter and sort (the list procedure's input without cursor and page size). */
export function downloadPath(list: TDownloadList, format: TDownloadFormat, input: { filter?: unknown; sort?: unknown }): string {
  return `/api/download/${list}.${format}?input=${encodeURIComponent(JSON.stringify({ filter: input.filter, sort: input.sort }))}`;
}
