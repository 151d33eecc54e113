// GET /api/download/<list>.<csv|xlsx>?input=<the list procedure's input as JSON>: the
// rows a list page shows, under its filter and sort, as a file; likewise a chart's table
// (/api/download/chart-….<format>?input=<the chart procedure's input>). Outside tRPC because the
// answer is a stream of bytes, not JSON; the session is resolved as for tRPC
// (httpContextFactory), and the input checked by the list's own schema.
import { PassThrough } from "node:stream";
import { create as contentDisposition } from "content-disposition";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasRole } from "@atlas/shared/auth";
import type { Context } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { sendRefusal } from "../refusal.ts";
import { downloadFormats, downloadKindNames, type TDownloadFormat, type TDownloadKind } from "@atlas/shared/downloads";
import { prepareDownload } from "../../services/downloads/run-download.ts";
import { contentTypes } from "../../services/downloads/writers.ts";

export const downloadPathPrefix = "/api/download/";

type DownloadRouteOptions = {
  /** The tRPC context factory of the app: the same cookie check, the same clock and calendar. */
  contextOf: (req: FastifyRequest, reply: FastifyReply) => Promise<Context>;
  /** ATLAS_PUBLIC_ORIGIN when set: links in the file point there rather than at the address the request came by. */
  publicOrigin: string | undefined;
};

function parseFileName(file: string): { list: TDownloadKind; format: TDownloadFormat } | null {
  const dot = file.lastIndexOf(".");
  const list = file.slice(0, dot);
  const format = file.slice(dot + 1);
  if (dot < 0 || !(downloadKindNames as readonly string[]).includes(list) || !(downloadFormats as readonly string[]).includes(format)) return null;
  return { list: list as TDownloadKind, format: format as TDownloadFormat };
}

function parseInput(raw: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined || raw === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

export function registerDownloadRoute(app: FastifyInstance, { contextOf, publicOrigin }: DownloadRouteOptions): void {
  app.get<{ Params: { file: string }; Querystring: { input?: string } }>(`${downloadPathPrefix}:file`, async (req, reply) => {
    const ctx = await contextOf(req, reply);
    if (!ctx.user) return sendRefusal(reply, 401, "FORBIDDEN", "request.signInRequired");
    if (ctx.user.mustChangePassword) return sendRefusal(reply, 403, "FORBIDDEN", "request.changeTemporaryPassword");
    if (!hasRole(ctx.user.role, "ANALYST")) return sendRefusal(reply, 403, "FORBIDDEN", "request.forbidden");
    const target = parseFileName(req.params.file);
    if (!target) return sendRefusal(reply, 404, "NOT_FOUND", "download.unknownList", { lists: downloadKindNames.join(", ") });
    const input = parseInput(req.query.input);
    if (!input.ok) return sendRefusal(reply, 400, "BAD_REQUEST", "download.badFilter");

    const origin = publicOrigin ?? `${req.protocol}://${req.host}`;
    let prepared;
    try {
      prepared = await prepareDownload({
        ctx: { prisma: ctx.prisma, today: ctx.calendar.today(), timeZone: ctx.calendar.timeZone },
        user: ctx.user,
        list: target.list,
        format: target.format,
        rawInput: input.value,
        absolute: (path) => new URL(path, origin).href,
      });
    } catch (error) {
      if (error instanceof AppError && error.key === "download.badFilter") {
        return reply
          .code(400)
          .type("application/json; charset=utf-8")
          .send({
            error: { code: "BAD_REQUEST", key: error.key, params: error.params, message: error.message, fieldErrors: error.details.fieldErrors ?? null },
          });
      }
      throw error;
    }

    const today = ctx.calendar.today();
    // RFC 5987: the Russian name for browsers (filename*), a Latin one for old clients (filename).
    const disposition = contentDisposition(`${prepared.title} ${today}.${target.format}`, { fallback: `${target.list}-${today}.${target.format}` });
    const body = new PassThrough();
    // Rows are written while the answer goes out; a failure halfway can only cut the stream,
    // which the browser reports as a failed download (the log keeps rowCount null).
    prepared.run(body).catch((error: unknown) => {
      req.log.error({ err: error, list: target.list }, "download failed while streaming");
      body.destroy(error instanceof Error ? error : new Error("download failed"));
    });
    return reply
      .header("content-type", contentTypes[target.format])
      .header("content-disposition", disposition)
      .header("cache-control", "no-store")
      .header("x-content-type-options", "nosniff")
      .send(body);
  });
}
