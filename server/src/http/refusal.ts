// How the HTTP layer answers a request it will not pass on to tRPC (too big, too deep,
// wrong host, broken body) and what it does with an unexpected failure outside tRPC.
// One JSON shape for all of them, the one the cross-site guard already uses.
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { incidentIdOf, internalErrorMessage } from "../errors.ts";

export type RefusalCode =
  | "BAD_REQUEST"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "MISDIRECTED_REQUEST"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "REQUEST_TIMEOUT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

export function sendRefusal(reply: FastifyReply, status: number, code: RefusalCode, message: string): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send({ error: { code, message } });
}

/** Russian wording for the request errors Fastify itself raises while reading a body. */
function requestErrorMessage(error: FastifyError, bodyLimitBytes: number): { code: RefusalCode; message: string } {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "PAYLOAD_TOO_LARGE", message: `Запрос слишком большой: не больше ${formatBytes(bodyLimitBytes)}.` };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { code: "UNSUPPORTED_MEDIA_TYPE", message: "Такой тип содержимого запроса не принимается." };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return { code: "BAD_REQUEST", message: "Длина тела запроса не совпадает с заголовком Content-Length." };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { code: "BAD_REQUEST", message: "Тело запроса — не JSON." };
    default:
      return { code: error.statusCode === 404 ? "NOT_FOUND" : error.statusCode === 408 ? "REQUEST_TIMEOUT" : "BAD_REQUEST", message: "Некорректный запрос." };
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} МБ` : `${Math.ceil(bytes / 1024)} КБ`;
}

/**
 * Fastify's own error answers quote the error's message (and 5xx ones come from any
 * library): here a request error gets a plain Russian sentence, and anything else an
 * incident id, with the detail in the log under that id. Set on the root before the
 * routes are registered, so every route inherits it.
 */
export function registerErrorReplies(app: FastifyInstance, { bodyLimitBytes }: { bodyLimitBytes: number }): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status < 500) {
      const { code, message } = requestErrorMessage(error, bodyLimitBytes);
      req.log.info({ errorCode: error.code, status }, "request refused");
      return sendRefusal(reply, status, code, message);
    }
    const incident = incidentIdOf(error);
    req.log.error({ incident, err: error }, "request failed");
    return sendRefusal(reply, 500, "INTERNAL_SERVER_ERROR", internalErrorMessage(incident));
  });
}
