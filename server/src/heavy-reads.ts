// The reads whose cost grows with the register (the overview's aggregates, a partner's
// dossier, the timeline) each run several statements side by side. Under load, many of
// them at once take every pooled connection, and a short write (meeting.create) then
// waits behind them until it times out. So each instance runs only a few of them at a
// time; the rest wait their turn here — in memory, without holding a connection — and
// writes and light reads always find one. p-limit is the kept library for the queue.
import pLimit from "p-limit";
import { TRPCError } from "@trpc/server";
import { DatabaseBusyError } from "./errors.ts";

export type HeavyReadGate = {
  /** Runs `read` when a slot is free; refuses at once (503) when too many already wait. */
  run<T>(read: () => Promise<T>): Promise<T>;
};

/**
 * How many heavy reads one instance runs at once unless ATLAS_HEAVY_READS_AT_ONCE says:
 * one per ten pooled connections (a heavy read uses up to about eight), at least one.
 */
export function defaultHeavyReadsAtOnce(poolSize: number): number {
  return Math.max(1, Math.floor(poolSize / 10));
}

/** Beyond this many waiting reads a request is told to come back (503, Retry-After) rather than queue without end. */
export const maxWaitingHeavyReads = 1000;

export function heavyReadGate(atOnce: number, maxWaiting = maxWaitingHeavyReads): HeavyReadGate {
  const limit = pLimit(atOnce);
  return {
    run(read) {
      if (limit.pendingCount >= maxWaiting) {
        const busy = new DatabaseBusyError(null);
        return Promise.reject(new TRPCError({ code: "SERVICE_UNAVAILABLE", message: busy.message, cause: busy }));
      }
      return limit(read);
    },
  };
}
