// The dossier's people: who represents the partner, grouped, with the post they hold.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TDossierPerson } from "@atlas/shared/partner";
import { useFormat } from "../../../lib/format.ts";
import { usePositionDays } from "../../../lib/position-days.ts";
import { DossierBlock, ShownOf } from "./dossier-block.tsx";
import { printLimits, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

function PersonItem({ p, partnerId }: { p: TDossierPerson; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const positionDays = usePositionDays();
  // The post at the latest contact, when it is not the one held now: who they were when we last met.
  const thenPost = p.lastContactPost && p.lastContactPost !== p.post ? p.lastContactPost : null;
  return (
    <li className="dossier-person">
      <Link to="/people/$personId" params={{ personId: p.id }} className="dossier-person__name">
        {p.fullName}
      </Link>
      <span className="dossier-person__stats">
        {p.partner && p.partner.id !== partnerId && p.side === "PARTNER" && <>{p.partner.name} · </>}
        {p.contacts > 0 && p.lastContactAt
          ? t("dossier.people.contacts", {
              count: format.number(p.contacts),
              date: format.preciseDate(p.lastContactAt, p.lastContactPrecision ?? "DAY", "short"),
            })
          : t("dossier.people.noContacts")}
      </span>
      {(p.post || p.organisation) && <span className="dossier-person__post">{[p.post, p.organisation].filter(Boolean).join(", ")}</span>}
      {thenPost && <span className="dossier-person__post dossier-person__then">{t("dossier.people.atLastContact", { post: thenPost })}</span>}
      {p.formerPosts.length > 0 && (
        <span className="dossier-person__post dossier-person__former">
          {t("dossier.people.former", { posts: p.formerPosts.map((f) => `${f.post} (${positionDays(f)})`).join("; ") })}
        </span>
      )}
    </li>
  );
}

export function PeopleBlock({ query, partnerId }: { query: DossierQuery; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierBlock
      id="dossier-people"
      title={t("dossier.people.title")}
      query={query}
      isEmpty={(d) => d.people.theirs.total + d.people.ours.total === 0}
      empty={t("dossier.people.empty")}
      lines={6}
    >
      {(d) => (
        <div className="dossier-people">
          {(["theirs", "ours"] as const).map((side) => {
            const group = d.people[side];
            return (
              <div key={side} className="dossier-sub">
                <h3 className="dossier-sub__title">{t(`dossier.people.${side}`)}</h3>
                {group.total === 0 ? (
                  <p className="muted">{t(`dossier.people.${side}Empty`)}</p>
                ) : (
                  <ul className="dossier-people__list" data-print-limit={printLimits.people}>
                    {group.items.map((p) => (
                      <PersonItem key={p.id} p={p} partnerId={partnerId} />
                    ))}
                  </ul>
                )}
                <ShownOf shown={group.items.length} total={group.total} printLimit={printLimits.people} />
              </div>
            );
          })}
        </div>
      )}
    </DossierBlock>
  );
}
