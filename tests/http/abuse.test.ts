// Reliability under abuse and load, on the real app: a real listening server for the
// abusive requests (so body limits, sockets and timeouts are Node's and Fastify's own),
// inject() for the rest. Issue 12.
import http from "node:http";
import net from "node:net";
import { Writable } from "node:stream";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "@atlas/db/database";
import { buildApp, type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import { toTRPCError } from "@atlas/server/errors";
import { hostMatcher } from "@atlas/server/http/host-guard";
import { bodyLimitBytes, jsonDepthExceeds, maxBatchCalls, maxJsonDepth } from "@atlas/server/http/request-limits";
import type { Clock } from "@atlas/server/auth/settings";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

const password = "Надёжный-пароль-2026";
const clock: Clock = { now: () => new Date(), sleep: async () => {} };

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

function envWith(extra: Record<string, string> = {}) {
  return readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "info", ATLAS_CLIENT_DIR: "/nonexistent-client", ...extra });
}

let db: Database;
let app: FastifyInstance;
let base: URL;
const closeLater: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  db = await openTestDatabase();
  const c = await callersFor(db);
  await c.admin.admin.users.create({ email: "editor@vologda.example", name: "Редактор", role: "EDITOR", password, mustChangePassword: false });
  // HOST stays the default 127.0.0.1; the real server listens there on a free port.
  app = await buildApp({ db, env: envWith(), logStream, clock });
  await app.listen({ host: "127.0.0.1", port: 0 });
  base = new URL(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  for (const close of closeLater.reverse()) await close();
  await app?.close();
  await db?.close();
});

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

/**
 * One request over a fresh connection. The server may answer (413) and close before the
 * whole body is written; that write error after the answer is expected, not a failure.
 */
function send(
  path: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        agent: false,
        headers: { ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}), ...headers },
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

const jsonPost = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(path, { method: "POST", body, headers: { "content-type": "application/json", origin: base.origin, ...headers } });

/** `[[[…]]]`, nested as deep as fits in `bytes`. */
function nestedBody(bytes: number): string {
  const depth = Math.floor(bytes / 2);
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

describe("bounded work per request", () => {
  it("answers a 4.6 MB nested body and a 625-call batch with 4xx while /healthz keeps answering quickly", async () => {
    const deep = nestedBody(4.6 * 1024 * 1024);
    expect(deep.length).toBeGreaterThan(4.5 * 1024 * 1024);
    // Short names, so that the path still fits the router's parameter limit and only the batch limit can refuse it.
    const batchPath = `/trpc/${Array.from({ length: 625 }, () => "auth.me").join(",")}?batch=1`;

    let done = 0;
    const abusive = [jsonPost("/trpc/auth.signIn", deep), send(batchPath)].map((p) => p.finally(() => void done++));
    const healthLatencies: number[] = [];
    // Polls until both abusive requests are answered (and a few times at least), one health request at a time.
    while (done < abusive.length || healthLatencies.length < 5) {
      const health = await send("/healthz");
      expect(health.status).toBe(200);
      healthLatencies.push(Math.round(health.ms));
    }
    const [deepAnswer, batchAnswer] = await Promise.all(abusive);
    console.info(
      `/healthz latencies while under abuse (ms): ${healthLatencies.join(", ")}; nested body answered in ${Math.round(deepAnswer!.ms)} ms, batch in ${Math.round(batchAnswer!.ms)} ms`,
    );
    for (const ms of healthLatencies) expect(ms).toBeLessThan(1000);

    expect(deepAnswer!.status).toBe(413);
    expect(JSON.parse(deepAnswer!.body)).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        key: "request.payloadTooLarge",
        params: { limitKilobytes: 2048 },
        message: "Запрос слишком большой: не больше 2048 КБ.",
      },
    });
    expect(batchAnswer!.status).toBe(400);
    expect(JSON.parse(batchAnswer!.body).error).toMatchObject({
      key: "request.tooManyBatchCalls",
      params: { calls: 625, maximum: maxBatchCalls },
      message: `Слишком много вызовов в одном запросе: 625, не больше ${maxBatchCalls}.`,
    });
  });

  it("refuses JSON nested deeper than the limit without parsing it, in the body and in ?input=", async () => {
    // Under the size limit, so that only the depth check can refuse it.
    const deep = nestedBody(bodyLimitBytes - 1024);
    const answer = await jsonPost("/trpc/auth.signIn", deep);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toBe(`Слишком глубокая вложенность JSON: не больше ${maxJsonDepth} уровней.`);
    expect(answer.ms).toBeLessThan(1000);

    const deepInput = encodeURIComponent(`${"[".repeat(100)}${"]".repeat(100)}`);
    expect((await send(`/trpc/auth.publicConfig?input=${deepInput}`)).status).toBe(400);
    // A repeated ?input= is checked too (tRPC would read the first one).
    expect((await send(`/trpc/auth.publicConfig?input=${deepInput}&input=%7B%7D`)).status).toBe(400);

    // Right at the limit is still JSON the API reads: a wrong password, not a refusal.
    const atLimit = `{"email":"editor@vologda.example","password":"x","pad":${"[".repeat(maxJsonDepth - 1)}${"]".repeat(maxJsonDepth - 1)}}`;
    expect(jsonDepthExceeds(atLimit, maxJsonDepth)).toBe(false);
    expect(jsonDepthExceeds(`[${atLimit}]`, maxJsonDepth)).toBe(true);
    const shallow = await jsonPost("/trpc/auth.signIn", atLimit);
    expect(shallow.status).toBe(401);
  });

  it("counts brackets inside strings as text", () => {
    expect(jsonDepthExceeds(JSON.stringify({ note: "[".repeat(500) + '\\"{{{' }), 3)).toBe(false);
    expect(jsonDepthExceeds("[[[[", 3)).toBe(true);
  });

  it("the largest legitimate input, a full export table, fits the body limit", () => {
    const id = "0b6f1c3e-9a7d-4e2f-8c1b-5d4a3e2f1a0b";
    const cells = Array.from({ length: 5000 }, () => ({ categoryId: id, destinationId: id, figureId: id, version: 12345, amount: "123456789012.123" }));
    const body = JSON.stringify({ periodStart: "2026-01-01", periodEnd: "2026-12-31", measure: "value", currency: "RUB", unit: null, cells });
    expect(body.length).toBeLessThan(bodyLimitBytes);
  });

  it(`accepts a batch of ${maxBatchCalls} calls and refuses ${maxBatchCalls + 1}, by GET and by POST, before any procedure runs`, async () => {
    const names = (n: number) => Array.from({ length: n }, () => "auth.publicConfig").join(",");
    expect((await send(`/trpc/${names(maxBatchCalls)}?batch=1`)).status).toBe(200);
    expect((await send(`/trpc/${names(maxBatchCalls + 1)}?batch=1`)).status).toBe(400);
    // The router decodes %2C into a comma: encoded commas count as well.
    expect((await send(`/trpc/${names(maxBatchCalls + 1).replaceAll(",", "%2C")}?batch=1`)).status).toBe(400);

    const signIns = maxBatchCalls + 1;
    const input = JSON.stringify(
      Object.fromEntries(Array.from({ length: signIns }, (_, i) => [i, { email: "editor@vologda.example", password: `wrong-${i}` }])),
    );
    const before = await db.prisma.signInAttempt.count();
    const refused = await jsonPost(`/trpc/${Array.from({ length: signIns }, () => "auth.signIn").join(",")}?batch=1`, input);
    expect(refused.status).toBe(400);
    expect(await db.prisma.signInAttempt.count()).toBe(before);
  });
});

describe("slow clients", () => {
  let slow: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    slow = await buildApp({ db, env: envWith(), logStream, clock, timeouts: { headersMs: 300, requestMs: 600 } });
    closeLater.push(() => slow.close());
    await slow.listen({ host: "127.0.0.1", port: 0 });
    port = (slow.server.address() as AddressInfo).port;
  });

  /** Writes `data` and never finishes the request; resolves when the server closes the connection. */
  function trickle(data: string): Promise<{ received: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      let received = "";
      const socket = net.connect(port, "127.0.0.1", () => socket.write(data));
      socket.on("data", (chunk) => (received += String(chunk)));
      socket.on("error", reject);
      socket.on("close", () => resolve({ received, ms: performance.now() - started }));
      // A server that never drops the client fails the test instead of hanging it.
      setTimeout(() => socket.destroy(new Error("the server kept a slow client for 10 s")), 10_000).unref();
    });
  }

  it("drops a client that never finishes its headers", async () => {
    const { received, ms } = await trickle(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: 1\r\n`);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5000);
  });

  it("drops a client that never finishes its body", async () => {
    const { received, ms } = await trickle(
      `POST /trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":`,
    );
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5000);
  });
});

describe("host allow-list", () => {
  const call = (options: InjectOptions, on = app) => on.inject(options);
  const errorOf = (res: LightMyRequestResponse) => (res.json() as { error: { code: string; message: string } }).error;

  it("refuses a query and a mutation for a foreign host (DNS rebinding), before anything runs", async () => {
    const query = await call({ method: "GET", url: "/trpc/auth.publicConfig", headers: { host: "evil.example" } });
    expect(query.statusCode).toBe(421);
    expect(errorOf(query).message).toMatch(/не обслуживает этот адрес/);

    const before = await db.prisma.signInAttempt.count();
    // To the browser this is a same-origin request: the page is on evil.example too.
    const mutation = await call({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: {
        host: "evil.example:" + base.port,
        origin: `http://evil.example:${base.port}`,
        "sec-fetch-site": "same-origin",
        "content-type": "application/json",
      },
      payload: JSON.stringify({ email: "editor@vologda.example", password }),
    });
    expect(mutation.statusCode).toBe(421);
    expect(mutation.cookies).toEqual([]);
    expect(await db.prisma.signInAttempt.count()).toBe(before);

    const page = await call({ method: "GET", url: "/", headers: { host: "evil.example" } });
    expect(page.statusCode).toBe(421);
  });

  it("answers the server's own loopback names on any port, and /healthz for any host", async () => {
    for (const host of [base.host, "localhost", "localhost:5173", "[::1]:8080"]) {
      expect((await call({ method: "GET", url: "/trpc/auth.publicConfig", headers: { host } })).statusCode, host).toBe(200);
    }
    expect((await call({ method: "GET", url: "/healthz", headers: { host: "evil.example" } })).statusCode).toBe(200);
  });

  it("behind a trusted proxy checks the forwarded host against ATLAS_PUBLIC_ORIGIN", async () => {
    const proxied = await buildApp({
      db,
      env: envWith({ ATLAS_PUBLIC_ORIGIN: "https://atlas.example.org", TRUST_PROXY: "true", HOST: "10.0.0.5" }),
      logStream,
      clock,
    });
    closeLater.push(() => proxied.close());
    const get = (headers: Record<string, string>) => call({ method: "GET", url: "/trpc/auth.publicConfig", headers }, proxied);
    expect((await get({ host: "10.0.0.5:3000", "x-forwarded-host": "atlas.example.org" })).statusCode).toBe(200);
    expect((await get({ host: "atlas.example.org" })).statusCode).toBe(200);
    // The proxy passed the upstream address as Host and nothing else: that is this server.
    expect((await get({ host: "10.0.0.5:3000" })).statusCode).toBe(200);
    expect((await get({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example" })).statusCode).toBe(421);
    expect((await get({ host: "evil.example" })).statusCode).toBe(421);
    // Not listening on loopback: loopback names only with the configured port.
    expect((await get({ host: "localhost:5173" })).statusCode).toBe(421);
  });

  it("listening on all addresses accepts the machine's own addresses and name with PORT, and nothing else", () => {
    const allowed = hostMatcher({ listenHost: "0.0.0.0", listenPort: 3000, machineAddresses: ["10.1.2.3", "fe80::1"], machineName: "Atlas-Srv" });
    for (const host of ["10.1.2.3:3000", "[fe80::1]:3000", "atlas-srv:3000", "localhost:3000", "127.0.0.1:3000"]) expect(allowed(host), host).toBe(true);
    for (const host of ["10.1.2.3:4000", "evil.example:3000", "localhost:5173", "10.1.2.3", "", undefined, "a b:3000", "evil.example@10.1.2.3:3000"]) {
      expect(allowed(host), String(host)).toBe(false);
    }
    const withPublic = hostMatcher({
      listenHost: "0.0.0.0",
      listenPort: 3000,
      publicOrigin: "https://atlas.example.org",
      machineAddresses: [],
      machineName: "srv",
    });
    for (const host of ["atlas.example.org", "ATLAS.example.org:443", "srv:3000"]) expect(withPublic(host), host).toBe(true);
    for (const host of ["atlas.example.org:3000", "atlas.example.org.evil.example"]) expect(withPublic(host), host).toBe(false);
  });
});

describe("unexpected errors", () => {
  const internal = /^Внутренняя ошибка, код ([0-9a-f]{8})$/;

  /** The parts of an answer that must never reach a client. */
  function expectNoInternals(body: string) {
    expect(body).not.toMatch(/\/work\/|node_modules|\.ts:\d+|\bat [\w.<>]+ \(|SELECT|INSERT|public\.|"Partner"|does not exist|prisma/i);
    expect(body).not.toContain('"stack"');
  }

  it("a failing database query answers 500 with only an incident id; the log has the detail under that id", async () => {
    const broken = await openTestDatabase();
    closeLater.push(() => broken.close());
    const c = await callersFor(broken);
    await c.admin.admin.users.create({ email: "viewer@vologda.example", name: "Наблюдатель", role: "VIEWER", password, mustChangePassword: false });
    const brokenApp = await buildApp({ db: broken, env: envWith(), logStream, clock });
    closeLater.push(() => brokenApp.close());
    const signIn = await brokenApp.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "viewer@vologda.example", password }),
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = `atlas_session=${signIn.cookies.find((k) => k.name === "atlas_session")!.value}`;

    // A table gone from under the app: Prisma's error names the table and the failing statement.
    await broken.raw.query('DROP TABLE "Partner" CASCADE');
    const firstLog = logLines.length;
    const res = await brokenApp.inject({
      method: "GET",
      url: `/trpc/partner.list?input=${encodeURIComponent(JSON.stringify({}))}`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(500);
    const error = (res.json() as { error: { message: string; data: Record<string, unknown> } }).error;
    const incident = internal.exec(error.message)?.[1];
    expect(incident, error.message).toBeDefined();
    expect(error.data).toMatchObject({ code: "INTERNAL_SERVER_ERROR", fieldErrors: null });
    expect(error.data.stack).toBeUndefined();
    expectNoInternals(res.body);

    const logged = logLines.slice(firstLog).find((line) => line.includes(incident!));
    expect(logged, "a log line with the incident id").toBeDefined();
    expect(logged).toMatch(/Partner/);
    expect(logged).toMatch(/procedure failed/);
  });

  it("a closed database answers 500 with only an incident id, for sign-in too (whose log withholds details)", async () => {
    const gone = await openTestDatabase();
    const goneApp = await buildApp({ db: gone, env: envWith(), logStream, clock });
    closeLater.push(() => goneApp.close());
    await gone.close();
    const firstLog = logLines.length;
    const res = await goneApp.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "viewer@vologda.example", password }),
    });
    expect(res.statusCode).toBe(500);
    const message = (res.json() as { error: { message: string } }).error.message;
    const incident = internal.exec(message)?.[1];
    expect(incident, message).toBeDefined();
    expectNoInternals(res.body);
    const logged = logLines.slice(firstLog).find((line) => line.includes(incident!));
    expect(logged).toMatch(/details withheld/);
    expect(logged).not.toContain(password);
  });
});

describe("a busy database", () => {
  const template = inject("postgresTemplate");

  // PostgreSQL only: the embedded database has one connection, and there a request simply
  // queues behind a running transaction (bounded by the transaction's own timeout).
  it.skipIf(!template)("a transaction that cannot start within maxWait becomes 503 SERVICE_UNAVAILABLE, not a fault", async () => {
    // A pool of one connection, held by the first transaction.
    const narrow = await openDatabase({ kind: "postgresql", url: db.location, poolSize: 1, poolWaitMs: 300 }, { migrate: false });
    closeLater.push(() => narrow.close());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const holding = new Promise<void>((resolve) => (started = resolve));
    const holder = narrow.prisma.$transaction(async (tx) => {
      await tx.user.count();
      started();
      await held;
    });
    await holding;
    let thrown: unknown;
    try {
      await narrow.prisma.$transaction(async (tx) => tx.user.count(), { maxWait: 200 });
    } catch (error) {
      thrown = error;
    } finally {
      release();
      await holder;
    }
    const mapped = toTRPCError(thrown);
    expect(mapped?.code, String(thrown)).toBe("SERVICE_UNAVAILABLE");
    expect(mapped?.message).toBe("Сервер перегружен. Повторите через 5 с.");
  });

  it.skipIf(!template)("over HTTP: no free connection in the pool answers 503 with Retry-After, and works again once one is free", async () => {
    const narrow = await openDatabase({ kind: "postgresql", url: db.location, poolSize: 1, poolWaitMs: 300 }, { migrate: false });
    closeLater.push(() => narrow.close());
    const narrowApp = await buildApp({ db: narrow, env: envWith(), logStream, clock });
    closeLater.push(() => narrowApp.close());
    const signIn = await narrowApp.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "editor@vologda.example", password }),
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = `atlas_session=${signIn.cookies.find((k) => k.name === "atlas_session")!.value}`;
    const list = () => narrowApp.inject({ method: "GET", url: `/trpc/partner.list?input=${encodeURIComponent(JSON.stringify({}))}`, headers: { cookie } });

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const holding = new Promise<void>((resolve) => (started = resolve));
    const holder = narrow.prisma.$transaction(async (tx) => {
      await tx.user.count();
      started();
      await held;
    });
    await holding;
    try {
      const busy = await list();
      expect(busy.statusCode).toBe(503);
      expect(busy.headers["retry-after"]).toBe("5");
      const error = (busy.json() as { error: { message: string; data: { code: string; retryAfterSeconds: number } } }).error;
      expect(error.message).toBe("Сервер перегружен. Повторите через 5 с.");
      expect(error.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 5 });
    } finally {
      release();
      await holder;
    }
    expect((await list()).statusCode).toBe(200);
  });
});
