// The server's log configuration. Passwords, hashes and session tokens never reach the
// log: secret-carrying headers and fields are redacted, and the query string of API
// calls to auth.* and admin.* (where a misdirected GET could carry a password) is cut.
import type { FastifyServerOptions } from "fastify";

export const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  "password",
  "currentPassword",
  "newPassword",
  "temporaryPassword",
  "passwordHash",
  "token",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.temporaryPassword",
  "*.passwordHash",
  "*.token",
  "*.input",
  "input",
];

/** "/trpc/auth.signIn?input=…" → "/trpc/auth.signIn?…"; other URLs unchanged. */
export function loggableUrl(url: string): string {
  const [path, query] = [url.split("?")[0] ?? url, url.includes("?")];
  if (query && path.startsWith("/trpc/") && /(^|[/,])(auth|admin)\./.test(path)) return `${path}?…`;
  return url;
}

type LoggedRequest = { method: string; url: string; host?: string; hostname?: string; ip?: string; socket?: { remotePort?: number } };

export function loggerOptions({ level, stream }: { level: string; stream?: NodeJS.WritableStream | undefined }): FastifyServerOptions["logger"] {
  return {
    level,
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: loggableUrl(req.url),
        host: req.host ?? req.hostname,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    ...(stream ? { stream } : {}),
  } as FastifyServerOptions["logger"];
}
