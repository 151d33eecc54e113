/** An instant as the API sends it: ISO 8601 in UTC with milliseconds (`toISOString()`). */
export const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
