-- Constraints and indexes that schema.prisma cannot express.

-- At most one partner is the home region.
CREATE UNIQUE INDEX "Partner_single_home" ON "Partner" ("isHome") WHERE "isHome";

-- Trigram search over the application-maintained, lower-cased, ё→е folded "searchText"
-- columns: substring search stays fast on large tables, and the duplicate guard can
-- ask for similar names. pg_trgm is a trusted extension on PostgreSQL 13+, and the
-- embedded database loads it at start.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Partner_searchText_trgm" ON "Partner" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Person_searchText_trgm" ON "Person" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Interaction_searchText_trgm" ON "Interaction" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Agreement_searchText_trgm" ON "Agreement" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Event_searchText_trgm" ON "Event" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Project_searchText_trgm" ON "Project" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "FollowUp_searchText_trgm" ON "FollowUp" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Source_searchText_trgm" ON "Source" USING gin ("searchText" gin_trgm_ops);
