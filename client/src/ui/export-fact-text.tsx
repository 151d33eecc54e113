// One export fact as a line of text: its kind and figure (4-е место, +34,5 %), the
// category, the partner, the period as precise as it was given, the statement in the
// source's words, and the source to check it. Shared by the partner dossier and the
// Exports page (two features), so it lives here.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { exportFactPeriodPrecision, type TExportFactKind } from "@atlas/shared/export-fact";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { dateTimeAttribute, useFormat } from "../lib/format.ts";
import { Badge, type BadgeTone } from "./badge.tsx";
import "./export-fact-text.css";

export type ExportFactLike = {
  id: string;
  kind: TExportFactKind;
  rank: number | null;
  growthPercent: string | null;
  statement: string;
  periodStart: CalendarDay | null;
  periodEnd: CalendarDay | null;
  category: { id: string; name: string } | null;
  partner: { id: string; name: string };
  source: { title: string; url: string | null } | null;
};

const kindTone: Record<TExportFactKind, BadgeTone> = { RANK: "violet", GROWTH: "green", INTENT: "blue" };

/** The period a fact covers: «2024 г.», «I кв. 2025 г.», or its two days (a half-year). */
export function ExportFactPeriod({ start, end }: { start: CalendarDay | null; end: CalendarDay | null }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (!start) return <span className="muted">{t("exports.facts.noPeriod")}</span>;
  const precision = exportFactPeriodPrecision(start, end ?? start);
  return (
    <time dateTime={dateTimeAttribute(start, precision)} data-precision={precision}>
      {format.span(start, end === start ? null : end, precision, "short")}
    </time>
  );
}

export function ExportFactText({ fact, showPartner = true, actions }: { fact: ExportFactLike; showPartner?: boolean; actions?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const growth = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const figure =
    fact.kind === "RANK" && fact.rank !== null
      ? t("exports.facts.rankValue", { rank: fact.rank })
      : fact.kind === "GROWTH" && fact.growthPercent !== null
        ? t("exports.facts.growthValue", { value: growth.format(Number(fact.growthPercent)) })
        : null;
  return (
    <article className="export-fact" data-export-fact={fact.kind}>
      <p className="export-fact__head">
        <Badge tone={kindTone[fact.kind]}>{t(`enums.exportFactKind.${fact.kind}`)}</Badge>
        {figure && <strong className="export-fact__figure">{figure}</strong>}
        {fact.category && <span className="export-fact__category">{fact.category.name}</span>}
        {showPartner && (
          <Link to="/partners/$partnerId" params={{ partnerId: fact.partner.id }} className="quiet-link">
            {fact.partner.name}
          </Link>
        )}
        <span className="export-fact__period">
          <ExportFactPeriod start={fact.periodStart} end={fact.periodEnd} />
        </span>
      </p>
      <blockquote className="export-fact__statement">«{fact.statement}»</blockquote>
      <p className="export-fact__source">
        {fact.source ? (
          <>
            {t("exports.facts.source")}
            {fact.source.url ? (
              <a href={fact.source.url} target="_blank" rel="noopener noreferrer">
                {fact.source.title}
              </a>
            ) : (
              <span>{fact.source.title}</span>
            )}
          </>
        ) : (
          <span className="muted">{t("exports.facts.noSource")}</span>
        )}
        {actions}
      </p>
    </article>
  );
}
