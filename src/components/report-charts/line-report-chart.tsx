import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, GRID_STROKE } from '../chart-parts';
import { formatReportNumber, lineDash, TOOLTIP_STYLE } from './report-colors';

export interface LineSeries {
  key: string;
  name: string;
  color: string;
  points: ReadonlyArray<{ x: number; y: number }>;
}

export interface LineReportChartProps {
  lines: readonly LineSeries[];
  xName: string;
  yName: string;
  width?: number;
}

const HEIGHT = 300;
const numberLabel = (value: unknown) => (typeof value === 'number' ? formatReportNumber(value) : String(value));

/** One line per series on numeric axes, told apart by dash pattern as well as colour. */
export function LineReportChart({ lines, xName, yName, width }: LineReportChartProps) {
  const chart = (
    <LineChart width={width} height={width ? HEIGHT : undefined} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={['dataMin', 'dataMax']}
        tick={AXIS_TEXT}
        stroke={GRID_STROKE}
        tickFormatter={numberLabel}
        allowDuplicatedCategory={false}
        height={40}
        label={{ value: xName, position: 'insideBottom', offset: -4, fill: 'currentColor' }}
      />
      <YAxis
        type="number"
        tick={AXIS_TEXT}
        stroke={GRID_STROKE}
        tickFormatter={numberLabel}
        width={56}
        label={{ value: yName, angle: -90, position: 'insideLeft', fill: 'currentColor' }}
      />
      <Tooltip
        isAnimationActive={false}
        formatter={numberLabel}
        labelFormatter={(x) => `${xName} ${numberLabel(x)}`}
        {...TOOLTIP_STYLE}
      />
      {lines.map((line, i) => (
        <Line
          key={line.key}
          data={[...line.points]}
          dataKey="y"
          name={line.name}
          stroke={line.color}
          strokeWidth={2}
          strokeDasharray={lineDash(i)}
          dot={{ r: 2.5, fill: line.color }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 640, height: HEIGHT }}>
      {chart}
    </ResponsiveContainer>
  );
}
