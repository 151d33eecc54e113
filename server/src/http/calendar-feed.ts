// GET /calendar/<token>.ics: a user's calendar feed, outside tRPC and without a cookie,
// since Outlook and Thunderbird fetch it on their own. The token is the only
// credential: unknown, malformed or revoked tokens all get the same 404. Calendar
// clients poll every few minutes at most, so the route is rate-limited per address
// like the expensive reads, and builds the feed in the heavy-read queue.
import type { FastifyInstance } from "fastify";
import type { Database } from "@atlas/db/database";
import type { HeavyReadGate } from "../heavy-reads.ts";
import { homeCalendar } from "../home-calendar.ts";
import { feedByToken } from "../services/calendar-feed/feeds.ts";
import { feedCalendar } from "../services/calendar-feed/feed-calendar.ts";
import { sendRefusal } from "./refusal.ts";

export type CalendarFeedRouteOptions = {
  db: Database;
  timeZone: string;
  publicOrigin: string | undefined;
  heavyReads: HeavyReadGate;
  rate: { max: number; windowMs: number };
};

export function registerCalendarFeedRoute(app: FastifyInstance, { db, timeZone, publicOrigin, heavyReads, rate }: CalendarFeedRouteOptions): void {
  const calendar = homeCalendar(timeZone);
  // The same kept limiter as the expensive reads (registered by read-rate-limit.ts), keyed by address: there is no session here.
  const check = app.createRateLimit({ max: rate.max, timeWindow: rate.windowMs, keyGenerator: (req) => `calendar:${req.ip}` });
  app.get<{ Params: { file: string } }>(
    "/calendar/:file",
    {
      onRequest: async (req, reply) => {
        const result = await check(req);
        if (!result.isAllowed && result.isExceeded) {
          reply.header("retry-after", String(result.ttlInSeconds));
          return sendRefusal(reply, 429, "TOO_MANY_REQUESTS", "request.tooManyReads", { seconds: result.ttlInSeconds });
        }
      },
    },
    async (req, reply) => {
      const token = /^(.+)\.ics$/.exec(req.params.file)?.[1];
      const feed = token ? await feedByToken(db.prisma, token) : null;
      if (!feed) return sendRefusal(reply, 404, "NOT_FOUND", "calendarFeed.notFound");
      // The host guard has already checked the Host header, so links may be built from it.
      const origin = publicOrigin ?? `${req.protocol}://${req.host}`;
      const text = await heavyReads.run(() =>
        feedCalendar({ prisma: db.prisma, name: feed.name, filter: feed.filter, today: calendar.today(), origin: origin.replace(/\/$/, "") }),
      );
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="atlas.ics"')
        .header("cache-control", "private, no-store")
        .send(text);
    },
  );
}
