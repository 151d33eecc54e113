import { useEffect, useRef } from "react";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { Toaster } from "../ui/toast.tsx";

/**
 * After each navigation, focus moves to the new page's title, so keyboard and screen
 * reader users start at the top of what changed (not on the link they left behind).
 */
function useFocusOnNavigation() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const status = useRouterState({ select: (s) => s.status });
  const first = useRef(true);
  useEffect(() => {
    if (status !== "idle") return;
    if (first.current) {
      first.current = false;
      return;
    }
    const title = document.querySelector<HTMLElement>("[data-page-title]");
    title?.focus({ preventScroll: true });
  }, [pathname, status]);
}

export function RootLayout() {
  useFocusOnNavigation();
  return (
    <>
      <Outlet />
      <Toaster />
    </>
  );
}
