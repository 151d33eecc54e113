-- Hand-written (Prisma cannot express a partial index): the URL key of the sources
-- stored before keys existed, and one live source per key.

-- The URL key of the existing sources, by the same rules as normalizeSourceUrl
-- (shared/src/source-url.ts): trimmed; no #fragment; scheme and host lower-cased; no
-- `www.`; no utm_* parameters; no trailing slash. Anything not shaped scheme://host
-- is kept trimmed, as the application does.
CREATE FUNCTION atlas_source_url_key(raw text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE
  AS $$
DECLARE
  s text := btrim(raw, E' \t\n\r\f\v');
  m text[];
  host text;
  rest text;
  path text;
  query text := '';
  kept text[] := ARRAY[]::text[];
  part text;
BEGIN
  IF s IS NULL OR s = '' THEN
    RETURN NULL;
  END IF;
  s := split_part(s, '#', 1);
  m := regexp_match(s, '^([A-Za-z][A-Za-z0-9+.-]*)://([^/?]*)(.*)$');
  IF m IS NULL THEN
    RETURN s;
  END IF;
  host := lower(m[2]);
  IF left(host, 4) = 'www.' THEN
    host := substr(host, 5);
  END IF;
  rest := m[3];
  IF position('?' IN rest) > 0 THEN
    path := substr(rest, 1, position('?' IN rest) - 1);
    query := substr(rest, position('?' IN rest) + 1);
  ELSE
    path := rest;
  END IF;
  IF query <> '' THEN
    FOREACH part IN ARRAY string_to_array(query, '&') LOOP
      IF part <> '' AND lower(part) NOT LIKE 'utm\_%' THEN
        kept := kept || part;
      END IF;
    END LOOP;
  END IF;
  path := regexp_replace(path, '/+$', '');
  RETURN lower(m[1]) || '://' || host || path
    || CASE WHEN cardinality(kept) > 0 THEN '?' || array_to_string(kept, '&') ELSE '' END;
END
$$;

-- Existing duplicates: the oldest live source with a given key keeps the key; the other
-- live sources with it are left with urlKey NULL, so the unique index below can be
-- created. Nothing is merged or deleted: an editor can link the records to the kept
-- source and delete the copy. Deleted sources keep their key (the index skips them).
WITH keyed AS (
  SELECT "id", atlas_source_url_key("url") AS key,
         row_number() OVER (PARTITION BY atlas_source_url_key("url") ORDER BY "createdAt", "id") AS n
    FROM "Source"
   WHERE "deletedAt" IS NULL AND "url" IS NOT NULL
)
UPDATE "Source" s SET "urlKey" = keyed.key
  FROM keyed
 WHERE s."id" = keyed."id" AND keyed.n = 1 AND keyed.key IS NOT NULL;

UPDATE "Source" SET "urlKey" = atlas_source_url_key("url") WHERE "deletedAt" IS NOT NULL AND "url" IS NOT NULL;

DROP FUNCTION atlas_source_url_key(text);

-- One live source per address (Prisma cannot express a partial index).
CREATE UNIQUE INDEX "Source_urlKey_live" ON "Source" ("urlKey") WHERE "deletedAt" IS NULL AND "urlKey" IS NOT NULL;
