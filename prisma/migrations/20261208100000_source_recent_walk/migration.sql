-- Hand-written (Prisma cannot express NULLS LAST or a partial index). The global search takes a
-- large table's most recent matches first (search/global-search.ts): the press sources grow with
-- the meetings, and without this index a common word sorted every matching source (a sequential
-- scan of their full texts: 86 ms for «визит» at 40,000 sources). With it the search walks the
-- live sources newest first, undated last, and stops at its candidates.
CREATE INDEX "Source_live_recent_idx" ON "Source" ("publishedAt" DESC NULLS LAST, id DESC) WHERE "deletedAt" IS NULL;
