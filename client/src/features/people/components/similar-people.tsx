// The duplicate guard under the name field: while the name is typed, people already in
// the register with a similar name are offered with a link to open them.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSimilarPeople } from "../hooks/person-queries.ts";

export function SimilarPeople({ fullName, excludeId }: { fullName: string; excludeId?: string }): ReactNode {
  const { t } = useTranslation();
  const similar = useSimilarPeople(fullName, excludeId);
  // Only what matches the name as it is now: an answer for an older, longer name is dropped.
  const items = fullName.trim().length >= 3 ? (similar.data ?? []) : [];
  return (
    <div className="similar-records" aria-live="polite">
      {items.length > 0 && (
        <div className="similar-records__box" role="status">
          <p className="similar-records__title">{t("people.similar.title")}</p>
          <ul className="similar-records__list">
            {items.map((p) => (
              <li key={p.id} className="similar-records__item">
                <span className="similar-records__name">
                  <strong>{p.fullName}</strong>
                  {p.exact && <span className="tag">{t("people.similar.same")}</span>}
                  <span className="similar-records__meta">{[p.post, p.organisation ?? p.partner?.name].filter(Boolean).join(", ")}</span>
                </span>
                <Link to="/people/$personId" params={{ personId: p.id }} className="similar-records__open">
                  {t("people.similar.open")}
                </Link>
              </li>
            ))}
          </ul>
          <p className="similar-records__hint">{t("people.similar.hint")}</p>
        </div>
      )}
    </div>
  );
}
