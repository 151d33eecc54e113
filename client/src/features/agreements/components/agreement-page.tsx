// One agreement: what it is, who the parties are, the stage it has reached on the track
// of all stages (with the date and note of every move), its documents, its
// implementation plan, and who changed what.
import { useState, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Button } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import { useShownRecord } from "../../../ui/record-page/use-shown-record.ts";
import { RecordSection, RecordStamps, RecordText } from "../../../ui/record-page/record-section.tsx";
import { Fact, Facts } from "../../../ui/record-page/record-facts.tsx";
import type { AgreementDetail } from "../hooks/agreement-queries.ts";
import { StageTrack } from "./stage-track.tsx";
import { AdvanceStageDialog } from "./advance-stage-dialog.tsx";
import { PlanItems } from "./plan-items.tsx";
import "../agreements.css";
import { SourceList } from "../../../ui/source-list.tsx";

const route = getRouteApi("/app/agreements/$agreementId");

export function AgreementPage(): ReactNode {
  const { agreementId } = route.useParams();
  const agreement = useShownRecord(trpc.agreement.byId.queryOptions({ id: agreementId }), (a) => a.title);
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
      <RecordSection id="agreement-stages" title={t("agreements.detail.stagesTitle")}>
        <StageTrack stage={agreement.stage} history={agreement.stageHistory} />
        {agreement.allowedNextStages.length === 0 && <p className="muted">{t("agreements.detail.finalStage")}</p>}
      </RecordSection>

      <div className="layout-two">
        <RecordSection id="agreement-details" title={t("agreements.detail.details")}>
          <Facts>
            <Fact label={t("agreements.detail.fields.kind")}>{kindLabel(agreement.kind)}</Fact>
            <Fact label={t("agreements.detail.fields.parties")}>
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
            </Fact>
            <Fact label={t("agreements.detail.fields.sectors")}>
              {agreement.sectors.length ? agreement.sectors.map((s) => s.name).join(", ") : t("common.none")}
            </Fact>
            <Fact label={t("agreements.detail.fields.signedAt")}>{date(agreement.signedAt)}</Fact>
            {agreement.signingPlace && <Fact label={t("agreements.detail.fields.signingPlace")}>{agreement.signingPlace}</Fact>}
            <Fact label={t("agreements.detail.fields.registration")}>
              {agreement.registrationNumber
                ? t("agreements.detail.registrationValue", { number: agreement.registrationNumber, date: date(agreement.registeredAt) })
                : t("common.none")}
            </Fact>
            <Fact label={t("agreements.detail.fields.effectiveAt")}>{date(agreement.effectiveAt)}</Fact>
            <Fact label={t("agreements.detail.fields.expiresAt")}>{date(agreement.expiresAt)}</Fact>
            {agreement.sources.length > 0 && (
              <Fact label={t("agreements.detail.fields.sources")}>
                <SourceList sources={agreement.sources} />
              </Fact>
            )}
          </Facts>
          <RecordText title={t("agreements.detail.fields.summary")} text={agreement.summary} empty={t("agreements.detail.noSummary")} />
          <RecordStamps
            updated={t("agreements.detail.updated", { date: format.instantDate(agreement.updatedAt) })}
            created={t("agreements.detail.created", { date: format.instantDate(agreement.createdAt) })}
          />
        </RecordSection>

        <div className="agreement-side">
          <AgreementMeetings meetings={agreement.meetings} />
          <RecordSection id="agreement-documents" title={t("agreements.detail.fields.documents")} count={agreement.documents.length}>
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
          </RecordSection>

          {agreement.followUps.length > 0 && (
            <RecordSection id="agreement-follow-ups" title={t("agreements.detail.followUps")} count={agreement.followUps.length}>
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
            </RecordSection>
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
        // One meeting needs no count.
        <RecordSection key={g.mention} id={`agreement-meetings-${g.mention}`} title={g.title} count={g.items.length > 1 ? g.items.length : undefined}>
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
        </RecordSection>
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
