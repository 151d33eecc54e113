import { ZChangePasswordInput, ZSignInInput, type TPublicConfig, type TSessionUser } from "@atlas/shared/auth";
import { existingDemoAccounts, demoPassword } from "../auth/accounts.ts";
import { SESSION_COOKIE, sessionCookieOptions } from "../auth/cookies.ts";
import { endSession } from "../auth/sessions.ts";
import { changePassword, getSessionUser, signIn } from "../auth/sign-in.ts";
import { publicProcedure, router, viewerProcedure } from "../trpc.ts";

/**
 * The signed-in user plus the home region's time zone, so the client's «today» (form
 * defaults, overdue marks) is the home region's day, not the browser's.
 */
type TSession = TSessionUser & { homeTimeZone: string };

export const authRouter = router({
  /** Checks the password and sets the session cookie. Wrong passwords are rate-limited (429 with retryAfterSeconds). */
  signIn: publicProcedure.input(ZSignInInput).mutation(async ({ ctx, input }): Promise<TSession> => {
    const result = await signIn({
      prisma: ctx.prisma,
      input,
      request: ctx.request,
      settings: ctx.settings,
      clock: ctx.clock,
      previousSessionId: ctx.sessionId,
    });
    ctx.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(ctx.request.secure));
    return { ...result.user, homeTimeZone: ctx.calendar.timeZone };
  }),

  /** Ends the session on the server and clears the cookie; harmless without a session. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId) await endSession(ctx.prisma, ctx.sessionId);
    ctx.cookies.clear(SESSION_COOKIE, sessionCookieOptions(ctx.request.secure));
    return { ok: true as const };
  }),

  /** The signed-in user, or null. */
  me: publicProcedure.query(async ({ ctx }): Promise<TSession | null> => {
    if (!ctx.user) return null;
    const user = await getSessionUser({ prisma: ctx.prisma, userId: ctx.user.id });
    return user ? { ...user, homeTimeZone: ctx.calendar.timeZone } : null;
  }),

  /** What the sign-in page shows before anyone signs in: demo accounts (demo mode only) and the map's tile server. */
  publicConfig: publicProcedure.query(async ({ ctx }): Promise<TPublicConfig> => {
    const demoAccounts = ctx.settings.demo ? await existingDemoAccounts(ctx.prisma) : [];
    return {
      demo: ctx.settings.demo,
      demoAccounts,
      demoPassword: demoAccounts.length > 0 ? demoPassword : null,
      map: ctx.settings.map,
    };
  }),

  /** Any signed-in user; clears mustChangePassword. Ends the user's other sessions and renews this one. */
  changePassword: viewerProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }): Promise<TSession> => {
    const result = await changePassword({
      prisma: ctx.prisma,
      userId: ctx.user.id,
      input,
      request: ctx.request,
      settings: ctx.settings,
      clock: ctx.clock,
    });
    ctx.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(ctx.request.secure));
    return { ...result.user, homeTimeZone: ctx.calendar.timeZone };
  }),
});
