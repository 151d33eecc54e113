// Cross-site request forgery: a POST to /trpc (every mutation, and batched queries)
// must be JSON from the app's own origin. A cross-site form can only send
// urlencoded, multipart or text/plain bodies without a CORS preflight, and browsers
// name the sending site in Origin and Sec-Fetch-Site. Checked before tRPC runs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendRefusal } from "../http/refusal.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export type MutationGuardOptions = {
  /** The origin users open (ATLAS_PUBLIC_ORIGIN); otherwise the Origin header must name the request's own host. */
  publicOrigin?: string | undefined;
  prefix?: string;
};

/** Why a request is refused, or null when it may go on. */
export function refusalReason(req: FastifyRequest, { publicOrigin }: MutationGuardOptions): string | null {
  const mediaType = String(req.headers["content-type"] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
  if (mediaType !== "application/json") return "content type must be application/json";

  const fetchSite = req.headers["sec-fetch-site"];
  if (fetchSite !== undefined && fetchSite !== "same-origin" && fetchSite !== "none") return `Sec-Fetch-Site is ${String(fetchSite)}`;

  const origin = req.headers.origin;
  if (origin !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return "Origin is not a URL";
    }
    if (publicOrigin ? parsed.origin !== publicOrigin : parsed.host.toLowerCase() !== req.host.toLowerCase()) {
      return "Origin is another site";
    }
  }
  return null;
}

export function registerMutationGuard(app: FastifyInstance, options: MutationGuardOptions): void {
  const prefix = options.prefix ?? "/trpc/";
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (safeMethods.has(req.method) || !req.url.startsWith(prefix)) return;
    const reason = refusalReason(req, options);
    if (!reason) return;
    req.log.warn({ reason, origin: req.headers.origin, fetchSite: req.headers["sec-fetch-site"] }, "cross-site or non-JSON request refused");
    return sendRefusal(reply, 403, "FORBIDDEN", "request.crossSite");
  });
}
