// Prisma CLI configuration. The schema engine runs as WebAssembly through a driver
// adapter, so no native engine is ever downloaded (see README, "Migrations").
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  // Only `generate` and schema-to-schema `migrate diff` are used from the CLI; neither
  // touches a database, so an in-memory one is enough. The app applies migrations itself.
  async adapter() {
    return new PrismaPGlite(new PGlite());
  },
});
