// The calls the read benchmarks measure (issue 16's table), on a benchmark database, with
// the bench account they run as. Shared by bench:http (http-speed.ts) and bench:explain.
import { randomBytes } from "node:crypto";
import type { Database } from "@atlas/db/database";
import { appRouter } from "@atlas/server/routers/_app";
import { createContextInner } from "@atlas/server/context";
import { createCallerFactory } from "@atlas/server/trpc";
import { hashPassword } from "@atlas/server/auth/passwords";

const benchCallerFactory = createCallerFactory(appRouter);
export type BenchCaller = ReturnType<typeof benchCallerFactory>;
export type BenchCall = { name: string; path: string; input: unknown; run: (caller: BenchCaller) => Promise<unknown> };

/**
 * Signs up (or resets) the administrator bench@local with a fresh random password and
 * returns it, a caller acting as that account, and the calls (those whose name `only` matches).
 */
export async function prepareBenchCalls(db: Database, only: RegExp | null) {
  const password = randomBytes(18).toString("base64url");
  const benchUser = await db.prisma.user.upsert({
    where: { email: "bench@local" },
    create: { email: "bench@local", name: "Bench", role: "ADMIN", passwordHash: await hashPassword(password), mustChangePassword: false },
    update: { passwordHash: await hashPassword(password), isActive: true, mustChangePassword: false },
    select: { id: true, email: true, name: true, role: true },
  });
  const kz = await db.prisma.partner.findFirstOrThrow({ where: { isoCode: "KZ" } });
  const agriculture = await db.prisma.sector.findUniqueOrThrow({ where: { code: "agriculture" } });
  const someMeeting = await db.prisma.interaction.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" }, select: { id: true } });
  const lastYear = { from: "2025-11-25", to: "2026-11-25" };

  const caller: BenchCaller = benchCallerFactory(createContextInner({ db, user: benchUser }));
  const call = <I>(name: string, procedure: string, input: I): BenchCall => ({
    name,
    path: procedure,
    input,
    run: (c) => {
      const [namespace, verb] = procedure.split(".") as [string, string];
      return (c as unknown as Record<string, Record<string, (i: I) => Promise<unknown>>>)[namespace]![verb]!(input);
    },
  });
  const calls: BenchCall[] = [
    call("dashboard.summary {}", "dashboard.summary", { filter: {} }),
    call("partner.dossier (Kazakhstan)", "partner.dossier", { id: kz.id }),
    call("meeting.list search «переговоры»", "meeting.list", { filter: { q: "переговоры" } }),
    call("meeting.list first page", "meeting.list", {}),
    call("dashboard.summary (country + sector)", "dashboard.summary", { filter: { partnerIds: [kz.id], sectorIds: [agriculture.id] } }),
    call("meeting.list (country + sector + period)", "meeting.list", { filter: { partnerIds: [kz.id], sectorIds: [agriculture.id], ...lastYear } }),
    call("dashboard.signals", "dashboard.signals", { filter: {} }),
    call("timeline.list", "timeline.list", { filter: {} }),
    call("partner.list", "partner.list", {}),
    call("agreement.list", "agreement.list", {}),
    call("meeting.byId", "meeting.byId", { id: someMeeting.id }),
    // The search box over every kind of record, with a word in most meetings' titles.
    call("search.global «визит»", "search.global", { q: "визит" }),
  ].filter((c) => !only || only.test(c.name));
  return { password, caller, calls };
}
