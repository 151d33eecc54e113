// How the HTTP layer answers a request it will not pass on to tRPC (too big, too deep,
// wrong host, broken body) and what it does with an unexpected failure outside tRPC.
// One JSON shape for all of them, the one the cross-site guard already uses.
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { russianErrorText, type ErrorKey, type ErrorParams } from "@atlas/shared/error-keys";
import { incidentIdOf } from "../errors.ts";

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

/**
 * The refusal's body: the key and parameters a client words in its own language, the
 * Russian text for people reading raw answers, and, on 429/503, when to try again.
 */
export function sendRefusal(reply: FastifyReply, status: number, code: RefusalCode, key: ErrorKey, params: ErrorParams = {}): FastifyReply {
  const retryAfterSeconds = typeof params.seconds === "number" && (status === 429 || status === 503) ? params.seconds : undefined;
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send({ error: { code, key, params, message: russianErrorText(key, params), ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) } });
}

/** The key for a request error Fastify itself raises while reading a body. */
function requestErrorKey(error: FastifyError, bodyLimitBytes: number): { code: RefusalCode; key: ErrorKey; params?: ErrorParams } {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "PAYLOAD_TOO_LARGE", key: "request.payloadTooLarge", params: { limitKilobytes: Math.ceil(bodyLimitBytes / 1024) } };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { code: "UNSUPPORTED_MEDIA_TYPE", key: "request.unsupportedMediaType" };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return { code: "BAD_REQUEST", key: "request.badContentLength" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { code: "BAD_REQUEST", key: "request.notJson" };
    default:
      return { code: error.statusCode === 404 ? "NOT_FOUND" : error.statusCode === 408 ? "REQUEST_TIMEOUT" : "BAD_REQUEST", key: "request.badRequest" };
  }
}

/**
 * Fastify's own error answers quote the error's message (and 5xx ones come from any
 * library): here a request error gets a key (and its Russian sentence), and anything else an
 * incident id, with the detail in the log under that id. Set on the root before the
 * routes are registered, so every route inherits it.
 */
export function registerErrorReplies(app: FastifyInstance, { bodyLimitBytes }: { bodyLimitBytes: number }): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status < 500) {
      const { code, key, params } = requestErrorKey(error, bodyLimitBytes);
      req.log.info({ errorCode: error.code, status }, "request refused");
      return sendRefusal(reply, status, code, key, params);
    }
    const incident = incidentIdOf(error);
    req.log.error({ incident, err: error }, "request failed");
    return sendRefusal(reply, 500, "INTERNAL_SERVER_ERROR", "request.internal", { incident });
  });
}
