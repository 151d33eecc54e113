// The sources a meeting, agreement or event page lists: each title as a link to the
// publication (when it has an address), with its outlet and publication date.
import type { ReactNode } from "react";
import type { TSourceRef } from "@atlas/shared/source";
import { dateTimeAttribute, useFormat } from "../lib/format.ts";
import "./source-picker.css";

export function SourceList({ sources, empty }: { sources: readonly TSourceRef[]; empty?: ReactNode }): ReactNode {
  const format = useFormat();
  if (sources.length === 0) return empty ?? null;
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {(s.outlet || s.publishedAt) && (
            <span className="source-list__meta">
              {s.outlet}
              {s.outlet && s.publishedAt ? " · " : ""}
              {s.publishedAt && (
                <time dateTime={dateTimeAttribute(s.publishedAt, s.publishedPrecision)}>{format.preciseDate(s.publishedAt, s.publishedPrecision)}</time>
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
