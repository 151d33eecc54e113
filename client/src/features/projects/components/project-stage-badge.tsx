import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TProjectStage, TSiteStatus } from "@atlas/shared/enums";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";

const stageTones: Record<TProjectStage, BadgeTone> = {
  IDEA: "neutral",
  SITE_SELECTION: "violet",
  PREPARATION: "blue",
  CONSTRUCTION: "amber",
  OPERATING: "green",
  SUSPENDED: "amber",
  CANCELLED: "red",
};

const siteTones: Record<TSiteStatus, BadgeTone> = { CANDIDATE: "blue", CHOSEN: "green", REJECTED: "neutral" };

export function ProjectStageBadge({ stage }: { stage: TProjectStage }): ReactNode {
  const { t } = useTranslation();
  return <Badge tone={stageTones[stage]}>{t(`enums.projectStage.${stage}`)}</Badge>;
}

export function SiteStatusBadge({ status }: { status: TSiteStatus }): ReactNode {
  const { t } = useTranslation();
  return <Badge tone={siteTones[status]}>{t(`enums.siteStatus.${status}`)}</Badge>;
}
