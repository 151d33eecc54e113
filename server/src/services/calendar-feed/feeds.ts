// A user's calendar feeds: made with a random token that is shown once (only its
// SHA-256 is stored, like a password), listed without it, revoked for good.
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import { calendarFeedPath, ZCalendarFeedFilter, type TCalendarFeedFilter, type ZCreateCalendarFeedInput } from "@atlas/shared/calendar-feed";
import type { PrismaClient, Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";
import { assertReferencesExist } from "../common/references.ts";
import { timestampOrNull, toTimestamp } from "@atlas/shared/timestamp";

/** 32 random bytes, URL-safe: 43 characters. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createCalendarFeed({
  prisma,
  userId,
  input,
}: {
  prisma: PrismaClient;
  userId: string;
  input: z.output<typeof ZCreateCalendarFeedInput>;
}) {
  const { filter } = input;
  await assertReferencesExist(prisma, [
    ...(filter.partnerIds ?? []).map((id, i) => ({
      field: `filter.partnerIds.${i}`,
      kind: "partner" as const,
      id,
      problem: problem("validation.badReference"),
    })),
    ...(filter.sectorIds ?? []).map((id, i) => ({ field: `filter.sectorIds.${i}`, kind: "sector" as const, id, problem: problem("validation.badReference") })),
  ]);
  const token = randomBytes(32).toString("base64url");
  const feed = await prisma.calendarFeed.create({
    data: { userId, name: input.name, tokenHash: hashFeedToken(token), filter },
    select: { id: true, name: true, createdAt: true },
  });
  // The only time the token leaves the server.
  return { ...feed, createdAt: toTimestamp(feed.createdAt), token, path: calendarFeedPath(token) };
}

/** The user's feeds, newest first, with the filter in words; never the token. */
export async function listCalendarFeeds({ prisma, userId }: { prisma: Tx; userId: string }) {
  const feeds = await prisma.calendarFeed.findMany({
    where: { userId },
    select: { id: true, name: true, filter: true, createdAt: true, revokedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const filters = feeds.map((feed) => ZCalendarFeedFilter.parse(feed.filter));
  const partnerIds = [...new Set(filters.flatMap((f) => f.partnerIds ?? []))];
  const sectorIds = [...new Set(filters.flatMap((f) => f.sectorIds ?? []))];
  const [partners, sectors] = await Promise.all([
    prisma.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } }),
    prisma.sector.findMany({ where: { id: { in: sectorIds } }, select: { id: true, name: true } }),
  ]);
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const sectorName = new Map(sectors.map((s) => [s.id, s.name]));
  return feeds.map((feed, i) => {
    const filter: TCalendarFeedFilter = filters[i]!;
    return {
      id: feed.id,
      name: feed.name,
      createdAt: toTimestamp(feed.createdAt),
      revokedAt: timestampOrNull(feed.revokedAt),
      countryCodes: filter.countryCodes ?? [],
      partners: (filter.partnerIds ?? []).map((id) => partnerName.get(id) ?? id),
      sectors: (filter.sectorIds ?? []).map((id) => sectorName.get(id) ?? id),
    };
  });
}

/** Revoking twice is harmless; someone else's feed is not found. */
export async function revokeCalendarFeed({ prisma, userId, id, now }: { prisma: PrismaClient; userId: string; id: string; now: Date }) {
  const revoked = await prisma.calendarFeed.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: now } });
  if (revoked.count === 0 && !(await prisma.calendarFeed.findFirst({ where: { id, userId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "calendarFeed.notFound");
  }
  return { id };
}

/** The live feed a token opens (an active account's, not revoked), or null. */
export async function feedByToken(prisma: Tx, token: string) {
  if (!tokenPattern.test(token)) return null;
  const feed = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { id: true, name: true, filter: true, revokedAt: true, user: { select: { isActive: true } } },
  });
  if (!feed || feed.revokedAt || !feed.user.isActive) return null;
  return { id: feed.id, name: feed.name, filter: ZCalendarFeedFilter.parse(feed.filter) };
}
