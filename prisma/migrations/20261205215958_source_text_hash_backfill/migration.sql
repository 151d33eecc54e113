-- Hand-written (Prisma cannot express a partial index): the text key of the sources
-- stored before keys existed, and one live source per text.

-- The key as prisma/src/source-text.ts computes it: the text with every whitespace
-- character removed (the same class as sourceTextWhitespaceClass), SHA-256 of its UTF-8
-- bytes, in hex; NULL for a text with no visible character.
-- Existing duplicates: the oldest live source with a given text keeps the key; the other
-- live copies are left with textHash NULL, so the unique index below can be created.
-- Nothing is merged or deleted (as with the URL keys). Deleted sources keep their key
-- (the index skips them).
WITH keyed AS (
  SELECT "id", "deletedAt",
         encode(sha256(convert_to(
           NULLIF(regexp_replace("text", '[ \t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+', '', 'g'), ''),
           'UTF8')), 'hex') AS key
    FROM "Source"
   WHERE "text" IS NOT NULL
),
ranked AS (
  SELECT k."id", k.key,
         CASE WHEN k."deletedAt" IS NULL
              THEN row_number() OVER (PARTITION BY k.key, (k."deletedAt" IS NULL) ORDER BY s."createdAt", s."id")
              ELSE 1 END AS n
    FROM keyed k JOIN "Source" s ON s."id" = k."id"
   WHERE k.key IS NOT NULL
)
UPDATE "Source" s SET "textHash" = ranked.key
  FROM ranked
 WHERE s."id" = ranked."id" AND ranked.n = 1;

-- One live source per text (Prisma cannot express a partial index).
CREATE UNIQUE INDEX "Source_textHash_live" ON "Source" ("textHash") WHERE "deletedAt" IS NULL AND "textHash" IS NOT NULL;
