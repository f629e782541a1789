import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { numberLabel, numberXAxis, numberYAxis, sized } from './chart-axes';
import { AXIS_TEXT, CURSOR_FILL, GRID_STROKE } from '../chart-parts';
import { barChartHeight, labelAxisWidth } from '../class-chart-data';
import { TOOLTIP_STYLE } from './report-colors';

export interface ChartSeries {
  /** Field of each row holding this series' value. */
  key: string;
  name: string;
  color: string;
}

/** One category (a class, a bin) with a value per series; a series without a value has null. */
export type CategoryRow = { category: string } & Record<string, string | number | null>;

export interface CategoryBarChartProps {
  rows: readonly CategoryRow[];
  series: readonly ChartSeries[];
  /** `columns`: categories along the bottom (VERTICAL_BAR, HISTOGRAM); `bars`: one row per category. */
  orientation: 'columns' | 'bars';
  categoryName: string;
  valueName: string;
  /** Histogram bins touch. */
  contiguous?: boolean;
  /** Fixed width in px (tests, exports); fills its container when absent. */
  width?: number;
}

const COLUMN_HEIGHT = 300;

/** Bars per category, one bar per series side by side; a single series carries its values as labels. */
export function CategoryBarChart(props: CategoryBarChartProps) {
  const { rows, series, orientation, categoryName, valueName, contiguous = false, width } = props;
  const bars = orientation === 'bars';
  const labelled = series.length === 1;
  const axisWidth = labelAxisWidth(rows.map((r) => r.category));
  const slanted = !bars && rows.length > 4;
  const height = bars
    ? barChartHeight(rows.length, { rowHeight: 12 + 16 * series.length, chrome: 56, minHeight: 120 })
    : COLUMN_HEIGHT;
  const categoryAxis = {
    dataKey: 'category',
    type: 'category' as const,
    interval: 0,
    tick: AXIS_TEXT,
    stroke: GRID_STROKE,
    tickLine: false,
  };
  const chart = (
    <BarChart
      data={rows}
      layout={bars ? 'vertical' : 'horizontal'}
      width={width}
      height={width ? height : undefined}
      margin={{ top: 16, right: labelled && bars ? 48 : 16, bottom: 8, left: 8 }}
      barCategoryGap={contiguous ? 1 : '20%'}
    >
      <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={!bars} vertical={bars} />
      {bars ? (
        <>
          <XAxis {...numberXAxis(valueName)} />
          <YAxis {...categoryAxis} width={axisWidth} />
        </>
      ) : (
        <>
          <XAxis
            {...categoryAxis}
            angle={slanted ? -35 : 0}
            textAnchor={slanted ? 'end' : 'middle'}
            height={slanted ? 70 : 40}
            label={
              slanted ? undefined : { value: categoryName, position: 'insideBottom', offset: -4, fill: 'currentColor' }
            }
          />
          <YAxis {...numberYAxis(valueName)} />
        </>
      )}
      <Tooltip cursor={{ fill: CURSOR_FILL }} isAnimationActive={false} formatter={numberLabel} {...TOOLTIP_STYLE} />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={s.color}
          isAnimationActive={false}
          maxBarSize={bars ? 18 : 56}
        >
          {labelled && (
            <LabelList
              dataKey={s.key}
              position={bars ? 'right' : 'top'}
              formatter={numberLabel}
              fill="currentColor"
              fontSize={11}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  );
  return sized(chart, height, width);
}
