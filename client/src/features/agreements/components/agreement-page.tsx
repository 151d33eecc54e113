// One agreement: what it is, who the parties are, the stage it has reached on the track
// of all stages (with the date and note of every move), its documents, its
// implementation plan, and who changed what.
import { useState, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Button } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import type { AgreementDetail } from "../hooks/agreement-queries.ts";
import { StageTrack } from "./stage-track.tsx";
import { AdvanceStageDialog } from "./advance-stage-dialog.tsx";
import { PlanItems } from "./plan-items.tsx";
import "../agreements.css";
import { SourceList } from "../../../ui/source-list.tsx";

const route = getRouteApi("/app/agreements/$agreementId");

export function AgreementPage(): ReactNode {
  const { agreementId } = route.useParams();
  const { data: agreement } = useSuspenseQuery(trpc.agreement.byId.queryOptions({ id: agreementId }));
  useDocumentTitle(agreement.title);
  return <AgreementView agreement={agreement} />;
}

function AgreementView({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("agreementKind");
  const format = useFormat();
  const canEdit = useHasRole("EDITOR");
  const [advancing, setAdvancing] = useState(false);

  const date = (value: CalendarDay | null) => (value ? format.date(value) : t("common.none"));

  return (
    <RecordPage
      kind="agreement"
      layout="detail"
      title={agreement.title}
      meta={
        <>
          <Badge tone="neutral">{kindLabel(agreement.kind)}</Badge>
          <StageBadge stage={agreement.stage} />
          {agreement.international && <Badge tone="blue">{t("agreements.detail.international")}</Badge>}
        </>
      }
      actions={
        <RecordActions kind="agreement" id={agreement.id} deletion={{ record: { ...agreement, name: agreement.title }, procedure: trpc.agreement.delete }}>
          {canEdit && agreement.allowedNextStages.length > 0 && (
            <Button variant="primary" icon={<Icon name="chevronRight" />} onClick={() => setAdvancing(true)}>
              {t("agreements.detail.advance.open")}
            </Button>
          )}
        </RecordActions>
      }
    >
      <section className="card" aria-labelledby="agreement-stages">
        <h2 className="card__title" id="agreement-stages">
          {t("agreements.detail.stagesTitle")}
        </h2>
        <StageTrack stage={agreement.stage} history={agreement.stageHistory} />
        {agreement.allowedNextStages.length === 0 && <p className="muted">{t("agreements.detail.finalStage")}</p>}
      </section>

      <div className="layout-two">
        <section className="card" aria-labelledby="agreement-details">
          <h2 className="card__title" id="agreement-details">
            {t("agreements.detail.details")}
          </h2>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.kind")}</dt>
              <dd>{kindLabel(agreement.kind)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.parties")}</dt>
              <dd>
                {agreement.parties.length ? (
                  <ul className="agreement-inline-list">
                    {agreement.parties.map((p) => (
                      <li key={p.id}>
                        <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
                          {p.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("common.none")
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.sectors")}</dt>
              <dd>{agreement.sectors.length ? agreement.sectors.map((s) => s.name).join(", ") : t("common.none")}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.signedAt")}</dt>
              <dd>{date(agreement.signedAt)}</dd>
            </div>
            {agreement.signingPlace && (
              <div className="facts__row">
                <dt>{t("agreements.detail.fields.signingPlace")}</dt>
                <dd>{agreement.signingPlace}</dd>
              </div>
            )}
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.registration")}</dt>
              <dd>
                {agreement.registrationNumber
                  ? t("agreements.detail.registrationValue", { number: agreement.registrationNumber, date: date(agreement.registeredAt) })
                  : t("common.none")}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.effectiveAt")}</dt>
              <dd>{date(agreement.effectiveAt)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("agreements.detail.fields.expiresAt")}</dt>
              <dd>{date(agreement.expiresAt)}</dd>
            </div>
            {agreement.sources.length > 0 && (
              <div className="facts__row">
                <dt>{t("agreements.detail.fields.sources")}</dt>
                <dd>
                  <SourceList sources={agreement.sources} />
                </dd>
              </div>
            )}
          </dl>
          <h3 className="card__subtitle">{t("agreements.detail.fields.summary")}</h3>
          {agreement.summary ? <p className="notes">{agreement.summary}</p> : <p className="muted">{t("agreements.detail.noSummary")}</p>}
          <p className="card__footnote">
            {t("agreements.detail.updated", { date: format.instantDate(agreement.updatedAt) })} ·{" "}
            {t("agreements.detail.created", { date: format.instantDate(agreement.createdAt) })}
          </p>
        </section>

        <div className="agreement-side">
          <AgreementMeetings meetings={agreement.meetings} />
          <section className="card" aria-labelledby="agreement-documents">
            <h2 className="card__title" id="agreement-documents">
              {t("agreements.detail.fields.documents")}
              {agreement.documents.length > 0 && <span className="count-pill">{format.number(agreement.documents.length)}</span>}
            </h2>
            {agreement.documents.length ? (
              <ul className="link-list">
                {agreement.documents.map((d) => (
                  <li key={d.id}>
                    {d.url ? (
                      <a href={d.url} className="link-list__item" target="_blank" rel="noreferrer noopener">
                        <span>{d.title}</span>
                        <span className="muted small">{hostOf(d.url)}</span>
                      </a>
                    ) : (
                      <span className="link-list__item">
                        <span>{d.title}</span>
                        <span className="muted small">{t("agreements.detail.noLink")}</span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("agreements.detail.noDocuments")}</p>
            )}
          </section>

          {agreement.followUps.length > 0 && (
            <section className="card" aria-labelledby="agreement-follow-ups">
              <h2 className="card__title" id="agreement-follow-ups">
                {t("agreements.detail.followUps")}
                <span className="count-pill">{format.number(agreement.followUps.length)}</span>
              </h2>
              <ul className="agreement-follow-ups">
                {agreement.followUps.map((f) => (
                  <li key={f.id}>
                    <span>{f.title}</span>
                    <span className="muted small">
                      {[f.owner?.name, f.dueDate ? t("agreements.detail.dueOn", { date: format.date(f.dueDate) }) : null].filter(Boolean).join(" · ")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      <PlanItems agreementId={agreement.id} items={agreement.planItems} canEdit={canEdit} />

      <HistoryPanel entity="agreement" id={agreement.id} />

      {canEdit && <AdvanceStageDialog agreement={agreement} open={advancing} onClose={() => setAdvancing(false)} />}
    </RecordPage>
  );
}

type LinkedMeeting = AgreementDetail["meetings"][number];

/** The meetings the agreement was signed at and those it was discussed at, newest first (as the server sends them). */
function AgreementMeetings({ meetings }: { meetings: LinkedMeeting[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (meetings.length === 0) return null;
  const groups = [
    { mention: "SIGNED", title: t("agreements.detail.signedAtMeetings"), items: meetings.filter((m) => m.mention === "SIGNED") },
    { mention: "DISCUSSED", title: t("agreements.detail.discussedAtMeetings"), items: meetings.filter((m) => m.mention === "DISCUSSED") },
  ].filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map((g) => (
        <section key={g.mention} className="card" aria-labelledby={`agreement-meetings-${g.mention}`}>
          <h2 className="card__title" id={`agreement-meetings-${g.mention}`}>
            {g.title}
            {g.items.length > 1 && <span className="count-pill">{format.number(g.items.length)}</span>}
          </h2>
          <ul className="link-list">
            {g.items.map((m) => (
              <li key={m.id}>
                <Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="link-list__item">
                  <span>{m.title}</span>
                  <span className="muted small">{format.preciseDate(m.startsAt, m.datePrecision)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
