// Accounts at start-up: the demo accounts of a demo database, the removal of demo
// accounts from any other database, and the first administrator.
import type { FastifyBaseLogger } from "fastify";
import type { TRole } from "@atlas/shared/enums";
import type { PrismaClient } from "../db.ts";
// The seed owns the list: its demo follow-ups are assigned to these accounts.
import { demoAccounts } from "@atlas/db/seed/demo-accounts";
import { generatePassword, hashPassword } from "./passwords.ts";
import { endUserSessions } from "./sessions.ts";

export const demoPassword = "demo";
const demoDomain = "@demo";
const defaultAdminEmail = "admin@atlas.local";

/** Creates (or restores) one account per role with the password "demo". Call only on a database just filled with demo data. */
export async function ensureDemoAccounts(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await prisma.$transaction(
    demoAccounts.map(({ email, role, name }) =>
      prisma.user.upsert({
        where: { email },
        create: { email, role, name, passwordHash, passwordChangedAt: new Date() },
        update: { role, passwordHash, isActive: true, mustChangePassword: false, version: { increment: 1 } },
      }),
    ),
  );
}

/** The demo accounts that exist and are active (what the sign-in page may announce). */
export async function existingDemoAccounts(prisma: PrismaClient): Promise<Array<{ email: string; role: TRole }>> {
  const rows = await prisma.user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) }, isActive: true },
    select: { email: true, role: true },
  });
  const order = demoAccounts.map((a) => a.email);
  return rows.sort((a, b) => order.indexOf(a.email) - order.indexOf(b.email));
}

export type PrepareAccountsOptions = {
  prisma: PrismaClient;
  demo: boolean;
  adminEmail?: string | undefined;
  adminPassword?: string | undefined;
  log: Pick<FastifyBaseLogger, "info" | "warn">;
  /** Where a generated one-time password goes: standard output, never the structured log. */
  announce?: (text: string) => void;
};

export type PrepareAccountsResult = { removedDemoAccounts: number; createdAdmin: { email: string; oneTimePassword: boolean } | null };

/**
 * Outside demo mode no demo account may exist: any are deleted (their sessions go with
 * them). Then, in either mode, a database without an active administrator gets one.
 */
export async function prepareAccounts({
  prisma,
  demo,
  adminEmail,
  adminPassword,
  log,
  announce = (text) => void process.stdout.write(text),
}: PrepareAccountsOptions): Promise<PrepareAccountsResult> {
  let removedDemoAccounts = 0;
  if (!demo) {
    const removed = await prisma.user.deleteMany({ where: { email: { endsWith: demoDomain } } });
    removedDemoAccounts = removed.count;
    if (removed.count > 0) {
      log.warn({ removed: removed.count }, "demo mode is off: demo accounts (@demo) were found and deleted with their sessions");
    }
  }

  const activeAdmins = await prisma.user.count({ where: { role: "ADMIN", isActive: true } });
  if (activeAdmins > 0) return { removedDemoAccounts, createdAdmin: null };

  const email = adminEmail ?? defaultAdminEmail;
  const password = adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const mustChangePassword = adminPassword === undefined;
  const data = { role: "ADMIN" as const, isActive: true, passwordHash, passwordChangedAt: new Date(), mustChangePassword };
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
      await endUserSessions(tx, existing.id);
    } else {
      await tx.user.create({ data: { ...data, email, name: "Администратор" } });
    }
  });
  log.warn({ email, oneTimePassword: mustChangePassword }, "no active administrator: one was created");
  if (mustChangePassword) {
    announce(
      [
        "",
        "==================================================================",
        " Cooperation Atlas: the first administrator was created.",
        ` Sign in as ${email} with the one-time password`,
        `     ${password}`,
        " and choose a new password. This is shown only once.",
        "==================================================================",
        "",
      ].join("\n"),
    );
  }
  return { removedDemoAccounts, createdAdmin: { email, oneTimePassword: mustChangePassword } };
}
