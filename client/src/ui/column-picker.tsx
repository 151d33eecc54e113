// Lets the user hide table columns. The choice is kept per table in localStorage
// (atlas.columns.<tableId>) as { columnKey: visible }, so a column added later falls
// back to its own default and a removed one is simply ignored.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Column } from "./table.tsx";
import "./column-picker.css";

type VisibilityMap = Record<string, boolean>;

const storageKey = (tableId: string) => `atlas.columns.${tableId}`;

function readStored(tableId: string): VisibilityMap {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(tableId));
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const out: VisibilityMap = {};
    for (const [key, value] of Object.entries(parsed)) if (typeof value === "boolean") out[key] = value;
    return out;
  } catch {
    // Private mode or a hand-edited value: fall back to the defaults.
    return {};
  }
}

function writeStored(tableId: string, map: VisibilityMap): void {
  try {
    if (Object.keys(map).length === 0) globalThis.localStorage?.removeItem(storageKey(tableId));
    else globalThis.localStorage?.setItem(storageKey(tableId), JSON.stringify(map));
  } catch {
    // Storage full or unavailable: the choice still holds for this page view.
  }
}

const isHideable = (c: { hideable?: boolean }) => c.hideable !== false;

/** Which columns show, given the stored choice; never none of them. */
type ColumnLike = { key: string; hideable?: boolean; defaultHidden?: boolean };

const shownBy = (map: VisibilityMap) => (c: ColumnLike) => !isHideable(c) || (map[c.key] ?? !c.defaultHidden);

function resolveVisible<C extends ColumnLike>(columns: C[], map: VisibilityMap): C[] {
  const visible = columns.filter(shownBy(map));
  if (visible.length > 0 || columns.length === 0) return visible;
  // Everything hidden (defaults plus an old stored choice): show the first column.
  return [columns[0] as C];
}

export function useColumnVisibility<T, K extends string = string>(
  tableId: string,
  columns: Array<Column<T, K>>,
): { visible: Array<Column<T, K>>; picker: ReactNode } {
  const [map, setMap] = useState<VisibilityMap>(() => readStored(tableId));

  // Another table id (same component, other list) or another tab changed the choice.
  useEffect(() => {
    setMap(readStored(tableId));
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(tableId)) setMap(readStored(tableId));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [tableId]);

  const visible = useMemo(() => resolveVisible(columns, map), [columns, map]);
  const visibleKeys = useMemo(() => new Set(visible.map((c) => c.key)), [visible]);

  const setVisible = useCallback(
    (key: string, show: boolean) => {
      setMap((current) => {
        const column = columns.find((c) => c.key === key);
        if (!column || !isHideable(column)) return current;
        const next = { ...current };
        // Only differences from the default are stored.
        if (show === !column.defaultHidden) delete next[key];
        else next[key] = show;
        if (!columns.some(shownBy(next))) return current;
        writeStored(tableId, next);
        return next;
      });
    },
    [columns, tableId],
  );

  const reset = useCallback(() => {
    writeStored(tableId, {});
    setMap({});
  }, [tableId]);

  const options = columns.filter(isHideable).map((c) => ({ key: c.key, label: c.header, checked: visibleKeys.has(c.key) }));
  const picker =
    options.length === 0 ? null : (
      <ColumnPicker
        options={options}
        // The last visible column cannot be hidden: the table would be empty.
        lastVisible={visible.length === 1 ? visible[0]?.key : undefined}
        changed={Object.keys(map).length > 0}
        hiddenCount={options.filter((o) => !o.checked).length}
        onToggle={setVisible}
        onReset={reset}
      />
    );
  return { visible, picker };
}

type Option = { key: string; label: string; checked: boolean };

function ColumnPicker({
  options,
  lastVisible,
  changed,
  hiddenCount,
  onToggle,
  onReset,
}: {
  options: Option[];
  lastVisible: string | undefined;
  changed: boolean;
  hiddenCount: number;
  onToggle: (key: string, show: boolean) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const titleId = useId();
  const hintId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
    const onPointer = (event: PointerEvent | MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) close(false);
    };
    document.addEventListener("mousedown", onPointer);
    return () => document.removeEventListener("mousedown", onPointer);
  }, [open, close]);

  return (
    <div
      className="column-picker"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          close(true);
        }
      }}
      onBlur={(event) => {
        // Tabbing out of the panel closes it, as a menu would.
        if (open && event.relatedTarget instanceof Node && !rootRef.current?.contains(event.relatedTarget)) close(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--secondary btn--sm column-picker__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className="icon">
          <path d="M4 5h16v14H4zM9.5 5v14M14.5 5v14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        </svg>
        <span>{t("columns.button")}</span>
        {hiddenCount > 0 && (
          <>
            <span className="count-pill column-picker__count" aria-hidden="true">
              −{hiddenCount}
            </span>
            <span className="visually-hidden">{t("columns.hiddenCount", { count: hiddenCount })}</span>
          </>
        )}
      </button>
      {open && (
        <div ref={panelRef} id={panelId} className="column-picker__panel" role="group" aria-labelledby={titleId}>
          <p id={titleId} className="column-picker__title">
            {t("columns.title")}
          </p>
          <ul className="column-picker__list">
            {options.map((o) => {
              const locked = o.checked && o.key === lastVisible;
              return (
                <li key={o.key}>
                  <label className={`column-picker__option${locked ? " column-picker__option--locked" : ""}`}>
                    <input
                      type="checkbox"
                      checked={o.checked}
                      disabled={locked}
                      aria-describedby={locked ? hintId : undefined}
                      onChange={(event) => onToggle(o.key, event.target.checked)}
                    />
                    <span>{o.label}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          {lastVisible && (
            <p id={hintId} className="column-picker__hint">
              {t("columns.lastVisible")}
            </p>
          )}
          <div className="column-picker__footer">
            <button type="button" className="btn btn--ghost btn--sm" disabled={!changed} onClick={onReset}>
              <span>{t("columns.reset")}</span>
            </button>
            <button type="button" className="btn btn--secondary btn--sm" onClick={() => close(true)}>
              <span>{t("columns.done")}</span>
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
