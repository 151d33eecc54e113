// How many agreements stand at each stage now, in the order of the stages: the
// pipeline from proposal to implementation, and what has ended.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import { AXIS_COLOUR, GRID_COLOUR, OTHER_COLOUR } from "../hooks/chart-format.ts";
import { useChartFormat } from "../hooks/chart-format.ts";
import { ChartCard, ChartTable, type ChartStatus } from "./chart-card.tsx";

/** Early stages gold, working ones blue, ended ones grey (as on the overview's stage bars). */
function stageColour(stage: TAgreementStage): string {
  if (stage === "PROPOSAL_SENT" || stage === "DRAFT" || stage === "NEGOTIATION") return "#e3a73b";
  if (stage === "EXPIRED" || stage === "TERMINATED") return OTHER_COLOUR;
  return "#1a56b0";
}

export function AgreementStageChart({ byStage, status, stale, onRetry }: { byStage: Record<TAgreementStage, number> | undefined; status: ChartStatus; stale?: boolean; onRetry?: () => void }): ReactNode {
  const { t } = useTranslation();
  const f = useChartFormat();
  const rows = agreementStages.map((stage) => ({ stage, name: t(`stages.${stage}`), count: byStage?.[stage] ?? 0 }));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const effective: ChartStatus = status === "ready" && total === 0 ? "empty" : status;
  const height = 40 + rows.length * 30;
  return (
    <ChartCard
      name="agreement-stages"
      title={t("charts.agreementStages.title")}
      intro={t("charts.agreementStages.intro", { count: total, formatted: f.count(total) })}
      status={effective}
      stale={stale}
      onRetry={onRetry}
      emptyTitle={t("charts.agreementStages.empty")}
      emptyText={t("charts.emptyText")}
      height={height}
      chart={() => (
        <BarChart responsive style={{ width: "100%", height }} data={rows} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 0 }} accessibilityLayer title={t("charts.agreementStages.title")}>
          <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: AXIS_COLOUR, fontSize: 12 }} tickFormatter={(v: number) => f.count(v)} axisLine={false} tickLine={false} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fill: AXIS_COLOUR, fontSize: 12 }} tickLine={false} axisLine={{ stroke: GRID_COLOUR }} interval={0} />
          <Tooltip cursor={{ fill: "rgb(26 86 176 / 0.08)" }} formatter={(v) => [f.count(Number(v)), t("charts.agreementStages.count")]} />
          <Bar dataKey="count" name={t("charts.agreementStages.count")} isAnimationActive={false} barSize={18} radius={[0, 4, 4, 0]}>
            {rows.map((r) => (
              <Cell key={r.stage} fill={stageColour(r.stage)} />
            ))}
            <LabelList dataKey="count" position="right" formatter={(v: unknown) => (Number(v) > 0 ? f.count(Number(v)) : "")} style={{ fill: "#18212f", fontSize: 12 }} />
          </Bar>
        </BarChart>
      )}
      table={() => (
        <ChartTable
          caption={t("charts.agreementStages.title")}
          head={[t("charts.agreementStages.stage"), t("charts.agreementStages.count")]}
          rows={rows.map((r) => ({ key: r.stage, cells: [r.name, f.count(r.count)] }))}
          foot={[t("charts.total"), f.count(total)]}
        />
      )}
    />
  );
}
