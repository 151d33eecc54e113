import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { initI18n } from "../../../client/src/lib/i18n.ts";
import { queryClient } from "../../../client/src/lib/trpc.ts";

/** Set-up shared by the jsdom tests: Russian interface, a clean cache and storage per test. */
export function useDomTestSetup(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // findBy*/waitFor poll for a state; 1 s (the default) is too short on a busy two-core CI machine.
  configure({ asyncUtilTimeout: 5000 });
  beforeAll(async () => {
    await initI18n("ru");
    // jsdom has no layout; the router's scroll restoration calls these.
    window.scrollTo = () => undefined;
  });
  beforeEach(() => {
    queryClient.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  // The router shows its pending page after a 250 ms timer; one started by the last test
  // must fire while jsdom's window still exists, not after the file's environment is gone.
  afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 400)));
}

/** The text linked to a control through aria-describedby: what a screen reader reads with it. */
export function describedText(control: HTMLElement): string {
  const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | ");
}
