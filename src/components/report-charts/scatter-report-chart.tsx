import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE } from '../chart-parts';
import { numberLabel, numberXAxis, numberYAxis, sized } from './chart-axes';
import { TOOLTIP_STYLE } from './report-colors';

export interface ScatterGroup {
  name: string;
  color: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'wye';
  points: ReadonlyArray<{ x: number; y: number }>;
}

const HEIGHT = 300;

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
  return sized(
    <ScatterChart margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis {...numberXAxis(xName)} dataKey="x" name={xName} domain={['auto', 'auto']} />
      <YAxis {...numberYAxis(yName)} dataKey="y" name={yName} domain={['auto', 'auto']} />
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
    </ScatterChart>,
    HEIGHT,
  );
}
