import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TInteractionKind } from "@atlas/shared/enums";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";

const tones: Record<TInteractionKind, BadgeTone> = {
  MEETING: "blue",
  VISIT: "violet",
  NEGOTIATIONS: "amber",
  CONFERENCE: "green",
  CALL: "neutral",
  OTHER: "neutral",
};

export function KindBadge({ kind }: { kind: TInteractionKind }): ReactNode {
  const { t } = useTranslation();
  return <Badge tone={tones[kind]}>{t(`meetings.kinds.${kind}`)}</Badge>;
}
