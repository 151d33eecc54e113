// Prisma types the services use, re-exported so that services do not reach into the generated folder.
export { Prisma } from "@atlas/db/generated/prisma/client";
export type { PrismaClient } from "@atlas/db/generated/prisma/client";
import type { PrismaClient } from "@atlas/db/generated/prisma/client";

/** A Prisma client or an interactive transaction: what a service function writes through. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
