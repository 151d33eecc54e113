// The dossier's agreements with the partner, newest first.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useFormat } from "../../../lib/format.ts";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { DossierBlock, ShownOf } from "./dossier-block.tsx";
import { printLimits, concerns, Meta, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

export function AgreementsBlock({ query, partnerId }: { query: DossierQuery; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("agreementKind");
  const format = useFormat();
  return (
    <DossierBlock
      id="dossier-agreements"
      title={t("dossier.agreements.title")}
      query={query}
      count={(d) => d.agreements.total}
      isEmpty={(d) => d.agreements.total === 0}
      empty={t("dossier.agreements.empty")}
    >
      {(d) => (
        <>
          <ul className="dossier-list" data-print-limit={printLimits.agreements}>
            {d.agreements.items.map((a) => (
              <li key={a.id} className="dossier-item dossier-item--split">
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
            ))}
          </ul>
          <ShownOf
            shown={d.agreements.items.length}
            total={d.agreements.total}
            printLimit={printLimits.agreements}
            more={
              d.agreements.total > d.agreements.items.length && (
                <Link to="/agreements" search={{ partner: [partnerId] }}>
                  {t("dossier.all")}
                </Link>
              )
            }
          />
        </>
      )}
    </DossierBlock>
  );
}
