// What travels to the browser: compressed when it accepts brotli or gzip (API answers,
// index.html, the built scripts and styles), hashed assets cached for a year, the page
// itself never stored, and the first visit's JavaScript and CSS within 200 KiB on the
// wire. Runs against the built client (pnpm test builds it first) or ATLAS_TEST_CLIENT_DIST.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { buildApp, type FastifyInstance, type LightMyRequestResponse } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import { clientDist } from "../browser/support/server.ts";
import { openTestDatabase } from "../support/test-database.ts";
import { initialScripts, initialStylesheets } from "../support/initial-load.ts";

const host = "localhost:3000";
const firstLoadBudgetBytes = 200 * 1024;
const ready = existsSync(join(clientDist, "index.html"));

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  if (!ready) return;
  db = await openTestDatabase();
  app = await buildApp({ db, env: readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "warn", ATLAS_CLIENT_DIR: clientDist }) });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: "GET", url, headers: { host, ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }) } });

/** The body as the browser sees it after undoing Content-Encoding. */
function decoded(res: LightMyRequestResponse): Buffer {
  const encoding = res.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(res.rawPayload);
  if (encoding === "gzip") return gunzipSync(res.rawPayload);
  expect(encoding).toBeUndefined();
  return res.rawPayload;
}

const varies = (res: LightMyRequestResponse) =>
  String(res.headers["vary"] ?? "")
    .toLowerCase()
    .split(/\s*,\s*/);

/** What Chrome and Firefox send. */
const browserAccepts = "gzip, deflate, br, zstd";

describe.runIf(ready)("compression and caching of what the server sends", () => {
  const indexFile = () => readFileSync(join(clientDist, "index.html"));
  const entryScript = () => initialScripts(clientDist)[0]!.file;

  it.each(["/", "/meetings", "/partners/123"])("%s (index.html) is compressed, never stored, and keeps its security headers", async (url) => {
    for (const [accepts, expected] of [
      [browserAccepts, "br"],
      ["gzip", "gzip"],
      [undefined, undefined],
    ] as const) {
      const res = await get(url, accepts);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.headers["content-encoding"]).toBe(expected);
      expect(varies(res)).toContain("accept-encoding");
      expect(decoded(res).equals(indexFile())).toBe(true);
      // no-store rather than no-cache: it also keeps the page out of the back/forward
      // cache after sign-out (security.test.ts), and revalidating it would save ~1 KB.
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(String(res.headers["content-security-policy"])).toContain("default-src 'self'");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("a hashed script is compressed and cached for a year as immutable, whatever the encoding", async () => {
    const url = `/${entryScript()}`;
    expect(url).toMatch(/^\/assets\/.+-[\w-]{8}\.js$/);
    const original = readFileSync(join(clientDist, url));
    for (const [accepts, expected] of [
      [browserAccepts, "br"],
      ["gzip;q=1, br;q=0", "gzip"],
      ["identity", undefined],
      [undefined, undefined],
    ] as const) {
      const res = await get(url, accepts);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^(?:application|text)\/javascript/);
      expect(res.headers["content-encoding"]).toBe(expected);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(varies(res)).toContain("accept-encoding");
      expect(decoded(res).equals(original)).toBe(true);
      if (expected) expect(res.rawPayload.length).toBeLessThan(original.length / 2);
    }
  });

  it("the stylesheet is compressed and immutable too; a file with a fixed name is revalidated", async () => {
    const [css] = initialStylesheets(clientDist);
    const res = await get(`/${css}`, browserAccepts);
    expect(res.headers["content-type"]).toMatch(/^text\/css/);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    const icon = await get("/favicon.svg", browserAccepts);
    expect(icon.statusCode).toBe(200);
    expect(icon.headers["cache-control"]).toBe("no-cache");
  });

  it("every file under assets/ is named by its content hash: the premise of caching it forever", () => {
    const files = readdirSync(join(clientDist, "assets"));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !/-[\w-]{8}\.[a-z0-9]+(?:\.br|\.gz)?$/.test(f))).toEqual([]);
  });

  it("the precompressed files are not addresses of their own", async () => {
    const res = await get(`/${entryScript()}.br`, browserAccepts);
    expect(res.statusCode).toBe(404);
  });

  it("an API answer is compressed when the client accepts it, and stays out of caches", async () => {
    const url = "/trpc/auth.publicConfig";
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const [accepts, expected] of [
      [browserAccepts, "br"],
      ["gzip", "gzip"],
    ] as const) {
      const res = await get(url, accepts);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe(expected);
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(varies(res)).toContain("accept-encoding");
      expect(JSON.parse(decoded(res).toString("utf8"))).toEqual(JSON.parse(plain.body));
    }
  });

  it("what index.html loads before the first page (scripts, preloads, stylesheets) is at most 200 KiB on the wire", async () => {
    const files = [...initialScripts(clientDist).map((s) => s.file), ...initialStylesheets(clientDist)];
    expect(files.length).toBeGreaterThan(1);
    let total = 0;
    const sizes: string[] = [];
    for (const file of files) {
      const res = await get(`/${file}`, browserAccepts);
      expect(res.statusCode, file).toBe(200);
      expect(res.headers["content-encoding"], file).toBe("br");
      total += res.rawPayload.length;
      sizes.push(`${file} ${(res.rawPayload.length / 1024).toFixed(1)} KiB`);
    }
    expect(total, `first load ${(total / 1024).toFixed(1)} KiB: ${sizes.join(", ")}`).toBeLessThanOrEqual(firstLoadBudgetBytes);
  });
});

describe.skipIf(ready)("compression and caching of what the server sends", () => {
  it("needs a built client (pnpm --filter @atlas/client run build)", () => {
    throw new Error(`no built client in ${clientDist}: build it first`);
  });
});
