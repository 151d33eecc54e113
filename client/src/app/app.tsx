import { StrictMode } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { queryClient } from "../lib/trpc.ts";
import type { buildRouter } from "./router.tsx";

/** The whole app around a router: main.tsx passes the browser's, tests an in-memory one. */
export function App({ router }: { router: ReturnType<typeof buildRouter> }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
}
