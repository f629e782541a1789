import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip, type PieLabelRenderProps } from 'recharts';
import { formatReportNumber, reportColor, TOOLTIP_STYLE } from './report-colors';

const HEIGHT = 260;

type PieLabelProps = Pick<PieLabelRenderProps, 'x' | 'y' | 'textAnchor' | 'value'>;

/** Slices in report order, each labelled with its share; the legend beside it names them. */
export function PieReportChart({ data }: { data: ReadonlyArray<{ category: string; value: number }> }) {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const share = (value: number) => (total > 0 ? `${Math.round((value / total) * 100)}%` : '');
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 360, height: HEIGHT }}>
      <PieChart margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Pie
          data={[...data]}
          dataKey="value"
          nameKey="category"
          outerRadius="72%"
          stroke="var(--color-surface)"
          strokeWidth={2}
          isAnimationActive={false}
          label={({ x, y, textAnchor, value }: PieLabelProps) => (
            <text x={x} y={y} textAnchor={textAnchor} dominantBaseline="central" fill="currentColor" fontSize={12}>
              {share(typeof value === 'number' ? value : 0)}
            </text>
          )}
          labelLine={false}
        >
          {data.map((d, i) => (
            <Cell key={d.category} fill={reportColor(i)} />
          ))}
        </Pie>
        <Tooltip
          isAnimationActive={false}
          formatter={(v) => (typeof v === 'number' ? formatReportNumber(v) : String(v))}
          {...TOOLTIP_STYLE}
        />
      </PieChart>
    </ResponsiveContainer>
  );
}
