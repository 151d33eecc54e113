// The header's search: a field-like button, and Ctrl+K (⌘K on a Mac, or "/" outside a
// text field) anywhere in the app. The dialog's code is fetched the first time it is
// wanted (or the pointer nears the button), not with every page.
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../ui/icons.tsx";
import "../global-search.css";

const loadDialog = () => import("./search-dialog.tsx");
const SearchDialog = lazy(() => loadDialog().then((m) => ({ default: m.SearchDialog })));

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad|iPod/i.test(navigator.platform || navigator.userAgent);

/** Typing into these must never open the search. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "file", "color", "range", "image"].includes(type);
}

export function GlobalSearch(): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays mounted (hidden), so the next opening shows the last query.
  const [mounted, setMounted] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const mac = isMac();

  const show = useCallback(() => {
    const focused = document.activeElement;
    returnFocus.current = focused instanceof HTMLElement && focused !== document.body ? focused : trigger.current;
    setMounted(true);
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // KeyK also covers the Russian layout, where the key types «л».
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.code === "KeyK" || event.key.toLowerCase() === "k");
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(event.target);
      if (!commandK && !slash) return;
      // Another modal (a confirmation, a form dialog) keeps the keyboard.
      const otherModal = [...document.querySelectorAll("dialog[open]")].some((d) => !d.classList.contains("search-dialog"));
      if (otherModal) return;
      event.preventDefault();
      show();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [show]);

  const close = useCallback((reason: "dismissed" | "navigated") => {
    setOpen(false);
    if (reason === "navigated") return;
    const back = returnFocus.current?.isConnected ? returnFocus.current : trigger.current;
    // After the dialog has left the top layer, or the browser puts focus back itself.
    requestAnimationFrame(() => back?.focus());
  }, []);

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="search-trigger"
        aria-haspopup="dialog"
        aria-keyshortcuts={mac ? "Meta+K /" : "Control+K /"}
        aria-label={t("search.triggerLabel")}
        onClick={show}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        <Icon name="search" size={18} />
        <span className="search-trigger__text" aria-hidden="true">
          {t("search.trigger")}
        </span>
        <kbd className="search-trigger__keys" aria-hidden="true">
          {mac ? "⌘K" : "Ctrl K"}
        </kbd>
      </button>
      {mounted && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
