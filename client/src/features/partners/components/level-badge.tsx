import { useTranslation } from "react-i18next";
import type { TPartnerLevel } from "@atlas/shared/enums";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";

const tones: Record<TPartnerLevel, BadgeTone> = { COUNTRY: "blue", REGION: "violet", CITY: "green", ORGANISATION: "amber" };

export function LevelBadge({ level }: { level: TPartnerLevel }) {
  const { t } = useTranslation();
  return <Badge tone={tones[level]}>{t(`enums.partnerLevel.${level}`)}</Badge>;
}
