import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TEventStatus } from "@atlas/shared/enums";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";

const tones: Record<TEventStatus, BadgeTone> = {
  PLANNED: "blue",
  CONFIRMED: "green",
  HELD: "neutral",
  POSTPONED: "amber",
  CANCELLED: "red",
};

export function EventStatusBadge({ status }: { status: TEventStatus }): ReactNode {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`enums.eventStatus.${status}`)}</Badge>;
}
