import { useState, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import { useShownRecord } from "../../../ui/record-page/use-shown-record.ts";
import { RecordSection, RecordStamps, RecordText } from "../../../ui/record-page/record-section.tsx";
import { Fact, Facts } from "../../../ui/record-page/record-facts.tsx";
import { usePartnerDossier } from "../hooks/partner-queries.ts";
import { LevelBadge } from "./level-badge.tsx";
import { SummaryBlock } from "./dossier-summary.tsx";
import { AgreementsBlock } from "./dossier-agreements.tsx";
import { ContactsBlock } from "./dossier-contacts.tsx";
import { PeopleBlock } from "./dossier-people.tsx";
import { EventsBlock } from "./dossier-events.tsx";
import { ProjectsBlock } from "./dossier-projects.tsx";
import { FollowUpsBlock } from "./dossier-follow-ups.tsx";
import { ChildrenBlock } from "./dossier-children.tsx";
import { ExportsBlock } from "./export-trend.tsx";
import { RegionBoundarySection } from "./region-boundary-section.tsx";
import { StoryBlock } from "./dossier-story.tsx";
import "../partner-page.css";
import "../texts.ts";

const route = getRouteApi("/app/partners/$partnerId");

/**
 * One partner's dossier, what an official opens before a call: where things stand,
 * agreements and their stages, contacts, people on both sides, projects, exports and
 * what is coming, for the partner together with everything below it. Prints as a
 * two-page briefing (partner-page.css).
 */
export function PartnerPage(): ReactNode {
  const { partnerId } = route.useParams();
  const partner = useShownRecord(trpc.partner.byId.queryOptions({ id: partnerId }), (p) => p.name);
  const { t } = useTranslation();
  const kindLabel = useTermLabel("partnerKind");
  const format = useFormat();
  const canEdit = useHasRole("EDITOR");
  const isAdmin = useHasRole("ADMIN");
  const dossier = usePartnerDossier(partner.id);
  // A record cached from before partners had aliases has none.
  const aliases = partner.aliases ?? [];
  // Rendered now, so the printed header says when this briefing was made.
  const [openedAt] = useState(() => new Date());

  const coordinates =
    partner.latitude !== null && partner.longitude !== null
      ? `${format.coordinate(Math.abs(partner.latitude))}° ${partner.latitude >= 0 ? t("partner.north") : t("partner.south")}, ${format.coordinate(Math.abs(partner.longitude))}° ${partner.longitude >= 0 ? t("partner.east") : t("partner.west")}`
      : null;

  return (
    <RecordPage
      kind="partner"
      layout="detail"
      className="partner-page"
      before={
        <div className="dossier-print-header" aria-hidden="true">
          <span>{t("dossier.printTitle")}</span>
          <strong>{partner.name}</strong>
          <span>{t("dossier.printedAt", { date: format.dateTime(openedAt) })}</span>
        </div>
      }
      trail={partner.parent ? [{ kind: "partner", id: partner.parent.id, label: partner.parent.name }] : []}
      title={partner.name}
      meta={
        <>
          <LevelBadge level={partner.level} />
          {partner.isHome && (
            <Badge tone="green">
              <Icon name="home" size={14} /> {t("partners.home")}
            </Badge>
          )}
          {partner.isoCode && <code className="code">{partner.isoCode}</code>}
        </>
      }
      intro={
        partner.nameEn || aliases.length ? (
          <>
            {partner.nameEn && (
              <span lang="en" className="partner-page__name-en">
                {partner.nameEn}
              </span>
            )}
            {aliases.length > 0 && <span className="partner-page__aliases">{t("partner.aliasesShown", { names: aliases.join(", ") })}</span>}
          </>
        ) : undefined
      }
      actions={
        <RecordActions kind="partner" id={partner.id} deletion={{ record: partner, procedure: trpc.partner.delete }}>
          <Button icon={<PrintIcon />} onClick={() => window.print()}>
            {t("dossier.print")}
          </Button>
        </RecordActions>
      }
    >
      <SummaryBlock query={dossier} />
      {partner.children.length > 0 && <p className="dossier-scope muted">{t("dossier.scopeNote")}</p>}

      <div className="dossier-grid">
        <div className="dossier-main">
          <StoryBlock partnerId={partner.id} />
          <AgreementsBlock query={dossier} partnerId={partner.id} />
          <ContactsBlock query={dossier} partnerId={partner.id} partnerName={partner.name} />
          <EventsBlock query={dossier} partnerId={partner.id} />
          <ProjectsBlock query={dossier} partnerId={partner.id} />
          <ExportsBlock query={dossier} />
        </div>
        <div className="dossier-side">
          <PeopleBlock query={dossier} partnerId={partner.id} />
          {canEdit && (
            <Link
              to="/people/new"
              search={{ partner: partner.id, side: partner.isHome ? "HOME" : "PARTNER" }}
              className={buttonClass("ghost", "sm", "dossier-add-child")}
            >
              <Icon name="plus" size={16} />
              <span>{t("people.add")}</span>
            </Link>
          )}
          <FollowUpsBlock query={dossier} />
          <ChildrenBlock query={dossier} />
          {canEdit && (
            <Link to="/partners/new" search={{ parent: partner.id }} className={buttonClass("ghost", "sm", "dossier-add-child")}>
              <Icon name="plus" size={16} />
              <span>{t("partner.addChild")}</span>
            </Link>
          )}
          <RecordSection id="partner-details" title={t("partner.details")} className="dossier-details">
            <Facts>
              <Fact label={t("partner.fields.level")}>{t(`enums.partnerLevel.${partner.level}`)}</Fact>
              {partner.kind && <Fact label={t("partner.fields.kind")}>{kindLabel(partner.kind)}</Fact>}
              <Fact label={t("partner.fields.parentId")}>
                {partner.parent ? (
                  <Link to="/partners/$partnerId" params={{ partnerId: partner.parent.id }}>
                    {partner.parent.name}
                  </Link>
                ) : (
                  t("common.none")
                )}
              </Fact>
              <Fact label={t("partner.fields.isoCode")}>{partner.isoCode ? <code className="code">{partner.isoCode}</code> : t("common.none")}</Fact>
              <Fact label={t("partner.fields.coordinates")}>
                {coordinates ? (
                  <span className="with-icon">
                    <Icon name="pin" size={16} />
                    {coordinates}
                  </span>
                ) : (
                  t("common.none")
                )}
              </Fact>
            </Facts>
            <RecordText title={t("partner.fields.notes")} text={partner.notes} empty={t("partner.noNotes")} />
            <RecordStamps
              updated={t("partner.updated", { date: format.dateTime(partner.updatedAt) })}
              created={t("partner.created", { date: format.dateTime(partner.createdAt) })}
            />
          </RecordSection>
          {isAdmin && partner.level === "REGION" && <RegionBoundarySection partnerId={partner.id} />}
        </div>
      </div>

      <HistoryPanel entity="partner" id={partner.id} />
    </RecordPage>
  );
}

function PrintIcon(): ReactNode {
  return (
    <svg
      className="icon"
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" />
    </svg>
  );
}
