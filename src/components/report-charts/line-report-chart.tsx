import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE } from '../chart-parts';
import { numberLabel, numberXAxis, numberYAxis, sized } from './chart-axes';
import { lineDash, TOOLTIP_STYLE } from './report-colors';

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

/** One line per series on numeric axes, told apart by dash pattern as well as colour. */
export function LineReportChart({ lines, xName, yName, width }: LineReportChartProps) {
  const chart = (
    <LineChart width={width} height={width ? HEIGHT : undefined} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis {...numberXAxis(xName)} dataKey="x" domain={['dataMin', 'dataMax']} allowDuplicatedCategory={false} />
      <YAxis {...numberYAxis(yName)} />
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
  return sized(chart, HEIGHT, width);
}
