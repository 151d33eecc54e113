// The dossier's regions and organisations of the partner, with how active each is.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { DossierBlock } from "./dossier-block.tsx";
import { LevelBadge } from "./level-badge.tsx";
import { type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

export function ChildrenBlock({ query }: { query: DossierQuery }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DossierBlock
      id="dossier-children"
      title={t("partner.children")}
      query={query}
      count={(d) => d.children.length}
      empty={t("partner.childrenEmpty")}
      lines={3}
    >
      {(d) => (
        <ul className="link-list dossier-children">
          {d.children.map((child) => (
            <li key={child.id}>
              <Link to="/partners/$partnerId" params={{ partnerId: child.id }} className="link-list__item">
                <span className="dossier-children__name">
                  <span>{child.name}</span>
                  <span className="dossier-children__activity">
                    {child.contacts + child.agreements === 0
                      ? t("dossier.children.none")
                      : t("dossier.children.activity", {
                          contacts: format.number(child.contacts),
                          agreements: format.number(child.agreements),
                        })}
                    {child.lastContactAt &&
                      ` · ${t("dossier.children.last", { date: format.preciseDate(child.lastContactAt, child.lastContactPrecision ?? "DAY", "short") })}`}
                  </span>
                </span>
                <LevelBadge level={child.level} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DossierBlock>
  );
}
