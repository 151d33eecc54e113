// Compressed answers for browsers that accept them. API answers are compressed as they
// are sent; the built client's files come already compressed from the build (see
// client/vite.config.ts and client-files.ts), and this plugin leaves a response that
// already has a Content-Encoding alone.
import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Must come before the routes: the plugin attaches itself to each route as it is added.
  await app.register(fastifyCompress, {
    global: true,
    // Brotli first, then gzip: every browser has both. Node 22 also offers zstd, still
    // experimental there; left out so API and static files negotiate the same way.
    encodings: ["br", "gzip"],
    // The plugin's default brotli quality (4) is kept: 300 KB of the API's JSON (the size
    // of the timeline) took 8 ms and came out 12 times smaller; quality 11 took 870 ms.
  });
}
