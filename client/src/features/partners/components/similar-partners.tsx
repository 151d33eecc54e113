// The duplicate guard under the partner's name: partners already in the register with a
// similar name (another case ending, ё/е, a typo) are offered with a link to open them.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TPartnerLevel } from "@atlas/shared/enums";
import { useSimilarPartners } from "../hooks/partner-queries.ts";
import "../similar-records.css";

export function SimilarPartners({ name, level, excludeId }: { name: string; level: TPartnerLevel | ""; excludeId?: string }): ReactNode {
  const { t } = useTranslation();
  const similar = useSimilarPartners(name, level, excludeId);
  const items = name.trim().length >= 3 ? (similar.data ?? []) : [];
  return (
    <div className="similar-records" aria-live="polite">
      {items.length > 0 && (
        <div className="similar-records__box" role="status">
          <p className="similar-records__title">{t("people.similar.title")}</p>
          <ul className="similar-records__list">
            {items.map((p) => (
              <li key={p.id} className="similar-records__item">
                <span className="similar-records__name">
                  <strong>{p.name}</strong>
                  {p.exact && <span className="tag">{t("people.similar.same")}</span>}
                  <span className="similar-records__meta">{[t(`enums.partnerLevel.${p.level}`), p.parent?.name, p.isoCode].filter(Boolean).join(" · ")}</span>
                </span>
                <Link to="/partners/$partnerId" params={{ partnerId: p.id }} className="similar-records__open">
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
