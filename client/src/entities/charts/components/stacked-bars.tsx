// Stacked bars over time (months, quarters, years), the shape both the sector activity
// and the export charts take. Legend and tooltip are HTML, so they wrap on a phone.
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { AXIS_COLOUR, GRID_COLOUR, seriesColour } from "../hooks/chart-format.ts";

export type StackSeries = { key: string; name: string; isOther?: boolean };
export type StackRow = { label: string } & Record<string, number | string>;

type StackedBarsProps = {
  data: StackRow[];
  series: StackSeries[];
  /** Full number for the tooltip. */
  formatValue: (v: number) => string;
  /** Short number for the axis. */
  formatTick: (v: number) => string;
  height?: number;
  /** Title of the chart for assistive technology (the SVG gets it as its label). */
  label: string;
  totalLabel: string;
};

export function StackedBars({ data, series, formatValue, formatTick, height = 300, label, totalLabel }: StackedBarsProps): ReactNode {
  const colours = new Map(series.map((s, i) => [s.key, seriesColour(i, s.isOther)]));
  return (
    <>
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer
        title={label}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} stroke={GRID_COLOUR} />
        <XAxis
          dataKey="label"
          tick={{ fill: AXIS_COLOUR, fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: GRID_COLOUR }}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis
          tickFormatter={(v: number) => formatTick(v)}
          tick={{ fill: AXIS_COLOUR, fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          width={56}
          allowDecimals={false}
        />
        <Tooltip
          cursor={{ fill: "rgb(26 86 176 / 0.08)" }}
          content={(props) => <StackTooltip {...props} formatValue={formatValue} totalLabel={totalLabel} />}
        />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="stack" fill={colours.get(s.key)} isAnimationActive={false} maxBarSize={56} />
        ))}
      </BarChart>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span className="chart-legend__swatch" style={{ background: colours.get(s.key) }} />
            {s.name}
          </li>
        ))}
      </ul>
    </>
  );
}

function StackTooltip({
  active,
  payload,
  label,
  formatValue,
  totalLabel,
}: TooltipContentProps & { formatValue: (v: number) => string; totalLabel: string }): ReactNode {
  if (!active || !payload?.length) return null;
  const rows = payload.filter((p) => typeof p.value === "number" && p.value > 0).reverse();
  const total = rows.reduce((sum, p) => sum + Number(p.value), 0);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{String(label)}</p>
      {rows.map((p) => (
        <p key={String(p.dataKey)} className="chart-tooltip__row">
          <span className="chart-tooltip__name">
            <span className="chart-tooltip__swatch" style={{ background: p.color }} />
            {p.name}
          </span>
          <span className="chart-tooltip__value">{formatValue(Number(p.value))}</span>
        </p>
      ))}
      {rows.length > 1 && (
        <p className="chart-tooltip__row">
          <strong>{totalLabel}</strong>
          <span className="chart-tooltip__value">{formatValue(total)}</span>
        </p>
      )}
    </div>
  );
}
