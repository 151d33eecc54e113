-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchAliases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Partner_searchAliases_idx" ON "Partner" USING GIN ("searchAliases");


-- Search by Latin spellings (issue 13): searchText of partners and people gains the
-- Latin skeleton of the name, as shared/src/russian-text.ts latinSkeleton() writes it
-- for new and edited records. This function repeats those rules for the rows already
-- here, once; a test compares it with the application's on both databases.
CREATE FUNCTION atlas_latin_skeleton(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(regexp_replace(replace(folded, 'ie', 'e'), '([a-z])\1+', '\1', 'g'), '[[:space:]]+', ' ', 'g'))
  FROM (SELECT replace(replace(replace(replace(replace(latin, 'kh', 'h'), 'y', 'i'), 'j', 'i'), 'x', 'ks'), 'w', 'v') AS folded
        FROM (SELECT regexp_replace(
                replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
                  translate(lower(name), 'абвгдеёзийклмнопрстуфыэәғқңөұүһі', 'abvgdeeziiklmnoprstufyeagknouuhi'),
                  'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'щ', 'shch'), 'ю', 'iu'), 'я', 'ia'), 'ъ', ''), 'ь', ''),
                '[^a-z0-9[:space:]-]', '', 'g') AS latin) transliterated) steps
$$;

UPDATE "Partner" SET "searchText" = "searchText" || ' ' || atlas_latin_skeleton(name) WHERE name ~ '[А-Яа-яЁё]';
UPDATE "Person" SET "searchText" = "searchText" || ' ' || atlas_latin_skeleton("fullName") WHERE "fullName" ~ '[А-Яа-яЁё]';
