import { useId, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps, XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { AXIS_TEXT, CURSOR_FILL, GRID_STROKE } from '../../components/chart-parts';
import { labelAxisWidth, truncateLabel } from '../../components/class-chart-data';
import styles from './compare-chart.module.css';
import { formatDelta, type CompareColumn, type ComparisonRow } from './comparison';
import { formatAp } from '../../components/model-metrics';

const AP_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
/** With many rows a second AP axis at the bottom keeps the scale in view after scrolling. */
const BOTTOM_AXIS_FROM = 8;
const AXIS_HEIGHT = 30;
const GAP_WIDTH = 44;

export interface CompareChartProps {
  models: readonly CompareColumn[];
  /** Classes in display order, top to bottom. */
  rows: readonly ComparisonRow[];
  baselineIndex: number;
  width: number;
}

/** Bar thickness shrinks with the number of models so a class row stays compact. */
export function compareBarSize(modelCount: number): number {
  if (modelCount <= 2) return 14;
  if (modelCount <= 4) return 10;
  if (modelCount <= 8) return 7;
  return 5;
}

const CATEGORY_GAP = 10;

/** Height grows with classes and models; the frame around the chart scrolls. */
export function compareChartHeight(classCount: number, modelCount: number): number {
  const rowHeight = modelCount * (compareBarSize(modelCount) + 1) + CATEGORY_GAP;
  const axes = classCount >= BOTTOM_AXIS_FROM ? 2 * AXIS_HEIGHT : AXIS_HEIGHT;
  return Math.max(140, classCount * rowHeight + axes + 8);
}

interface GapMarkerProps {
  x: number;
  y: number;
  height: number;
  color: string;
  /** Fill of a "not trained" stub: the model's hatch pattern. */
  hatch: string;
  /** Not trained on the class (hatched) or trained without an AP (outline only). */
  kind: 'not-trained' | 'no-ap';
}

/** A stub instead of a bar where there is no AP to draw, which is not an AP of 0. */
function GapMarker({ x, y, height, color, hatch, kind }: GapMarkerProps) {
  return (
    <g className={`compare-${kind}`} stroke={color} strokeWidth={1}>
      <rect
        x={x}
        y={y}
        width={GAP_WIDTH}
        height={height}
        fill={kind === 'not-trained' ? `url(#${hatch})` : color}
        fillOpacity={kind === 'not-trained' ? 1 : 0.08}
        strokeDasharray="2 2"
      />
      {height >= 10 && (
        <text x={x + GAP_WIDTH + 4} y={y + height / 2} dy="0.32em" fontSize={10} fill="currentColor" stroke="none">
          {kind === 'not-trained' ? 'not trained' : 'no AP'}
        </text>
      )}
    </g>
  );
}

/** "/" hatching in the model's colour over a faint tint of it. */
function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={5} height={5} fill={color} fillOpacity={0.08} stroke="none" />
      <line x1={0} y1={0} x2={0} y2={5} stroke={color} strokeWidth={1} />
    </pattern>
  );
}

const BAR_GAP = 1;

interface GroupedBarsProps {
  models: readonly CompareColumn[];
  rows: readonly ComparisonRow[];
  barSize: number;
}

/**
 * All bars in one layer, placed with the chart's own scales: one path per model holds that model's
 * bars (12 elements instead of 960 at 12 × 80, which is most of the page's DOM work), stubs mark gaps.
 * One recharts <Bar> per model would cost recharts' per-series and per-point bookkeeping.
 */
function GroupedBars({ models, rows, barSize }: GroupedBarsProps) {
  const hatchPrefix = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const x = useXAxisScale('top');
  const y = useYAxisScale();
  if (!x || !y) return null;
  const x0 = x(0) ?? 0;
  const group = models.length * (barSize + BAR_GAP) - BAR_GAP;
  const paths = models.map(() => [] as string[]);
  const gaps: ReactElement[] = [];
  for (const row of rows) {
    const start = y(row.key, { position: 'start' });
    const end = y(row.key, { position: 'end' });
    if (start == null || end == null) continue;
    const top = start + (end - start - group) / 2;
    row.cells.forEach((cell, i) => {
      const barY = top + i * (barSize + BAR_GAP);
      if (cell == null || cell.ap == null) {
        const kind = cell === null ? 'not-trained' : 'no-ap';
        const color = models[i]?.color ?? '#888';
        gaps.push(
          <GapMarker
            key={`${row.key}-${i}`}
            x={x0}
            y={barY}
            height={barSize}
            color={color}
            hatch={`${hatchPrefix}-${i}`}
            kind={kind}
          />,
        );
        return;
      }
      const width = Math.max(0, (x(cell.ap) ?? x0) - x0);
      paths[i]?.push(`M${x0},${barY}h${width}v${barSize}h${-width}z`);
    });
  }
  return (
    <g className="compare-bars">
      <defs>
        {models.map((model, i) => (
          <HatchPattern key={model.id} id={`${hatchPrefix}-${i}`} color={model.color} />
        ))}
      </defs>
      {models.map((model, i) => (
        <path
          key={model.id}
          className="compare-bar-series"
          data-model={model.id}
          d={paths[i]?.join('')}
          fill={model.color}
        />
      ))}
      {gaps}
    </g>
  );
}

/** Plain text ticks: recharts' default measures every label in the DOM, a forced layout each. */
function ApTick({ x, y, payload, orientation }: XAxisTickContentProps) {
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={orientation === 'top' ? -4 : 12}
      textAnchor="middle"
      fill={AXIS_TEXT.fill}
      fontSize={AXIS_TEXT.fontSize}
    >
      {String(payload.value)}
    </text>
  );
}

function classTick(rowsByKey: ReadonlyMap<string, ComparisonRow>, width: number) {
  function ClassTick({ x, y, payload }: YAxisTickContentProps) {
    const label = rowsByKey.get(String(payload.value))?.label ?? String(payload.value);
    return (
      <g className="compare-class-tick" transform={`translate(${Number(x)},${Number(y)})`}>
        <title>{label}</title>
        <text x={-6} y={0} dy="0.32em" textAnchor="end" fill="currentColor" fontSize={12}>
          {truncateLabel(label, width)}
        </text>
      </g>
    );
  }
  return ClassTick;
}

function compareTooltip(models: readonly CompareColumn[], baselineIndex: number) {
  function CompareTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
    const row = payload[0]?.payload as ComparisonRow | undefined;
    if (!active || !row) return null;
    return (
      <div className={styles.tooltip}>
        <strong className={styles.title}>{row.label}</strong>
        <table>
          <tbody>
            {models.map((model, i) => {
              const cell = row.cells[i];
              return (
                <tr key={model.id}>
                  <th scope="row">
                    <span className={styles.swatch} style={{ background: model.color }} aria-hidden="true" />
                    {model.name}
                    {i === baselineIndex && <span className={styles.muted}> (baseline)</span>}
                  </th>
                  <td>{cell === null ? <em className={styles.muted}>not trained</em> : formatAp(cell?.ap)}</td>
                  <td className={styles.muted}>
                    {i !== baselineIndex && cell?.delta != null ? formatDelta(cell.delta) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }
  return CompareTooltip;
}

/** Grouped horizontal bars: classes down the side, one bar per model in the model's colour. */
export function CompareChart({ models, rows, baselineIndex, width }: CompareChartProps) {
  const height = compareChartHeight(rows.length, models.length);
  const barSize = compareBarSize(models.length);
  const axisWidth = labelAxisWidth(
    rows.map((r) => r.label),
    56,
    200,
  );
  const rowsByKey = new Map(rows.map((r) => [r.key, r]));
  // Every AP tick always fits: `interval={0}` spares recharts measuring each label in the DOM (a forced layout).
  const axis = {
    type: 'number',
    domain: [0, 1],
    ticks: AP_TICKS,
    interval: 0,
    tick: ApTick,
    stroke: GRID_STROKE,
  } as const;
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      width={width}
      height={height}
      margin={{ top: 0, right: 24, bottom: 0, left: 0 }}
      barCategoryGap={CATEGORY_GAP / 2}
      barGap={1}
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" xAxisId="top" />
      <XAxis xAxisId="top" orientation="top" height={AXIS_HEIGHT} {...axis} />
      {rows.length >= BOTTOM_AXIS_FROM && (
        <XAxis xAxisId="bottom" orientation="bottom" height={AXIS_HEIGHT} {...axis} />
      )}
      <YAxis
        type="category"
        dataKey="key"
        width={axisWidth}
        interval={0}
        tickLine={false}
        stroke={GRID_STROKE}
        tick={classTick(rowsByKey, axisWidth)}
      />
      {/* May reach past the chart's top or bottom (12 models are a tall tooltip beside a short chart);
          nothing around the chart clips it. */}
      <Tooltip
        cursor={{ fill: CURSOR_FILL }}
        content={compareTooltip(models, baselineIndex)}
        isAnimationActive={false}
        allowEscapeViewBox={{ x: false, y: true }}
        wrapperStyle={{ zIndex: 10 }}
      />
      {/* An invisible series gives the tooltip its data points; GroupedBars draws what is seen. */}
      <Bar xAxisId="top" dataKey={() => 0} isAnimationActive={false} legendType="none" />
      <GroupedBars models={models} rows={rows} barSize={barSize} />
    </BarChart>
  );
  return chart;
}

/** Width of the wrapper, measured before paint so the chart draws once at its real size. */
function useMeasuredWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width) || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}

/** The chart at the width of its container (recharts' ResponsiveContainer would draw it twice). */
export function ResponsiveCompareChart(props: Omit<CompareChartProps, 'width'>) {
  const [ref, width] = useMeasuredWidth(900);
  return (
    // Fixed height plus containment: drawing the chart re-lays out this box only, not the page.
    <div
      ref={ref}
      className={styles.frame}
      style={{ height: compareChartHeight(props.rows.length, props.models.length), contain: 'size layout' }}
    >
      {width != null && <CompareChart {...props} width={width} />}
    </div>
  );
}

export default ResponsiveCompareChart;
