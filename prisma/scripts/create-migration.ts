// Usage: pnpm db:migration <name> [--empty]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between
// the schema the previous migration was made from (kept beside it as schema.prisma)
// and the current prisma/schema.prisma. With --empty it writes an empty migration to
// fill by hand (for SQL Prisma cannot express, such as partial or trigram indexes).
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, isEmptyMigration, packageDir } from "./schema-diff.ts";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
const handWritten = args.includes("--empty");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: pnpm db:migration <name_in_snake_case> [--empty]");
  process.exit(2);
}

const migrationsDir = path.join(packageDir, "migrations");
const schemaPath = path.join(packageDir, "schema.prisma");
const previous = readdirSync(migrationsDir)
  .filter((d) => existsSync(path.join(migrationsDir, d, "schema.prisma")))
  .sort()
  .at(-1);
const previousSchema = previous ? path.join(migrationsDir, previous, "schema.prisma") : "empty";

const sql = handWritten ? "-- Hand-written migration: add the SQL here.\n" : diffSchemas(previousSchema, schemaPath);
if (!handWritten && isEmptyMigration(sql)) {
  console.log("schema.prisma has not changed since the last migration; nothing to do.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir);
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(schemaPath, path.join(dir, "schema.prisma"));
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
