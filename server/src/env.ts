// The only place that reads the environment. Every variable is documented in README.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** A postgresql:// URL selects a PostgreSQL server; unset means the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// URL (or unset for the embedded database)" })
    .optional(),
  /** Data folder of the embedded database. */
  ATLAS_DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data", "atlas")),
  /** Folder of the built client that the server serves. */
  ATLAS_CLIENT_DIR: z.string().min(1).default(path.join(repoRoot, "client", "dist")),
  /**
   * Demo mode: on an empty database, load the demo data (the Kazakhstan case plus a
   * generated dataset). Turn it off in production.
   */
  ATLAS_DEMO: z
    .enum(["true", "false", "1", "0"], { error: "ATLAS_DEMO must be true or false" })
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Size of the generated demo dataset (number of meetings and visits). */
  ATLAS_DEMO_INTERACTIONS: z.coerce.number().int().min(0).max(100_000).default(5000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
