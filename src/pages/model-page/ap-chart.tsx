import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarShapeProps } from 'recharts';
import { AXIS_TEXT, classTick, ClassTooltip, CURSOR_FILL, GRID_STROKE } from '../../components/chart-parts';
import {
  AP_CHART_LAYOUT,
  bandColor,
  barChartHeight,
  labelAxisWidth,
  type ClassRow,
} from '../../components/class-chart-data';
import { formatAp } from '../../components/model-metrics';

const AP_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

export interface ApChartProps {
  /** Classes in display order, top to bottom. */
  rows: readonly ClassRow[];
  /** Fixed width in px (tests, exports); fills its container when absent. */
  width?: number;
}

function BandBar(props: BarShapeProps) {
  const row = props.payload as ClassRow;
  return <Rectangle {...props} fill={bandColor(row.band)} radius={[0, 3, 3, 0]} />;
}

/** Horizontal AP bars, one per class, on a fixed 0–1 axis, coloured by audit band. */
export function ApChart({ rows, width }: ApChartProps) {
  const height = barChartHeight(rows.length, AP_CHART_LAYOUT);
  const axisWidth = labelAxisWidth(rows.map((r) => r.name));
  const rowsByKey = new Map(rows.map((r) => [r.key, r]));
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      width={width}
      height={width ? height : undefined}
      margin={{ top: 0, right: 44, bottom: 0, left: 0 }}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis type="number" orientation="top" domain={[0, 1]} ticks={AP_TICKS} tick={AXIS_TEXT} stroke={GRID_STROKE} />
      <YAxis
        type="category"
        dataKey="key"
        width={axisWidth}
        interval={0}
        tickLine={false}
        stroke={GRID_STROKE}
        tick={classTick(rowsByKey, axisWidth)}
      />
      <Tooltip cursor={{ fill: CURSOR_FILL }} content={ClassTooltip} isAnimationActive={false} />
      <Bar dataKey="ap" name="AP" shape={BandBar} isAnimationActive={false} maxBarSize={20}>
        <LabelList
          dataKey="ap"
          position="right"
          formatter={(value) => (typeof value === 'number' ? formatAp(value) : '')}
          fill="currentColor"
          fontSize={11}
        />
      </Bar>
    </BarChart>
  );
  if (width) return chart;
  // initialDimension lets the chart draw before the first measurement (and in jsdom, which never measures).
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      {chart}
    </ResponsiveContainer>
  );
}
