import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, GRID_STROKE } from '../chart-parts';
import { formatReportNumber, TOOLTIP_STYLE } from './report-colors';

export interface ScatterGroup {
  name: string;
  color: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'wye';
  points: ReadonlyArray<{ x: number; y: number }>;
}

const HEIGHT = 300;
const numberLabel = (value: unknown) => (typeof value === 'number' ? formatReportNumber(value) : String(value));

/** Dots on numeric axes, one shape and colour per category. */
export function ScatterReportChart({
  groups,
  xName,
  yName,
}: {
  groups: readonly ScatterGroup[];
  xName: string;
  yName: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 640, height: HEIGHT }}>
      <ScatterChart margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          name={xName}
          domain={['auto', 'auto']}
          tick={AXIS_TEXT}
          stroke={GRID_STROKE}
          tickFormatter={numberLabel}
          height={40}
          label={{ value: xName, position: 'insideBottom', offset: -4, fill: 'currentColor' }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={yName}
          domain={['auto', 'auto']}
          tick={AXIS_TEXT}
          stroke={GRID_STROKE}
          tickFormatter={numberLabel}
          width={56}
          label={{ value: yName, angle: -90, position: 'insideLeft', fill: 'currentColor' }}
        />
        <Tooltip isAnimationActive={false} formatter={numberLabel} {...TOOLTIP_STYLE} />
        {groups.map((group) => (
          <Scatter
            key={group.name}
            name={group.name}
            data={[...group.points]}
            fill={group.color}
            shape={group.shape}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
