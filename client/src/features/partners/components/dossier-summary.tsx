// The dossier's first block: stage of the relations, the last and the next contact, open follow-ups.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { Badge } from "../../../ui/badge.tsx";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { DossierBlock } from "./dossier-block.tsx";
import { DayText, StopLine, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

export function SummaryBlock({ query }: { query: DossierQuery }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DossierBlock id="dossier-summary" title={t("dossier.summary.title")} query={query} className="dossier-summary" lines={3}>
      {(d) => {
        const s = d.summary;
        const last = s.lastContact;
        const next = s.nextEvent;
        return (
          <dl className="dossier-tiles">
            <div className="dossier-tile">
              <dt>{t("dossier.summary.agreements")}</dt>
              <dd>
                {s.agreementsByStage.length === 0 ? (
                  <span className="muted">{t("dossier.summary.noAgreements")}</span>
                ) : (
                  <ul className="dossier-stages">
                    {s.agreementsByStage.map((g) => (
                      <li key={g.stage}>
                        <StageBadge stage={g.stage} /> <span className="dossier-stages__n">× {format.number(g.count)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div className="dossier-tile">
              <dt>{t("dossier.summary.lastContact")}</dt>
              <dd>
                {last ? (
                  <>
                    <strong>
                      <DayText day={last.startsAt} precision={last.datePrecision} style="long" />
                    </strong>
                    <Link to="/meetings/$meetingId" params={{ meetingId: last.id }} className="dossier-tile__link">
                      {last.title}
                    </Link>
                    {last.participants.length > 0 && (
                      <span className="dossier-tile__note">{t("dossier.summary.with", { names: last.participants.map((p) => p.fullName).join(", ") })}</span>
                    )}
                  </>
                ) : (
                  <span className="muted">{t("dossier.summary.noContact")}</span>
                )}
                <span className="dossier-tile__note">{t("dossier.summary.contactsTotal", { count: format.number(s.contactsTotal) })}</span>
              </dd>
            </div>
            <div className="dossier-tile">
              <dt>{t("dossier.summary.next")}</dt>
              <dd>
                {next ? (
                  <>
                    <strong>
                      <DayText day={next.at} precision={next.atPrecision} style="long" />
                    </strong>
                    <Link to="/events/$eventId" params={{ eventId: next.id }} className="dossier-tile__link">
                      {next.title}
                    </Link>
                    {next.stops[0] && (
                      <span className="dossier-tile__note">
                        <StopLine stop={next.stops[0]} />
                      </span>
                    )}
                  </>
                ) : (
                  !s.nextContact && <span className="muted">{t("dossier.summary.nothingPlanned")}</span>
                )}
                {s.nextContact && (
                  <span className="dossier-tile__note">
                    {t("dossier.summary.plannedContact")}{" "}
                    <Link to="/meetings/$meetingId" params={{ meetingId: s.nextContact.id }}>
                      {s.nextContact.title}
                    </Link>{" "}
                    (<DayText day={s.nextContact.startsAt} precision={s.nextContact.datePrecision} />)
                  </span>
                )}
              </dd>
            </div>
            <div className="dossier-tile">
              <dt>{t("dossier.summary.followUps")}</dt>
              <dd>
                <strong className="dossier-tile__big">{format.number(s.openFollowUps)}</strong>
                {s.overdueFollowUps > 0 ? (
                  <Badge tone="red">{t("dossier.summary.overdue", { count: format.number(s.overdueFollowUps) })}</Badge>
                ) : (
                  s.openFollowUps > 0 && <span className="dossier-tile__note">{t("dossier.summary.noOverdue")}</span>
                )}
              </dd>
            </div>
          </dl>
        );
      }}
    </DossierBlock>
  );
}
