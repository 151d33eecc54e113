// An agreement's stage as a coloured badge: the agreements register, an agreement's page,
// a partner's dossier and the global search show it alike.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TAgreementStage } from "@atlas/shared/enums";
import { Badge, type BadgeTone } from "./badge.tsx";

/** Preparation blue, signed and registered violet, in effect green, over grey/red. */
export const stageTone: Record<TAgreementStage, BadgeTone> = {
  PROPOSAL_SENT: "blue",
  DRAFT: "blue",
  NEGOTIATION: "amber",
  SIGNED: "violet",
  REGISTERED: "violet",
  IN_FORCE: "green",
  IMPLEMENTATION: "green",
  EXTENDED: "green",
  EXPIRED: "neutral",
  TERMINATED: "red",
};

export function StageBadge({ stage }: { stage: TAgreementStage }): ReactNode {
  const { t } = useTranslation();
  return <Badge tone={stageTone[stage]}>{t(`enums.agreementStage.${stage}`)}</Badge>;
}
