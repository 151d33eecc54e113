// The free-text box of a filter bar, kept in step with the URL that holds the filter.
import "./search-field.css";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useDebounced } from "../lib/use-debounced.ts";
import { Icon } from "./icons.tsx";

/**
 * Text being typed into a search box whose committed value lives in the URL: typing
 * commits after a pause, `commitNow` (Enter) at once, and a change of the URL from
 * outside (Back, a shared link) replaces the text.
 */
export function useSearchText(urlValue: string | undefined, commit: (q: string | undefined) => void, debounceMs: number) {
  const [text, setText] = useState(urlValue ?? "");
  // The last text this box put into the URL; any other change of the URL came from outside.
  const committed = useRef(urlValue ?? "");
  // The debounced commit may fire after another filter changed: read the latest callback and value.
  const latest = useRef({ urlValue, commit });
  latest.current = { urlValue, commit };

  useEffect(() => {
    const q = urlValue ?? "";
    if (q !== committed.current) {
      committed.current = q;
      setText(q);
    }
  }, [urlValue]);

  const commitText = (value: string) => {
    const q = value.trim();
    committed.current = q;
    latest.current.commit(q || undefined);
  };

  const settled = useDebounced(text, debounceMs);
  useEffect(() => {
    if (settled.trim() === (latest.current.urlValue ?? "")) return;
    commitText(settled);
    // Only the typed text, once it has settled, starts a search.
  }, [settled]);

  return { text, setText, commitNow: () => commitText(text) };
}

export function SearchField({
  id,
  label,
  placeholder,
  text,
  onTextChange,
}: {
  id: string;
  label: string;
  placeholder: string;
  text: string;
  onTextChange: (text: string) => void;
}): ReactNode {
  return (
    <div className="filter-bar__field filter-bar__field--grow">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="input-icon">
        <Icon name="search" />
        <input
          id={id}
          className="input"
          type="search"
          name="q"
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
        />
      </div>
    </div>
  );
}
