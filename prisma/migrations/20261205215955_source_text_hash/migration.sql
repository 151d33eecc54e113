-- The key of a source's text (prisma/src/source-text.ts), so that two imports of one
-- release are one source even without an address. The existing sources' keys and the
-- unique index: the next migration (hand-written, *_source_text_hash_backfill).

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "textHash" TEXT;
