import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ScatterShapeProps } from 'recharts';
import { AXIS_TEXT, ClassTooltip, GRID_STROKE } from '../../components/chart-parts';
import { bandColor, sqrtAxisTicks, type ClassRow } from '../../components/class-chart-data';
import { AUDIT_THRESHOLDS } from '../../components/model-metrics';

const HEIGHT = 300;
const compact = new Intl.NumberFormat('en', { notation: 'compact' });

export interface ApScatterChartProps {
  rows: readonly ClassRow[];
  /** Fixed width in px (tests, exports); fills its container when absent. */
  width?: number;
}

function BandDot({ cx, cy, payload }: ScatterShapeProps) {
  const row = payload as ClassRow;
  const color = bandColor(row.band);
  return <circle cx={cx} cy={cy} r={5} fill={color} fillOpacity={0.7} stroke={color} strokeWidth={1.5} />;
}

/**
 * AP against training annotations, one dot per class: a low AP next to few labels points at data,
 * a low AP with many labels at the model. The square-root scale keeps small counts apart.
 */
export function ApScatterChart({ rows, width }: ApScatterChartProps) {
  const points = rows.filter((r) => r.ap != null && r.training != null);
  const ticks = sqrtAxisTicks(Math.max(0, ...points.map((p) => p.training ?? 0)));
  const chart = (
    <ScatterChart width={width} height={width ? HEIGHT : undefined} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="training"
        name="Training annotations"
        scale="sqrt"
        domain={[0, ticks[ticks.length - 1] ?? 1]}
        ticks={ticks}
        interval={0}
        tick={AXIS_TEXT}
        stroke={GRID_STROKE}
        tickFormatter={(n: number) => compact.format(n)}
        label={{
          value: 'Training annotations',
          position: 'insideBottom',
          offset: -4,
          fill: 'currentColor',
          fontSize: 11,
        }}
        height={40}
      />
      <YAxis
        type="number"
        dataKey="ap"
        name="AP"
        domain={[0, 1]}
        ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
        tick={AXIS_TEXT}
        stroke={GRID_STROKE}
        width={48}
        label={{ value: 'AP', angle: -90, position: 'insideLeft', offset: 12, fill: 'currentColor', fontSize: 11 }}
      />
      <ReferenceLine y={AUDIT_THRESHOLDS.low} stroke="#e5484d" strokeDasharray="4 4" strokeOpacity={0.6} />
      <ReferenceLine y={AUDIT_THRESHOLDS.high} stroke="#2f9e63" strokeDasharray="4 4" strokeOpacity={0.6} />
      <Tooltip cursor={{ strokeDasharray: '3 3' }} content={ClassTooltip} isAnimationActive={false} />
      <Scatter data={points} shape={BandDot} isAnimationActive={false} />
    </ScatterChart>
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
      {chart}
    </ResponsiveContainer>
  );
}
