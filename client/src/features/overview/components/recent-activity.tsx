// "Последние события": what happened lately under the filter, newest first. The data
// comes with the dashboard summary, so the block costs no request of its own.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useFormat } from "../../../lib/format.ts";
import { EmptyState } from "../../../ui/states.tsx";
import { recordLink, type TRecordKind } from "../../../entities/record-page/record-kinds.ts";
import { Icon, type IconName } from "../../../ui/icons.tsx";
import type { DashboardSummary } from "../hooks/overview-queries.ts";
import "./overview.css";
import "../texts.ts";

export type RecentItem = DashboardSummary["recentActivity"][number];

const icons: Record<RecentItem["kind"], IconName> = {
  meeting: "users",
  stageChange: "edit",
  event: "calendar",
  newProject: "plus",
};

export function RecentActivity({ items }: { items: RecentItem[] }): ReactNode {
  const { t } = useTranslation();
  if (items.length === 0) return <EmptyState icon="folder" title={t("overview.recent.empty")} />;
  return (
    <ol className="recent">
      {items.map((item) => (
        <RecentRow key={`${item.kind}-${item.id}`} item={item} />
      ))}
    </ol>
  );
}

function RecentRow({ item }: { item: RecentItem }): ReactNode {
  const { t } = useTranslation();
  const meetingKind = useTermLabel("meetingKind");
  return (
    <li className={`recent__item recent__item--${item.kind}`} data-recent-kind={item.kind}>
      <span className="recent__icon" aria-hidden="true">
        <Icon name={icons[item.kind]} size={16} />
      </span>
      <div className="recent__body">
        <p className="recent__title">
          <RecordLink item={item} />
        </p>
        <p className="recent__meta">
          <span className="recent__kind">{item.kind === "meeting" ? meetingKind(item.subtype) : t(`overview.recent.kinds.${item.kind}`)}</span>
          <Detail item={item} />
          {item.partners.length > 0 && (
            <span className="recent__partners">
              {item.partners.slice(0, 3).map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ", "}
                  <Link to="/partners/$partnerId" params={{ partnerId: p.id }} className="quiet-link">
                    {p.name}
                  </Link>
                </span>
              ))}
              {item.partners.length > 3 && ` ${t("overview.more", { count: item.partners.length - 3 })}`}
            </span>
          )}
        </p>
      </div>
      <RecentDate item={item} />
    </li>
  );
}

/**
 * When it happened, as precise as its source: a contact or a stage change «в декабре 2024»
 * shows «декабрь 2024 г.»; a record put on file, the home region's day it was created.
 */
function RecentDate({ item }: { item: RecentItem }): ReactNode {
  const format = useFormat();
  const precision = item.datePrecision ?? "DAY";
  return (
    <time
      className="recent__date"
      dateTime={precision === "MONTH" ? item.date.slice(0, 7) : precision === "YEAR" ? item.date.slice(0, 4) : precision === "QUARTER" ? undefined : item.date}
    >
      {format.preciseDate(item.date, precision)}
    </time>
  );
}

/** The record each kind of activity is about: a stage change is its agreement's, a new project the project's. */
const recordKinds: Record<RecentItem["kind"], TRecordKind> = {
  meeting: "meeting",
  stageChange: "agreement",
  event: "event",
  newProject: "project",
};

/** The title, linking to the meeting, agreement, event or project it is about. */
function RecordLink({ item }: { item: RecentItem }): ReactNode {
  return (
    <Link {...recordLink(recordKinds[item.kind], item.recordId)} className="quiet-link">
      {item.title}
    </Link>
  );
}

function Detail({ item }: { item: RecentItem }): ReactNode {
  const { t } = useTranslation();
  const eventKind = useTermLabel("eventKind");
  switch (item.kind) {
    case "stageChange":
      return (
        <span>
          {item.fromStage
            ? t("overview.recent.stageMoved", { from: t(`enums.agreementStage.${item.fromStage}`), to: t(`enums.agreementStage.${item.subtype}`) })
            : t("overview.recent.stageStarted", { to: t(`enums.agreementStage.${item.subtype}`) })}
        </span>
      );
    case "event":
      return <span>{eventKind(item.subtype)}</span>;
    case "newProject":
      return <span>{t("overview.recent.projectStage", { stage: t(`enums.projectStage.${item.subtype}`) })}</span>;
    case "meeting":
      return null;
  }
}
