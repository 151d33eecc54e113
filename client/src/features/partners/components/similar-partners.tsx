// The duplicate guard under the partner's name: a partner is described by its level, its
// parent and its ISO code.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TPartnerLevel } from "@atlas/shared/enums";
import { SimilarRecords } from "../../../entities/similar-records/similar-records.tsx";
import { useSimilarPartners } from "../hooks/partner-queries.ts";

export function SimilarPartners({ name, level, excludeId }: { name: string; level: TPartnerLevel | ""; excludeId?: string }): ReactNode {
  const { t } = useTranslation();
  const similar = useSimilarPartners(name, level, excludeId);
  const found = similar.data?.map((p) => ({
    id: p.id,
    name: p.name,
    exact: p.exact,
    meta: [t(`enums.partnerLevel.${p.level}`), p.parent?.name, p.isoCode].filter(Boolean).join(" · "),
  }));
  return <SimilarRecords kind="partner" name={name} found={found} />;
}
