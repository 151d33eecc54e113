// The HTTP server: the tRPC API at /trpc, a health check, and the built client,
// all on one port. Built by a function so tests can start it without main.ts.
import path from "node:path";
import { existsSync } from "node:fs";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import type { Database } from "@atlas/db/database";
import { appRouter, type AppRouter } from "./routers/_app.ts";
import { createContextInner } from "./context.ts";
import type { Env } from "./env.ts";

export type AppOptions = { db: Database; env: Env };

export async function buildApp({ db, env }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: env.LOG_LEVEL,
      // Credentials never reach the log.
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
    },
    // tRPC batches put several procedure names in one path segment.
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 5 * 1024 * 1024,
  });

  app.get("/healthz", async (_req, reply) => {
    try {
      await db.raw.query("SELECT 1");
      return { status: "ok", database: db.kind };
    } catch (error) {
      app.log.error({ err: error }, "health check: database unreachable");
      return reply.code(503).send({ status: "unavailable", database: db.kind, error: "database unreachable" });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: async () => createContextInner({ db, user: null }),
      onError({ error, path: procedure }) {
        // Expected errors (bad input, not found, conflicts) are answers, not faults.
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error.cause ?? error, procedure }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await serveClient(app, env.ATLAS_CLIENT_DIR);
  return app;
}

/** Serves the built single-page client; any other GET that is not an API path gets index.html. */
async function serveClient(app: FastifyInstance, clientDir: string): Promise<void> {
  const indexHtml = path.join(clientDir, "index.html");
  if (!existsSync(indexHtml)) {
    app.log.warn({ clientDir }, "client is not built (run `pnpm build`); serving the API only");
    app.setNotFoundHandler((req, reply) =>
      reply.code(404).type("text/plain; charset=utf-8").send(req.url.startsWith("/trpc") ? "Not found" : "Клиент не собран: выполните `pnpm build`."),
    );
    return;
  }
  await app.register(fastifyStatic, { root: clientDir, wildcard: false, index: "index.html" });
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== "GET" || req.url.startsWith("/trpc") || path.extname(req.url.split("?")[0] ?? "")) {
      return reply.code(404).send({ error: "Not found" });
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}
