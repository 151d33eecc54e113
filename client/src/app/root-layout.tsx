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
  // The page last focused: a change of the search params alone (a filter, the timeline's
  // zoom) is the same page, and focus stays where the user is (the field, the axis).
  const focusedPath = useRef<string | null>(null);
  useEffect(() => {
    if (status !== "idle") return;
    if (focusedPath.current === null) {
      focusedPath.current = pathname;
      return;
    }
    if (focusedPath.current === pathname) return;
    focusedPath.current = pathname;
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
