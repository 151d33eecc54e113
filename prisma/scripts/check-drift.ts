// Fails when prisma/schema.prisma has changes that no migration carries.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { diffSchemas, isEmptyMigration, packageDir } from "./schema-diff.ts";

const migrationsDir = path.join(packageDir, "migrations");
const last = readdirSync(migrationsDir)
  .filter((d) => existsSync(path.join(migrationsDir, d, "schema.prisma")))
  .sort()
  .at(-1);
const sql = diffSchemas(last ? path.join(migrationsDir, last, "schema.prisma") : "empty", path.join(packageDir, "schema.prisma"));
if (!isEmptyMigration(sql)) {
  console.error("schema.prisma differs from the last migration. Run `pnpm db:migration <name>`. Missing SQL:\n" + sql);
  process.exit(1);
}
console.log(`No drift: schema.prisma matches migration ${last}.`);
