// A per-session rate limit on the reads that cost the most (the overview's aggregates,
// a partner's dossier, the timeline): one browser tab in a loop, or a script with a
// stolen cookie, must not keep the database busy for everyone else. Ordinary use
// (a page load makes one to three of these calls) stays far below the limit.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyRateLimit from "@fastify/rate-limit";
import { SESSION_COOKIE } from "../auth/cookies.ts";
import { sendRefusal } from "./refusal.ts";

/** Procedures whose cost grows with the register: each call counts against the limit. */
export const expensiveReads = [
  "dashboard.summary",
  "dashboard.signals",
  "dashboard.charts",
  "partner.dossier",
  "timeline.list",
  "timeline.summary",
  "report.get",
] as const;

export type ReadRateLimit = { max: number; windowMs: number };

/** How many expensive calls a tRPC request path ("a.b,c.d", batches included) makes. */
export function expensiveCallCount(url: string, prefix = "/trpc/"): number {
  if (!url.startsWith(prefix)) return 0;
  const path = url.slice(prefix.length).split("?")[0] ?? "";
  return path.split(/,|%2c/i).filter((name) => (expensiveReads as readonly string[]).includes(name)).length;
}

/** The session (hashed: the limiter's memory never holds a usable token), else the address. */
function clientKey(req: FastifyRequest): string {
  const cookie = req.headers.cookie ?? "";
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie);
  return match ? `s:${createHash("sha256").update(match[1]!).digest("hex").slice(0, 32)}` : `ip:${req.ip}`;
}

/** `limit` comes from ATLAS_READ_RATE_PER_MINUTE (default 120 a minute). */
export async function registerReadRateLimit(app: FastifyInstance, limit: ReadRateLimit): Promise<void> {
  // The plugin's store and window bookkeeping (a kept library), applied only where this hook asks.
  await app.register(fastifyRateLimit, { global: false });
  const check = app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator: clientKey });
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    const calls = expensiveCallCount(req.url);
    if (calls === 0) return;
    // A batch of several expensive calls counts each of them.
    for (let i = 0; i < calls; i++) {
      const result = await check(req);
      if (!result.isAllowed && result.isExceeded) {
        reply.header("retry-after", String(result.ttlInSeconds));
        return sendRefusal(reply, 429, "TOO_MANY_REQUESTS", "request.tooManyReads", { seconds: result.ttlInSeconds });
      }
    }
  });
}
