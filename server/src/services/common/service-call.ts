import type { PrismaClient } from "../../db.ts";

/** What a procedure passes to a service that reads: the database and the input its schema checked. */
export type ReadCall<TInput> = { prisma: PrismaClient; input: TInput };

/** What a procedure passes to a service that writes: also who acts, for the change log (null for the system). */
export type WriteCall<TInput> = ReadCall<TInput> & { actorId: string | null };
