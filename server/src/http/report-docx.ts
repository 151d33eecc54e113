// GET /api/report.docx: the periodic report as a Word file. A download is a plain link,
// not a tRPC call, so it lives outside tRPC; it still goes through report.get with the
// request's tRPC context (the session cookie, the role check, the input schema, the
// heavy-read queue), so the file and the page cannot disagree and a viewer gets 403.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { TReportInput } from "@atlas/shared/report";
import type { Context } from "../context.ts";
import { appRouter } from "../routers/_app.ts";
import { createCallerFactory, errorDetails } from "../trpc.ts";
import { reportDocx } from "../services/report/report-docx.ts";

const createCaller = createCallerFactory(appRouter);

type Query = Partial<Record<"kind" | "year" | "number" | "countryCodes" | "partnerIds" | "sectorIds", string>>;

/** Lists come comma-separated (`countryCodes=KZ,UZ`); numbers stay as typed, so a wrong one is the schema's refusal. */
function reportInputOf(query: Query): TReportInput {
  const list = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : undefined);
  const number = (value: string | undefined) => (value === undefined || value === "" ? undefined : Number(value));
  return {
    period: {
      kind: query.kind as "MONTH",
      year: number(query.year) as number,
      number: number(query.number),
    },
    filter: {
      countryCodes: list(query.countryCodes),
      partnerIds: list(query.partnerIds),
      sectorIds: list(query.sectorIds),
    },
  };
}

/** `report-2026-Q4.docx`, and the Russian name for browsers that read filename*. */
function fileNames(input: TReportInput): { ascii: string; russian: string } {
  const { kind, year, number } = input.period;
  const code = kind === "MONTH" ? `${year}-${String(number).padStart(2, "0")}` : kind === "QUARTER" ? `${year}-Q${number}` : `${year}`;
  return { ascii: `report-${code}.docx`, russian: `Отчёт ${code}.docx` };
}

export function registerReportDocx(app: FastifyInstance, createContext: (options: { req: FastifyRequest; res: FastifyReply }) => Promise<Context>): void {
  app.get<{ Querystring: Query }>("/api/report.docx", async (req, reply) => {
    const input = reportInputOf(req.query);
    try {
      const ctx = await createContext({ req, res: reply });
      const report = await createCaller(ctx).report.get(input);
      const file = await reportDocx(report, { today: ctx.calendar.today() });
      const names = fileNames(input);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .header("content-disposition", `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeURIComponent(names.russian)}`)
        .header("cache-control", "no-store")
        .send(file);
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      const status = getHTTPStatusCodeFromError(error);
      // Unexpected failures go to the app's error handler, which logs them under an incident id.
      if (status >= 500) throw error.cause ?? error;
      const { key, params, message, fieldErrors } = errorDetails(error);
      return reply
        .code(status)
        .type("application/json; charset=utf-8")
        .header("cache-control", "no-store")
        .send({
          error: { code: error.code, key, params, message, fieldErrors },
        });
    }
  });
}
