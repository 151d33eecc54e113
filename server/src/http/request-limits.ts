// Bounded work per request: a request costs the server at most a bounded amount of
// reading, scanning and parsing, whatever the client sends, so one abusive client
// cannot stall the event loop for everyone else (health checks included).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { maxBatchCalls } from "@atlas/shared/api-limits";
import { sendRefusal } from "./refusal.ts";

/**
 * The largest request body. The biggest legitimate input is a full export table
 * (exportFigure.saveTable, up to 5000 cells, about 1 MB of JSON); a region's
 * GeoJSON boundary should be simplified well below this.
 */
export const bodyLimitBytes = 2 * 1024 * 1024;

/** Deeper JSON than this is refused unparsed. The deepest real input (a MultiPolygon boundary in a batch) is about 10 levels. */
export const maxJsonDepth = 64;

export { maxBatchCalls };

/** Slow clients are dropped: all headers within 10 s, the whole request within 30 s. */
export type ServerTimeouts = { headersMs: number; requestMs: number; idleSocketMs: number };
export const defaultServerTimeouts: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, idleSocketMs: 120_000 };

/**
 * True when JSON text nests deeper than `limit`. One pass, no allocation: brackets
 * inside strings do not count (escapes are skipped), so it reads 4 MB in milliseconds,
 * before any JSON.parse (which recurses) gets to see the text.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

/** Procedure names in a tRPC path ("a.b,c.d"); the router decodes %2C, so it counts as a comma too. */
export function batchCallCount(path: string): number {
  return path.split(/,|%2c/i).length;
}

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

export function registerRequestLimits(app: FastifyInstance, { prefix = "/trpc/" }: { prefix?: string } = {}): void {
  // Before the body is read and before a session is looked up: a batch is refused on its path alone.
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith(prefix)) return;
    const calls = batchCallCount(pathOf(req.url).slice(prefix.length));
    if (calls <= maxBatchCalls) return;
    req.log.warn({ calls }, "tRPC batch too large, refused");
    return sendRefusal(reply, 400, "BAD_REQUEST", "request.tooManyBatchCalls", { calls, maximum: maxBatchCalls });
  });

  // tRPC's content-type parser hands the body over as a string (Fastify has already
  // bounded its size); the nesting is checked here, before tRPC parses it. GET queries
  // carry the same JSON in ?input=.
  app.addHook("preValidation", async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith(prefix)) return;
    const input = (req.query as { input?: unknown } | undefined)?.input;
    // A repeated ?input= arrives as an array; tRPC reads the first, so all are checked.
    const texts = [req.body, input].flat().filter((t): t is string => typeof t === "string");
    if (!texts.some((text) => jsonDepthExceeds(text, maxJsonDepth))) return;
    req.log.warn({ maxJsonDepth }, "JSON nested too deep, refused");
    return sendRefusal(reply, 400, "BAD_REQUEST", "request.jsonTooDeep", { maximum: maxJsonDepth });
  });
}
