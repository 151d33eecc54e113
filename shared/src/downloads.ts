// The lists that download as files (GET /api/download/<list>.<format>?input=<the list's input as JSON>).
export const downloadListNames = ["partners", "people", "meetings", "agreements", "events", "projects", "export-figures", "follow-ups"] as const;
export type TDownloadList = (typeof downloadListNames)[number];

/**
 * The charts whose tables download on the same route; the input is the chart procedure's
 * (dashboard.summary for the sector activity, dashboard.charts for the exports, one kind per grouping).
 */
export const downloadChartNames = ["chart-sector-activity", "chart-exports-by-category", "chart-exports-by-destination"] as const;
export type TDownloadChart = (typeof downloadChartNames)[number];

export type TDownloadKind = TDownloadList | TDownloadChart;
export const downloadKindNames: readonly TDownloadKind[] = [...downloadListNames, ...downloadChartNames];

export const downloadFormats = ["csv", "xlsx"] as const;
export type TDownloadFormat = (typeof downloadFormats)[number];

/** The address of a list's file under this filter and sort (the list procedure's input without cursor and page size). */
export function downloadPath(list: TDownloadList, format: TDownloadFormat, input: { filter?: unknown; sort?: unknown }): string {
  return `/api/download/${list}.${format}?input=${encodeURIComponent(JSON.stringify({ filter: input.filter, sort: input.sort }))}`;
}

/** The address of a chart's table under the chart procedure's input. */
export function chartDownloadPath(chart: TDownloadChart, format: TDownloadFormat, input: object): string {
  return `/api/download/${chart}.${format}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
