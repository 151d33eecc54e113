import type { TSignInFailureReason, TSignInLogEntry } from "@atlas/shared/auth";
import type { PrismaClient } from "../../db.ts";
import { toTimestamp } from "@atlas/shared/timestamp";

/** The most recent sign-in attempts, successful and failed, newest first. */
export async function signInLog({ prisma, limit }: { prisma: PrismaClient; limit: number }): Promise<TSignInLogEntry[]> {
  const rows = await prisma.signInAttempt.findMany({
    orderBy: [{ at: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, at: true, email: true, ip: true, userAgent: true, success: true, reason: true },
  });
  return rows.map((r) => ({ ...r, at: toTimestamp(r.at), reason: r.reason as TSignInFailureReason | null }));
}
