// The dossier's first block: stage of the relations, the last and the next contact, open follow-ups.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { Badge } from "../../../ui/badge.tsx";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { Fact } from "../../../ui/record-page/record-facts.tsx";
import { recordLink, type TRecordKind } from "../../../entities/record-page/record-kinds.ts";
import { DossierBlock } from "./dossier-block.tsx";
import { DayText, StopLine, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

/** The contact or event a tile is about: its day in bold, then its title as a link to it. */
function TileRecord({
  kind,
  record,
  day,
  precision,
}: {
  kind: TRecordKind;
  record: { id: string; title: string };
  day: CalendarDay;
  precision: TDatePrecision;
}): ReactNode {
  return (
    <>
      <strong>
        <DayText day={day} precision={precision} style="long" />
      </strong>
      <Link {...recordLink(kind, record.id)} className="dossier-tile__link">
        {record.title}
      </Link>
    </>
  );
}

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
            <Fact className="dossier-tile" label={t("dossier.summary.agreements")}>
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
            </Fact>
            <Fact className="dossier-tile" label={t("dossier.summary.lastContact")}>
              {last ? (
                <>
                  <TileRecord kind="meeting" record={last} day={last.startsAt} precision={last.datePrecision} />
                  {last.participants.length > 0 && (
                    <span className="dossier-tile__note">{t("dossier.summary.with", { names: last.participants.map((p) => p.fullName).join(", ") })}</span>
                  )}
                </>
              ) : (
                <span className="muted">{t("dossier.summary.noContact")}</span>
              )}
              <span className="dossier-tile__note">{t("dossier.summary.contactsTotal", { count: format.number(s.contactsTotal) })}</span>
            </Fact>
            <Fact className="dossier-tile" label={t("dossier.summary.next")}>
              {next ? (
                <>
                  <TileRecord kind="event" record={next} day={next.at} precision={next.atPrecision} />
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
            </Fact>
            <Fact className="dossier-tile" label={t("dossier.summary.followUps")}>
              <strong className="dossier-tile__big">{format.number(s.openFollowUps)}</strong>
              {s.overdueFollowUps > 0 ? (
                <Badge tone="red">{t("dossier.summary.overdue", { count: format.number(s.overdueFollowUps) })}</Badge>
              ) : (
                s.openFollowUps > 0 && <span className="dossier-tile__note">{t("dossier.summary.noOverdue")}</span>
              )}
            </Fact>
          </dl>
        );
      }}
    </DossierBlock>
  );
}
