// «This release is already in the register»: a live source with the same address
// (Source.urlKey, normalizeSourceUrl) or the same text. Texts are compared by an MD5 of
// the text with every whitespace character removed (line breaks, non-breaking spaces and
// indentation differ between copies of one release), computed the same way here and in
// SQL. There is no stored hash (that would need a migration), so the SQL compares only
// sources whose length could hold the text: a bounded scan, not a lookup.
import { createHash } from "node:crypto";
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import type { TAlreadyImported } from "@atlas/shared/press-import";
import type { Tx } from "../../db.ts";
import { AppError } from "../../errors.ts";

/** The whitespace ignored when comparing texts: as a regular-expression class valid in JavaScript and in PostgreSQL. */
const whitespaceClass = String.raw`[ \t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+`;
const whitespace = new RegExp(whitespaceClass, "g");

/** The text as compared: whitespace removed. */
export const comparableText = (text: string) => text.replace(whitespace, "");
export const textHashOf = (text: string) => createHash("md5").update(comparableText(text), "utf8").digest("hex");

export async function findAlreadyImported(prisma: Tx, { url, text }: { url: string | null | undefined; text: string }): Promise<TAlreadyImported> {
  const urlKey = normalizeSourceUrl(url);
  if (urlKey) {
    const byUrl = await prisma.source.findFirst({ where: { urlKey, deletedAt: null }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
    if (byUrl) return { sourceId: byUrl.id, title: byUrl.title };
  }
  const comparable = comparableText(text);
  if (comparable.length === 0) return null;
  // A copy has at least the text's visible characters; more than as many again of
  // whitespace besides is no copy of a press release.
  const min = comparable.length;
  const max = comparable.length * 2 + 1000;
  const rows = await prisma.$queryRawUnsafe<Array<{ id: string; title: string }>>(
    `SELECT id::text AS id, title FROM "Source"
      WHERE "deletedAt" IS NULL AND text IS NOT NULL
        AND char_length(text) BETWEEN $1 AND $2
        AND md5(regexp_replace(text, $3, '', 'g')) = $4
      ORDER BY "createdAt" LIMIT 1`,
    min,
    max,
    whitespaceClass,
    textHashOf(text),
  );
  const row = rows[0];
  return row ? { sourceId: row.id, title: row.title } : null;
}

export const alreadyImportedMessage = (title: string) => `Этот пресс-релиз уже импортирован: источник «${title}»`;

export function alreadyImportedError(existing: NonNullable<TAlreadyImported>): AppError {
  const message = alreadyImportedMessage(existing.title);
  return new AppError("CONFLICT", message, { current: { id: existing.sourceId, title: existing.title }, fieldErrors: { "source.text": [message] } });
}
