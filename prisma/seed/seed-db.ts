// The client every seed step writes through: a PrismaClient or a transaction, which lacks
// the connection and transaction methods. Its own file, so sectors.ts and write-rows.ts
// (which imports the sector codes) both use it without importing each other.
import type { PrismaClient } from "../src/generated/prisma/client.ts";

export type SeedDb = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
