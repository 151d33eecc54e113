// `pnpm db:rebuild-aggregates`: recomputes the maintained aggregates (the partner closure, the
// interaction tallies, PartnerContact, PartnerSectorContact, PersonContact with its tallies and
// OpenFollowUp, issue 16) from the raw rows, one statement for each, on the database the server
// would open: DATABASE_URL (a PostgreSQL server), else the embedded database in ATLAS_DATA_DIR.
// The triggers keep them exact; this is for a database whose tables were written with the
// triggers disabled, or to check them (it prints what changed).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseOptionsFromUrl, openDatabase } from "../src/database.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const dataDir = path.resolve(repoRoot, process.env.ATLAS_DATA_DIR ?? path.join(".data", "atlas"));
const db = await openDatabase(databaseOptionsFromUrl(process.env.DATABASE_URL, dataDir));
try {
  // Each table's rows as text, in the order of that text: the same rows give the same fingerprint
  // whatever order the table returns them in (ordering by a constant would not).
  const fingerprint = async () =>
    (
      await db.raw.query<{ tally: string; closure: string; contacts: string; sectorContacts: string; people: string; followUps: string }>(`
        SELECT (SELECT md5(COALESCE(string_agg(r, ',' ORDER BY r), ''))
                  FROM (SELECT concat_ws('|', "scopeKind", "scopeId", "sectorId", "startMonth", "endMonth", precision, count) AS r
                          FROM "InteractionTally" WHERE count <> 0) t) AS tally,
               (SELECT md5(COALESCE(string_agg(r, ',' ORDER BY r), ''))
                  FROM (SELECT concat_ws('|', "ancestorId", "descendantId", depth) AS r FROM "PartnerClosure") c) AS closure,
               (SELECT md5(COALESCE(string_agg(r, ',' ORDER BY r), ''))
                  FROM (SELECT concat_ws('|', "partnerId", "interactionId", "lastDay", "startsAt", "datePrecision") AS r FROM "PartnerContact") c) AS contacts,
               (SELECT md5(COALESCE(string_agg(r, ',' ORDER BY r), ''))
                  FROM (SELECT concat_ws('|', "partnerId", "sectorId", "interactionId", "lastDay", "startsAt", "datePrecision") AS r
                          FROM "PartnerSectorContact") c) AS "sectorContacts",
               -- A row per participant and branch of each contact: millions at a million meetings, too long
               -- for one string; so their number and the sum of a hash of each, whatever their order.
               (SELECT count(*) || ':' || COALESCE(sum(('x' || substr(md5(r), 1, 15))::bit(60)::bigint), 0)
                  FROM (SELECT concat_ws('|', "scopeId", "personId", "interactionId", "lastDay", "startsAt") AS r FROM "PersonContact"
                        UNION ALL
                        SELECT concat_ws('|', "scopeId", "personId", contacts, "lastDay", "startsAt", "interactionId") FROM "PersonContactTally") p) AS people,
               (SELECT md5(COALESCE(string_agg(r, ',' ORDER BY r), ''))
                  FROM (SELECT concat_ws('|', "followUpId", "partnerId", "dueDate", "createdAt") AS r FROM "OpenFollowUp") f) AS "followUps"`)
    )[0]!;
  const before = await fingerprint();
  const started = performance.now();
  await db.raw.query("SELECT atlas_rebuild_aggregates()");
  // PartnerContact (migration partner_contacts_triggers) has its own rebuild, kept apart from the tallies'.
  await db.raw.query("SELECT atlas_rebuild_partner_contacts()");
  // And PartnerSectorContact (migration partner_sector_contacts_triggers) its own.
  await db.raw.query("SELECT atlas_rebuild_partner_sector_contacts()");
  // The dossier's people and open follow-ups (migration person_contacts_and_open_follow_ups_triggers).
  await db.raw.query("SELECT atlas_rebuild_person_contacts()");
  await db.raw.query("SELECT atlas_rebuild_open_follow_ups()");
  const after = await fingerprint();
  console.log(
    `Rebuilt the aggregates of ${db.location} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `tallies ${before.tally === after.tally ? "unchanged" : "CORRECTED"}, closure ${before.closure === after.closure ? "unchanged" : "CORRECTED"}, ` +
      `partner contacts ${before.contacts === after.contacts ? "unchanged" : "CORRECTED"}, ` +
      `partner sector contacts ${before.sectorContacts === after.sectorContacts ? "unchanged" : "CORRECTED"}, ` +
      `person contacts ${before.people === after.people ? "unchanged" : "CORRECTED"}, open follow-ups ${before.followUps === after.followUps ? "unchanged" : "CORRECTED"}.`,
  );
} finally {
  await db.close();
}
