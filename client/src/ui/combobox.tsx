// The one combobox behind every picker (WAI-ARIA APG "combobox with listbox popup"):
// focus stays in the text box, ↑/↓ (and Home/End) move through the options by
// aria-activedescendant, Enter picks the active one, Escape closes, and a click picks
// without taking focus from the box. The first option is active whenever the options
// change, so "type a few letters, Enter" picks the first match. Pickers own what differs:
// where options come from, chips, a "create new" row, what shows when nothing matches.
// A hook of our own rather than a library: the pickers need exactly this much, and their
// markup and styles (which the journeys and the stylesheets address) stay as they are.
import { useEffect, useId, useState, type HTMLAttributes, type KeyboardEvent, type LiHTMLAttributes } from "react";

type UseComboboxOptions<T> = {
  /** The rows of the list in order, a "create" row included. */
  items: readonly T[];
  getKey: (item: T) => string;
  /** Whether the list is shown. */
  open: boolean;
  setOpen: (open: boolean) => void;
  onPick: (item: T) => void;
  /**
   * False while the rows are for older text (the search has not caught up with the typing):
   * Enter then picks nothing rather than a match for what was typed before.
   */
  ready?: boolean;
  /** Enter when there is nothing to pick; by default it is kept from submitting the form only while the list is open. */
  onEnterWithoutPick?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Keys the picker handles itself (Backspace removing the last chip), after the combobox's own. */
  onOtherKey?: (event: KeyboardEvent<HTMLInputElement>) => void;
};

export function useCombobox<T>({ items, getKey, open, setOpen, onPick, ready = true, onEnterWithoutPick, onOtherKey }: UseComboboxOptions<T>) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const signature = items.map(getKey).join(",");
  useEffect(() => setActive(0), [signature]);
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));
  const optionId = (index: number) => `${listId}-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive(Math.min(activeIndex + 1, Math.max(items.length - 1, 0)));
        return;
      case "ArrowUp":
        event.preventDefault();
        setActive(Math.max(activeIndex - 1, 0));
        return;
      case "Home":
      case "End":
        if (open && items.length) {
          event.preventDefault();
          setActive(event.key === "Home" ? 0 : items.length - 1);
        }
        return;
      case "Enter": {
        const item = open && ready ? items[activeIndex] : undefined;
        if (item !== undefined) {
          // Enter picks here; it never submits the surrounding form.
          event.preventDefault();
          onPick(item);
        } else if (onEnterWithoutPick) onEnterWithoutPick(event);
        else if (open) event.preventDefault();
        return;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          // A dialog around the picker stays open: this Escape was for the list.
          event.stopPropagation();
          setOpen(false);
        }
        return;
      default:
        onOtherKey?.(event);
    }
  }

  const inputProps = {
    role: "combobox",
    autoComplete: "off",
    "aria-autocomplete": "list",
    "aria-expanded": open,
    "aria-controls": listId,
    "aria-activedescendant": open && items[activeIndex] !== undefined ? optionId(activeIndex) : undefined,
    onKeyDown,
  } as const;

  const listboxProps: HTMLAttributes<HTMLUListElement> = { id: listId, role: "listbox" };

  function optionProps(index: number): LiHTMLAttributes<HTMLLIElement> {
    return {
      id: optionId(index),
      role: "option",
      "aria-selected": index === activeIndex,
      // Keeps focus in the text box, so its blur does not close the list before the click lands.
      onMouseDown: (event) => event.preventDefault(),
      onMouseEnter: () => setActive(index),
      onClick: () => {
        const item = items[index];
        if (item !== undefined) onPick(item);
      },
    };
  }

  return { listId, activeIndex, inputProps, listboxProps, optionProps };
}
