import type { CalendarDay } from "@atlas/shared/calendar-day";
import type { PrismaClient, Tx } from "../../db.ts";

/** What a procedure passes to a service that reads: the database and the input its schema checked. */
export type ReadCall<TInput> = { prisma: PrismaClient; input: TInput };

/** What a procedure passes to a service that writes: also who acts, for the change log (null for the system). */
export type WriteCall<TInput> = ReadCall<TInput> & { actorId: string | null };

/** A change an administrator makes to a user account: always someone signed in, and the clock for passwordChangedAt and live sessions. */
export type AdminWriteCall<TInput> = WriteCall<TInput> & { actorId: string; now: Date };

/**
 * A read that depends on the home region's calendar (routers pass ctx.calendar): `today`
 * is its day and `timeZone` its zone, so "this year", "overdue" and "upcoming" are its days.
 */
export type CalendarReadCall<TInput> = { prisma: Tx; input: TInput; today: CalendarDay; timeZone: string };
