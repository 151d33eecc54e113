// The built single-page client: its files, the index.html fallback for the app's own
// paths, compression negotiated from files the build compressed, and cache lifetimes.
import path from "node:path";
import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/**
 * Vite names every file it writes under assets/ by its content hash (assetFileNames
 * `assets/[name]-[hash][extname]`), so a changed file gets a new name: the old one may
 * be kept forever. Everything else (favicon.svg from public/) keeps its name across
 * builds and is checked with the server on each use (ETag / Last-Modified answer 304).
 * index.html is never stored at all (the text/html hook in app.ts): it names the
 * current build's assets, and after sign-out the back button must not show it.
 */
export const immutableCacheControl = "public, max-age=31536000, immutable";
export const revalidateCacheControl = "no-cache";

export function cacheControlForClientFile(clientDir: string, filePath: string): string {
  const relative = path.relative(clientDir, filePath).split(path.sep);
  return relative.length === 2 && relative[0] === "assets" ? immutableCacheControl : revalidateCacheControl;
}

/** Serves the built single-page client; any other GET that is not an API path gets index.html. */
export async function serveClient(app: FastifyInstance, clientDir: string): Promise<void> {
  const indexHtml = path.join(clientDir, "index.html");
  if (!existsSync(indexHtml)) {
    app.log.warn({ clientDir }, "client is not built (run `pnpm build`); serving the API only");
    app.setNotFoundHandler((req, reply) =>
      reply
        .code(404)
        .type("text/plain; charset=utf-8")
        .send(req.url.startsWith("/trpc") ? "Not found" : "Клиент не собран: выполните `pnpm build`."),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: "index.html",
    // name.br / name.gz beside a file, written by the build, are sent as that file when
    // the browser accepts the encoding (with Vary: Accept-Encoding); the file itself otherwise.
    preCompressed: true,
    // ...and are no addresses of their own.
    globIgnore: ["**/*.br", "**/*.gz"],
    // The path is the file actually sent (possibly the .br beside it): same folder, same rule.
    setHeaders: (reply: FastifyReply, filePath: string) => reply.header("cache-control", cacheControlForClientFile(clientDir, filePath)),
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== "GET" || req.url.startsWith("/trpc") || path.extname(req.url.split("?")[0] ?? "")) {
      return reply.code(404).send({ error: "Not found" });
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}
