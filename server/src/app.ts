// The HTTP server: the tRPC API at /trpc, a health check, and the built client,
// all on one port. Built by a function so tests can start it without main.ts.
import Fastify, { type FastifyInstance } from "fastify";
import fastifyCookie from "@fastify/cookie";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import type { Database } from "@atlas/db/database";
import { appRouter, type AppRouter } from "./routers/_app.ts";
import { httpContextFactory } from "./context.ts";
import type { Env } from "./env.ts";
import { registerMutationGuard } from "./auth/http-guard.ts";
import { loggerOptions } from "./auth/logging.ts";
import { registerSecurityHeaders } from "./auth/security-headers.ts";
import { pruneAuthTables } from "./auth/sessions.ts";
import { authSettingsFromEnv, systemClock, type Clock } from "./auth/settings.ts";
import { incidentIdOf, retryAfterSecondsOf, toTRPCError } from "./errors.ts";
import { isUnexpectedError } from "./trpc.ts";
import { registerErrorReplies } from "./http/refusal.ts";
import { serveClient } from "./http/client-files.ts";
import { registerCompression } from "./http/compression.ts";
import { registerHostGuard } from "./http/host-guard.ts";
import { defaultHeavyReadsAtOnce, heavyReadGate } from "./heavy-reads.ts";
import { registerReadRateLimit } from "./http/read-rate-limit.ts";
import { registerCalendarFeedRoute } from "./http/calendar-feed.ts";
import { registerReportDocx } from "./http/report-docx.ts";
import { registerDownloadRoute } from "./http/downloads/download-route.ts";
import { bodyLimitBytes, defaultServerTimeouts, maxBatchCalls, registerRequestLimits, type ServerTimeouts } from "./http/request-limits.ts";

/** For HTTP tests (the tests package does not depend on Fastify itself). */
export type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

export type AppOptions = {
  db: Database;
  env: Env;
  /** Tests: where the log goes (default standard output). */
  logStream?: NodeJS.WritableStream;
  /** Tests: a movable clock, and no slow-down after wrong passwords. */
  clock?: Clock;
  /** Tests: shorter limits for slow clients. */
  timeouts?: Partial<ServerTimeouts>;
};

const housekeepingIntervalMs = 60 * 60_000;

export async function buildApp({ db, env, logStream, clock = systemClock, timeouts: timeoutOverrides }: AppOptions): Promise<FastifyInstance> {
  const timeouts = { ...defaultServerTimeouts, ...timeoutOverrides };
  const app = Fastify({
    // Credentials never reach the log (auth/logging.ts).
    logger: loggerOptions({ level: env.LOG_LEVEL, stream: logStream }),
    // Behind a proxy, client address and https come from X-Forwarded-* (TRUST_PROXY).
    trustProxy: trustProxyOption(env.TRUST_PROXY),
    // tRPC batches put several procedure names in one path segment (at most maxBatchCalls).
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: bodyLimitBytes,
    // Slow clients (slowloris) are dropped instead of holding a socket and a request
    // slot: headers must arrive within headersMs, the whole request within requestMs,
    // and a socket with no traffic either way is closed after idleSocketMs. Node checks
    // the first two only every connectionsCheckingInterval, hence the short interval.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleSocketMs,
    http: {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
    },
  });
  const settings = authSettingsFromEnv(env);
  const heavyReads = heavyReadGate(env.ATLAS_HEAVY_READS_AT_ONCE ?? defaultHeavyReadsAtOnce(env.DATABASE_POOL_SIZE));

  // Before any route: every route (the tRPC plugin's too) inherits these.
  registerErrorReplies(app, { bodyLimitBytes });
  registerHostGuard(app, { listenHost: env.HOST, listenPort: env.PORT, publicOrigin: env.ATLAS_PUBLIC_ORIGIN });
  await registerSecurityHeaders(app, { tileUrl: env.ATLAS_MAP_TILE_URL });
  await registerCompression(app);
  await app.register(fastifyCookie);
  registerMutationGuard(app, { publicOrigin: env.ATLAS_PUBLIC_ORIGIN });
  registerRequestLimits(app);
  await registerReadRateLimit(app, { max: env.ATLAS_READ_RATE_PER_MINUTE, windowMs: 60_000 });

  app.get("/healthz", async (_req, reply) => {
    try {
      await db.raw.query("SELECT 1");
      return { status: "ok", database: db.kind };
    } catch (error) {
      app.log.error({ err: error }, "health check: database unreachable");
      return reply.code(503).send({ status: "unavailable", database: db.kind, error: "database unreachable" });
    }
  });

  registerCalendarFeedRoute(app, {
    db,
    timeZone: env.ATLAS_TIME_ZONE,
    publicOrigin: env.ATLAS_PUBLIC_ORIGIN,
    heavyReads,
    rate: { max: env.ATLAS_READ_RATE_PER_MINUTE, windowMs: 60_000 },
  });
  const contextOf = httpContextFactory({ db, settings, clock, timeZone: env.ATLAS_TIME_ZONE, heavyReads });
  registerDownloadRoute(app, { contextOf: (req, res) => contextOf({ req, res }), publicOrigin: env.ATLAS_PUBLIC_ORIGIN });
  const createContext = withMappedErrors(contextOf);
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      // The session lookup runs outside any procedure: a busy database there is a 503 too.
      createContext,
      // Defence in depth behind registerRequestLimits' check of the path.
      maxBatchSize: maxBatchCalls,
      onError({ error, path: procedure }) {
        if (error.code === "SERVICE_UNAVAILABLE" && !isUnexpectedError(error)) {
          app.log.warn({ procedure, errorCode: (error.cause as { original?: { code?: unknown } }).original?.code }, "database busy: answered 503");
          return;
        }
        // Expected errors (bad input, not found, conflicts) are answers, not faults.
        if (!isUnexpectedError(error)) return;
        // The answer shows only this id (errorFormatter); the log keeps the detail under it.
        const incident = incidentIdOf(error);
        if (procedure && /^(auth|admin)\./.test(procedure)) {
          // A database error's message can quote the query's values (a password hash):
          // for these procedures only the kind of error is logged.
          const cause = error.cause as { name?: string; code?: unknown } | undefined;
          app.log.error({ incident, procedure, errorType: cause?.name ?? "Error", errorCode: cause?.code }, "procedure failed (details withheld)");
          return;
        }
        app.log.error({ incident, err: error.cause ?? error, procedure }, "procedure failed");
      },
      responseMeta({ errors }) {
        // Answers hold the register's data: no cache keeps them after sign-out.
        const headers: Record<string, string> = { "cache-control": "no-store" };
        // Sign-in limit (429) or a busy database (503): when to come back.
        const retryAfter = errors.map((e) => retryAfterSecondsOf(e.cause)).find((seconds) => seconds !== null);
        if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
        return { headers };
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  registerReportDocx(app, createContext);

  // Expired sessions and old sign-in attempts are deleted now and then; any instance may do it.
  const housekeeping = setInterval(() => {
    pruneAuthTables({ prisma: db.prisma, settings, now: clock.now() }).catch((error: unknown) =>
      app.log.warn({ err: error }, "could not prune expired sessions"),
    );
  }, housekeepingIntervalMs);
  housekeeping.unref();
  app.addHook("onClose", async () => clearInterval(housekeeping));

  // The page itself is not kept either, so after sign-out the back button cannot show
  // it from a cache (browsers also keep no-store pages out of the back/forward cache).
  app.addHook("onSend", async (_req, reply, payload) => {
    if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) reply.header("cache-control", "no-store");
    return payload;
  });

  await serveClient(app, env.ATLAS_CLIENT_DIR);
  return app;
}

/** A context factory whose errors become tRPC errors the same way a procedure's do (503 for a busy database). */
function withMappedErrors<A extends unknown[], R>(factory: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await factory(...args);
    } catch (error) {
      throw toTRPCError(error) ?? error;
    }
  };
}

/**
 * Fastify refuses bare hop counts (it cannot check the peer); a count becomes "trust the
 * nearest n hops", so the client address is the one the outermost trusted proxy saw.
 */
function trustProxyOption(setting: Env["TRUST_PROXY"]): boolean | string | ((address: string, hop: number) => boolean) {
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return setting;
}
