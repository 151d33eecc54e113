// The dossier's joint projects with their stage.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TProjectStage } from "@atlas/shared/enums";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";
import { DossierListBlock } from "./dossier-block.tsx";
import { printLimits, concerns, Meta, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

const projectTone: Record<TProjectStage, BadgeTone> = {
  IDEA: "neutral",
  SITE_SELECTION: "blue",
  PREPARATION: "blue",
  CONSTRUCTION: "amber",
  OPERATING: "green",
  SUSPENDED: "neutral",
  CANCELLED: "red",
};

export function ProjectsBlock({ query, partnerId }: { query: DossierQuery; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierListBlock
      id="dossier-projects"
      title={t("dossier.projects.title")}
      query={query}
      list={(d) => d.projects}
      empty={t("dossier.projects.empty")}
      lines={2}
      printLimit={printLimits.projects}
    >
      {(p) => (
        <li className="dossier-item dossier-item--split">
          <div>
            <Link to="/projects/$projectId" params={{ projectId: p.id }} className="dossier-item__title">
              {p.title}
            </Link>
            <Meta>{[p.sector?.name, concerns([p.partner], partnerId)]}</Meta>
          </div>
          <div className="dossier-item__side">
            <Badge tone={projectTone[p.stage]}>{t(`enums.projectStage.${p.stage}`)}</Badge>
          </div>
        </li>
      )}
    </DossierListBlock>
  );
}
