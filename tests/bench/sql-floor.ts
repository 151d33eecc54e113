// The floor of the HTTP benchmark (http-speed.ts): a bare node:http server that answers
// GET /<n> by sending call n's captured SQL to PostgreSQL with pg, wave after wave (the
// statements of one wave side by side, as the app sent them), and returning every row as
// JSON. No tRPC, Prisma, superjson, session or compression: what is left is the database's
// work and the least a server must do around it.
//   node --import tsx tests/bench/sql-floor.ts <calls.json>   (DATABASE_URL, PORT, HOST)
import { readFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";
import { appSessionOptions } from "@atlas/db/database";

export type FloorStatement = { text: string; values: unknown[] };
export type FloorCall = { name: string; waves: FloorStatement[][] };

const calls = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as FloorCall[];
// The app's default pool size (DATABASE_POOL_SIZE) and its session settings (JIT off).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: appSessionOptions });

const server = http.createServer((req, res) => {
  const send = (status: number, body: string) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(body);
  };
  if (req.url === "/healthz") return send(200, "{}");
  const call = calls[Number(req.url?.slice(1))];
  if (!call) return send(404, "{}");
  void (async () => {
    const rows: unknown[] = [];
    for (const wave of call.waves) {
      const results = await Promise.all(wave.map((s) => pool.query(s.text, s.values)));
      for (const r of results) rows.push(r.rows);
    }
    return JSON.stringify(rows);
  })().then(
    (body) => send(200, body),
    (error: Error) => send(500, JSON.stringify({ error: error.message })),
  );
});
server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
