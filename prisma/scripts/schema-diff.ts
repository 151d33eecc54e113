// Schema-to-schema diffs through the Prisma CLI. This is the one `migrate diff` form
// that works with the WebAssembly schema engine and needs no database (stack.md, pitfall 4).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** SQL that turns a database made from `from` (a schema file, or nothing) into one made from `to`. */
export function diffSchemas(from: string | "empty", to: string): string {
  const fromArgs = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from];
  return execFileSync("pnpm", ["exec", "prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script"], {
    cwd: packageDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, "").trim() === "";
}
