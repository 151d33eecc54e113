// The dossier's open follow-ups, the overdue ones marked.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { Badge } from "../../../ui/badge.tsx";
import { DossierListBlock } from "./dossier-block.tsx";
import { printLimits, Meta, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

export function FollowUpsBlock({ query }: { query: DossierQuery }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DossierListBlock
      id="dossier-follow-ups"
      title={t("dossier.followUps.title")}
      query={query}
      list={(d) => d.followUps}
      empty={t("dossier.followUps.empty")}
      lines={3}
      printLimit={printLimits.followUps}
      all={<Link to="/tasks">{t("dossier.followUps.all")}</Link>}
    >
      {(f) => (
        <li className="dossier-item">
          <span className="dossier-item__text">{f.title}</span>
          <Meta>
            {[
              f.overdue ? (
                <Badge key="o" tone="red">
                  {t("dossier.followUps.overdue", { date: f.dueDate ? format.shortDate(f.dueDate) : "" })}
                </Badge>
              ) : f.dueDate ? (
                t("dossier.followUps.due", { date: format.shortDate(f.dueDate) })
              ) : (
                t("dossier.followUps.noDue")
              ),
              f.owner,
              f.interaction ? (
                <Link key="i" to="/meetings/$meetingId" params={{ meetingId: f.interaction.id }}>
                  {f.interaction.title}
                </Link>
              ) : (
                f.agreement && (
                  <Link key="a" to="/agreements/$agreementId" params={{ agreementId: f.agreement.id }}>
                    {f.agreement.title}
                  </Link>
                )
              ),
            ]}
          </Meta>
        </li>
      )}
    </DossierListBlock>
  );
}
