// One tRPC client, one QueryClient and one options proxy for the whole app
// (conventions 11): components call useQuery(trpc.partner.list.queryOptions(...)).
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@atlas/server/routers/_app";
import { maxBatchCalls } from "@atlas/shared/api-limits";
import { errorCode } from "./errors.ts";

type SessionLostListener = () => void;
let onSessionLost: SessionLostListener | null = null;

/** The router registers what happens when the server says the session is gone (expired or ended elsewhere). */
export function setSessionLostHandler(listener: SessionLostListener | null): void {
  onSessionLost = listener;
}

function reportSessionLost(error: unknown): void {
  if (errorCode(error) === "UNAUTHORIZED") onSessionLost?.();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reportSessionLost }),
  mutationCache: new MutationCache({
    // A mutation that answers UNAUTHORIZED for its own reasons (wrong current password) says so in meta.
    onError: (error, _variables, _context, mutation) => {
      if (!mutation.meta?.handlesUnauthorized) reportSessionLost(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Permission and validation answers do not change on a retry.
      retry: (failureCount, error) => {
        const code = errorCode(error);
        // A busy server (503) asks to come back shortly: the default back-off does that.
        if (code && code !== "INTERNAL_SERVER_ERROR" && code !== "TIMEOUT" && code !== "SERVICE_UNAVAILABLE") return false;
        return failureCount < 2;
      },
      refetchOnWindowFocus: false,
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    // Plain JSON both ways, no transformer (the server has none): instants arrive as ISO
    // strings (shared/src/timestamp.ts), calendar days as 'YYYY-MM-DD'.
    httpBatchLink({
      url: "/trpc",
      // The server refuses bigger batches; a page that starts more queries at once sends several requests.
      maxItems: maxBatchCalls,
      fetch: (url, options) => fetch(url, { ...(options as RequestInit), credentials: "same-origin" }),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
