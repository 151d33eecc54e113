// The dossier's people: who represents the partner, grouped, with the post they hold.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TDossierPerson } from "@atlas/shared/partner";
import { useFormat } from "../../../lib/format.ts";
import { usePositionDays } from "../../../lib/position-days.ts";
import { DossierGroupsBlock } from "./dossier-block.tsx";
import type { DossierQuery } from "./dossier-items.tsx";
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
  return (
    <DossierGroupsBlock block="people" query={query} lines={6} groups={(d) => d.people} groupsClassName="dossier-people" className="dossier-people__list">
      {(p) => <PersonItem p={p} partnerId={partnerId} />}
    </DossierGroupsBlock>
  );
}
