import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, classTick, ClassTooltip, CURSOR_FILL, GRID_STROKE } from '../../components/chart-parts';
import {
  ANNOTATION_CHART_LAYOUT,
  barChartHeight,
  labelAxisWidth,
  SERIES_COLORS,
  type ClassRow,
} from '../../components/class-chart-data';

const compact = new Intl.NumberFormat('en', { notation: 'compact' });

export interface AnnotationChartProps {
  /** Classes in display order, top to bottom. */
  rows: readonly ClassRow[];
  /** Fixed width in px (tests, exports); fills its container when absent. */
  width?: number;
}

/** Training and validation annotation counts side by side, one pair of bars per class. */
export function AnnotationChart({ rows, width }: AnnotationChartProps) {
  const height = barChartHeight(rows.length, ANNOTATION_CHART_LAYOUT);
  const axisWidth = labelAxisWidth(rows.map((r) => r.name));
  const rowsByKey = new Map(rows.map((r) => [r.key, r]));
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      width={width}
      height={width ? height : undefined}
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
      barCategoryGap="18%"
      barGap={1}
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis
        type="number"
        orientation="top"
        tick={AXIS_TEXT}
        stroke={GRID_STROKE}
        tickFormatter={(n: number) => compact.format(n)}
        allowDecimals={false}
      />
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
      <Bar
        dataKey="training"
        name="Training"
        fill={SERIES_COLORS.training}
        isAnimationActive={false}
        maxBarSize={12}
        radius={[0, 2, 2, 0]}
      />
      <Bar
        dataKey="validation"
        name="Validation"
        fill={SERIES_COLORS.validation}
        isAnimationActive={false}
        maxBarSize={12}
        radius={[0, 2, 2, 0]}
      />
    </BarChart>
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      {chart}
    </ResponsiveContainer>
  );
}
