// DNS rebinding: a page on evil.example can point its own name at this server's
// address, and the browser then lets that page read our answers (same origin, as far
// as the browser knows). The one thing such a request cannot fake is the Host header:
// it names evil.example. So every request must name a host this server is known by.
//
// The rule (README, configuration):
// - the host of ATLAS_PUBLIC_ORIGIN, when set (behind a proxy, X-Forwarded-Host from a
//   trusted proxy takes the place of Host, as Fastify's req.host does with TRUST_PROXY);
// - the listening address itself, HOST:PORT;
// - listening on a loopback address: localhost, 127.0.0.1 and [::1] with any port (a
//   local proxy or dev server in front keeps its own port in Host);
// - listening on all addresses (0.0.0.0 or ::): this machine's own IP addresses, its
//   host name, and the loopback names, with PORT. Any other name needs ATLAS_PUBLIC_ORIGIN.
// IP literals and loopback names are safe to accept: rebinding needs a name the attacker
// controls. /healthz stays open, for load balancers that probe by any address.
import os from "node:os";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendRefusal } from "./refusal.ts";

type HostPort = { name: string; port: number | null };

const loopbackNames = new Set(["localhost", "127.0.0.1", "::1"]);
const wildcardAddresses = new Set(["0.0.0.0", "::", "[::]"]);

/** "Name:port", "[v6]:port" or a bare name, lower-cased and without IPv6 brackets; null when malformed. */
export function parseHost(value: string | undefined): HostPort | null {
  if (!value) return null;
  const host = value.trim().toLowerCase().replace(/\.$/, "");
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]\s/@]+))(?::(\d{1,5}))?$/.exec(host);
  if (!match) return null;
  return { name: (match[1] ?? match[2])!, port: match[3] ? Number(match[3]) : null };
}

export type HostRuleOptions = {
  /** HOST and PORT the server listens on. */
  listenHost: string;
  listenPort: number;
  publicOrigin?: string | undefined;
  /** Tests: this machine's addresses and name (default: from the operating system). */
  machineAddresses?: string[];
  machineName?: string;
};

function ownAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined)
    .map((a) => a.address.replace(/%.*$/, "").toLowerCase());
}

/** Builds the check once (interfaces are read at start): Host header → allowed or not. */
export function hostMatcher({ listenHost, listenPort, publicOrigin, machineAddresses, machineName }: HostRuleOptions): (host: string | undefined) => boolean {
  const listen = listenHost.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  const listensOnLoopback = loopbackNames.has(listen) || /^127\./.test(listen);
  const listensEverywhere = wildcardAddresses.has(listen);
  const ownNames = new Set<string>([listen]);
  if (listensEverywhere) {
    for (const address of machineAddresses ?? ownAddresses()) ownNames.add(address);
    ownNames.add((machineName ?? os.hostname()).toLowerCase());
    for (const name of loopbackNames) ownNames.add(name);
  }
  const publicUrl = publicOrigin ? new URL(publicOrigin) : null;
  const publicHost = publicUrl ? parseHost(publicUrl.host) : null;
  const publicDefaultPort = publicUrl?.protocol === "https:" ? 443 : 80;

  return (value) => {
    const host = parseHost(value);
    if (!host) return false;
    if (publicHost && host.name === publicHost.name) {
      // A Host without a port means the scheme's default, as in the origin's own URL.
      const expected = publicHost.port ?? publicDefaultPort;
      if ((host.port ?? publicDefaultPort) === expected) return true;
    }
    if (listensOnLoopback && loopbackNames.has(host.name)) return true;
    return ownNames.has(host.name) && (host.port ?? 80) === listenPort;
  };
}

export function registerHostGuard(app: FastifyInstance, options: HostRuleOptions & { openPaths?: string[] }): void {
  const allowed = hostMatcher(options);
  const openPaths = new Set(options.openPaths ?? ["/healthz"]);
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (openPaths.has(req.url.split("?")[0]!)) return;
    // req.host: the Host header, or X-Forwarded-Host when it comes from a trusted proxy (TRUST_PROXY).
    if (allowed(req.host)) return;
    req.log.warn({ host: req.host, hint: "open the app by its configured address, or set ATLAS_PUBLIC_ORIGIN" }, "request for an unknown host refused");
    return sendRefusal(reply, 421, "MISDIRECTED_REQUEST", "request.wrongHost");
  });
}
