// How a source's text is keyed (Source.textHash): one release is one source, whatever
// copy of it was pasted. Texts are compared with every whitespace character removed (line
// breaks, non-breaking spaces and indentation differ between copies of one release), and
// keyed by the SHA-256 of what is left, in hex. The migration that added the column
// computes the same key in SQL (the class below is valid in JavaScript and in PostgreSQL).
import { createHash } from "node:crypto";

/** The whitespace ignored when comparing texts: a regular-expression class valid in JavaScript and in PostgreSQL. */
export const sourceTextWhitespaceClass = String.raw`[ \t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+`;
const whitespace = new RegExp(sourceTextWhitespaceClass, "g");

/** The text as compared: whitespace removed. */
export const comparableSourceText = (text: string): string => text.replace(whitespace, "");

/** The key of a text (hex SHA-256 of its comparable form), or null when it has no visible character. */
export function sourceTextHash(text: string | null | undefined): string | null {
  if (!text) return null;
  const comparable = comparableSourceText(text);
  return comparable ? createHash("sha256").update(comparable, "utf8").digest("hex") : null;
}
