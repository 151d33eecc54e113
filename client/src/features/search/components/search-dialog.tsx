// The global search dialog (WAI-ARIA APG "combobox with listbox popup", grouped): focus
// stays in the text box, the arrow keys move through every hit across the groups
// (aria-activedescendant), Enter opens the active one, Escape closes. Hits are links as
// well, so a click, a middle click or Ctrl+click behave as links do.
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TGlobalSearchHit } from "@atlas/shared/search";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { Icon } from "../../../ui/icons.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { hitTarget, useGlobalSearch, type HitTarget } from "../hooks/use-global-search.ts";
import "../search-dialog.css";

type SearchDialogProps = {
  open: boolean;
  /** `navigated`: a hit was opened, so focus goes to the new page, not back to where it was. */
  onClose: (reason: "dismissed" | "navigated") => void;
};

type Row = { key: string; hit: TGlobalSearchHit; target: HitTarget };

const keyOf = (hit: TGlobalSearchHit) => `${hit.type}:${hit.id}`;

export function SearchDialog({ open, onClose }: SearchDialogProps): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const titleId = `${baseId}-title`;
  const [text, setText] = useState("");
  const [active, setActive] = useState<string | null>(null);
  // Enter pressed while the results for the typed text were still on their way.
  const [pendingEnter, setPendingEnter] = useState(false);
  const search = useGlobalSearch(text);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
      // Opened again: the last query is still there, selected, so typing replaces it.
      input.current?.focus();
      input.current?.select();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
      setPendingEnter(false);
    }
  }, [open]);

  const foundGroups = search.data?.groups;
  // The same array until new results come, so the rows below are not rebuilt on every render.
  const groups = useMemo(() => foundGroups ?? [], [foundGroups]);
  const rows: Row[] = useMemo(() => groups.flatMap((g) => g.hits.map((hit) => ({ key: keyOf(hit), hit, target: hitTarget(hit) }))), [groups]);
  const reachable = rows.filter((r) => r.target.kind !== "none");
  const signature = rows.map((r) => r.key).join(",");

  // New results: the first one that leads somewhere is active.
  const activateFirst = useEffectEvent(() => setActive(reachable[0]?.key ?? null));
  useEffect(() => activateFirst(), [signature]);

  const openRow = (row: Row) => {
    if (row.target.kind === "none") return;
    if (row.target.kind === "external") {
      window.open(row.target.href, "_blank", "noopener,noreferrer");
      onClose("dismissed");
      return;
    }
    onClose("navigated");
    void navigate({ href: row.target.href });
  };

  // An Enter pressed before the results settled opens the row that is active once they have.
  const openAfterEnter = useEffectEvent(() => {
    setPendingEnter(false);
    const row = reachable.find((r) => r.key === active) ?? reachable[0];
    if (row) openRow(row);
  });
  useEffect(() => {
    if (pendingEnter && !search.settling) openAfterEnter();
  }, [pendingEnter, search.settling, signature]);

  // The active hit stays in view while the arrows move through a long list.
  const activeDomId = active ? optionId(baseId, active) : undefined;
  useEffect(() => {
    if (!activeDomId) return;
    const el = document.getElementById(activeDomId);
    if (el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest" });
  }, [activeDomId]);

  function move(step: 1 | -1) {
    if (!reachable.length) return;
    const at = reachable.findIndex((r) => r.key === active);
    const next = at < 0 ? (step === 1 ? 0 : reachable.length - 1) : (at + step + reachable.length) % reachable.length;
    setActive(reachable[next]!.key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "Enter": {
        event.preventDefault();
        if (search.settling) {
          if (text.trim()) setPendingEnter(true);
          return;
        }
        const row = reachable.find((r) => r.key === active);
        if (row) openRow(row);
        break;
      }
      default:
        break;
    }
  }

  const shown = rows.length > 0;
  const typed = text.trim();
  const q = search.data?.q ?? typed;
  const fetching = search.settling && !search.empty && !search.tooShort;

  let status: ReactNode = null;
  if (search.empty) status = <p className="search-dialog__hint">{t("search.hint")}</p>;
  else if (search.tooShort) status = <p className="search-dialog__hint">{t("search.minLength")}</p>;
  else if (search.error)
    status = (
      <div className="search-dialog__error" role="alert">
        <p>{isNetworkError(search.error) ? t("errors.network") : t("search.failed")}</p>
        <button type="button" className="btn btn--secondary btn--sm" onClick={search.retry}>
          <span>{t("common.retry")}</span>
        </button>
      </div>
    );
  else if (search.data && !shown && !search.settling)
    status = (
      <div className="search-dialog__nothing">
        <p className="search-dialog__nothing-title">{t("search.nothing", { q })}</p>
        <p className="search-dialog__hint">{t("search.nothingHint")}</p>
      </div>
    );
  else if (!search.data && fetching) status = <p className="search-dialog__hint">{t("search.loading")}</p>;

  const listVisible = shown && !search.empty && !search.tooShort && !search.error;

  return (
    // Its click handler closes on a click on the backdrop: the pointer's Escape, which onCancel handles for the keyboard.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="search-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose("dismissed");
      }}
      // A click on the backdrop (outside the panel) lands on the <dialog> itself.
      onClick={(event) => event.target === event.currentTarget && onClose("dismissed")}
    >
      <div className="search-dialog__panel">
        <h2 id={titleId} className="visually-hidden">
          {t("search.dialogTitle")}
        </h2>
        <div className="search-dialog__bar">
          <Icon name="search" size={20} />
          <input
            ref={input}
            className="search-dialog__input"
            type="text"
            inputMode="search"
            enterKeyHint="go"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={200}
            role="combobox"
            aria-label={t("search.inputLabel")}
            aria-autocomplete="list"
            aria-expanded={listVisible}
            aria-controls={listId}
            aria-activedescendant={listVisible ? activeDomId : undefined}
            placeholder={t("search.placeholder")}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (pendingEnter) setPendingEnter(false);
            }}
            onKeyDown={onKeyDown}
          />
          {fetching && <Spinner size="sm" />}
          <button type="button" className="search-dialog__close" onClick={() => onClose("dismissed")} aria-label={t("common.close")}>
            <Icon name="close" size={18} />
          </button>
        </div>
        <div className="search-dialog__body">
          {status}
          <div
            ref={listRef}
            id={listId}
            role="listbox"
            aria-label={t("search.results")}
            aria-busy={fetching || undefined}
            className={`search-dialog__list${fetching && shown ? " search-dialog__list--stale" : ""}`}
            hidden={!listVisible}
          >
            {listVisible &&
              groups.map((group) => {
                const labelId = `${baseId}-group-${group.type}`;
                return (
                  <div key={group.type} role="group" aria-labelledby={labelId} className="search-dialog__group">
                    <div role="presentation" id={labelId} className="search-dialog__group-label">
                      {t(`entities.${group.type}.plural`)}
                    </div>
                    {group.hits.map((hit) => {
                      const key = keyOf(hit);
                      return (
                        <HitOption
                          key={key}
                          id={optionId(baseId, key)}
                          hit={hit}
                          target={hitTarget(hit)}
                          active={key === active}
                          onHover={() => hitTarget(hit).kind !== "none" && setActive(key)}
                          onOpen={() => openRow({ key, hit, target: hitTarget(hit) })}
                        />
                      );
                    })}
                  </div>
                );
              })}
          </div>
        </div>
        <p className="visually-hidden" role="status">
          {listVisible && !fetching ? t("search.found", { count: rows.length }) : ""}
        </p>
        <footer className="search-dialog__keys" aria-hidden="true">
          <span>
            <kbd>↑</kbd>
            <kbd>↓</kbd> {t("search.keys.move")}
          </span>
          <span>
            <kbd>Enter</kbd> {t("search.keys.open")}
          </span>
          <span>
            <kbd>Esc</kbd> {t("search.keys.close")}
          </span>
        </footer>
      </div>
    </dialog>
  );
}

function optionId(baseId: string, key: string): string {
  return `${baseId}-hit-${key.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
}

function HitOption({
  id,
  hit,
  target,
  active,
  onHover,
  onOpen,
}: {
  id: string;
  hit: TGlobalSearchHit;
  target: HitTarget;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const body = (
    <>
      <span className="search-hit__title">{hit.title}</span>
      <span className="search-hit__meta">
        {hit.stage && <StageBadge stage={hit.stage} />}
        {hit.subtitle && <span className="search-hit__subtitle">{hit.subtitle}</span>}
        {hit.day && (
          <time className="search-hit__day" dateTime={dateTimeAttribute(hit.day)}>
            {format.date(hit.day)}
          </time>
        )}
        {hit.match === "similar" && <span className="search-hit__similar">{t("search.similar")}</span>}
        {target.kind === "external" && (
          <span className="search-hit__external">
            <span aria-hidden="true">↗</span>
            <span className="visually-hidden">{t("search.newTab")}</span>
          </span>
        )}
        {target.kind === "none" && <span className="search-hit__nolink">{t("search.noPage")}</span>}
      </span>
    </>
  );
  const className = `search-hit${active ? " search-hit--active" : ""}${target.kind === "none" ? " search-hit--static" : ""}`;

  if (target.kind === "none") {
    return (
      <div id={id} role="option" aria-selected={false} aria-disabled="true" className={className}>
        {body}
      </div>
    );
  }

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Ctrl/⌘/Shift+click and the middle button are left to the browser (a new tab or window).
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen();
  };

  return (
    <a
      id={id}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      className={className}
      href={target.href}
      {...(target.kind === "external" ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      // The text box keeps the focus (and the keyboard) while the mouse picks.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={active ? undefined : onHover}
      onClick={onClick}
    >
      {body}
    </a>
  );
}
