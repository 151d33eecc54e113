// The dossier's agreements with the partner, newest first.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useFormat } from "../../../lib/format.ts";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { DossierListBlock } from "./dossier-block.tsx";
import { AllOfPartner, printLimits, concerns, Meta, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

export function AgreementsBlock({ query, partnerId }: { query: DossierQuery; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("agreementKind");
  const format = useFormat();
  return (
    <DossierListBlock
      id="dossier-agreements"
      title={t("dossier.agreements.title")}
      query={query}
      list={(d) => d.agreements}
      empty={t("dossier.agreements.empty")}
      printLimit={printLimits.agreements}
      all={<AllOfPartner list="/agreements" partnerId={partnerId} />}
    >
      {(a) => (
        <li className="dossier-item dossier-item--split">
          <div>
            <Link to="/agreements/$agreementId" params={{ agreementId: a.id }} className="dossier-item__title">
              {a.title}
            </Link>
            <Meta>
              {[
                kindLabel(a.kind),
                concerns(a.partners, partnerId),
                a.signedAt && t("dossier.agreements.signed", { date: format.shortDate(a.signedAt) }),
                a.expiresAt && t("dossier.agreements.expires", { date: format.shortDate(a.expiresAt) }),
              ]}
            </Meta>
          </div>
          <div className="dossier-item__side">
            <StageBadge stage={a.stage} />
            <span className="dossier-item__since">
              {t("dossier.agreements.since", { date: format.preciseDateAfterPreposition(a.stageChangedAt, a.stageDatePrecision, "short") })}
            </span>
          </div>
        </li>
      )}
    </DossierListBlock>
  );
}
