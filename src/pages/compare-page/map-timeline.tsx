import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { ScatterShapeProps, TooltipContentProps, XAxisTickContentProps } from 'recharts';
import type { ModelListItem } from '../../api/models';
import { AXIS_TEXT, GRID_STROKE } from '../../components/chart-parts';
import type { CompareColumn } from './comparison';
import { formatDateTime } from '../../components/format';
import styles from './compare-chart.module.css';
import { formatAp } from '../../components/model-metrics';
import { modelShape } from './model-palette';
import { timelinePoints, type TimelinePoint } from './timeline-points';

export const OTHER_MODELS_COLOR = '#8C8C8C';
const HEIGHT = 320;
const dayMonth = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' });
const AXIS_LABEL = { fill: 'currentColor', fontSize: 11 } as const;

interface MapTimelineProps {
  /** The dataset's models; the ones that cannot be placed are left out. */
  models: readonly ModelListItem[];
  compared: readonly CompareColumn[];
  /** Fixed width in px (tests); fills its container when absent. */
  width?: number;
}

function TimelineTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const point = payload[0]?.payload as TimelinePoint | undefined;
  if (!active || !point) return null;
  return (
    <div className={styles.tooltip}>
      <strong className={styles.title}>
        {point.name}
        {point.isPinned && ' (pinned)'}
      </strong>
      <div>mAP {formatAp(point.map)}</div>
      <div className={styles.muted}>Trained {formatDateTime(new Date(point.trainedAt).toISOString())}</div>
    </div>
  );
}

/** "Mar 5" over "2025": a four-digit year, and six ticks still fit a phone's width. */
function DateTick({ x, y, payload }: XAxisTickContentProps) {
  const time = Number(payload.value);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fill={AXIS_TEXT.fill} fontSize={AXIS_TEXT.fontSize}>
      <tspan x={Number(x)} dy={12}>
        {dayMonth.format(time)}
      </tspan>
      <tspan x={Number(x)} dy={13}>
        {year.format(time)}
      </tspan>
    </text>
  );
}

/** A ring around pinned models, drawn over whatever marks the point. */
function PinnedRing({ cx, cy }: ScatterShapeProps) {
  return <circle cx={cx} cy={cy} r={10} fill="none" stroke="#b88700" strokeWidth={2} className="timeline-pinned" />;
}

const DAY = 24 * 3600 * 1000;

/** Bounds for the time axis with some room on both sides (and a day when all dates are equal). */
function timeDomain(points: readonly TimelinePoint[]): [number, number] {
  if (points.length === 0) return [Date.now() - DAY, Date.now()];
  const times = points.map((p) => p.trainedAt);
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max((max - min) * 0.04, DAY / 2);
  return [min - pad, max + pad];
}

/** Up to six ticks on whole days (UTC midnight) inside the domain. */
function timeTicks([from, to]: [number, number]): number[] {
  const step = Math.max(1, Math.ceil((to - from) / DAY / 6)) * DAY;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / DAY) * DAY; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** Bounds for the mAP axis: the data rounded out to tenths. */
function mapDomain(points: readonly TimelinePoint[]): [number, number] {
  if (points.length === 0) return [0, 1];
  const maps = points.map((p) => p.map);
  return [
    Math.max(0, Math.floor(Math.min(...maps) * 10 - 0.5) / 10),
    Math.min(1, Math.ceil(Math.max(...maps) * 10 + 0.5) / 10),
  ];
}

const mapTicks = ([from, to]: [number, number]) =>
  Array.from({ length: Math.round((to - from) * 10) + 1 }, (_, i) => Math.round((from + i / 10) * 10) / 10);

/** mAP of every trained model of the dataset by training date; compared and pinned models stand out. */
export function MapTimeline({ models, compared, width }: MapTimelineProps) {
  const points = timelinePoints(models);
  const comparedIndex = new Map(compared.map((m, i) => [m.id, i]));
  const others = points.filter((p) => !comparedIndex.has(p.id));
  const pinned = points.filter((p) => p.isPinned);
  const domain = timeDomain(points);
  const mapDomainValue = mapDomain(points);
  const chart = (
    <ScatterChart width={width} height={width ? HEIGHT : undefined} margin={{ top: 12, right: 24, bottom: 4, left: 0 }}>
      <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="trainedAt"
        name="Trained at"
        domain={domain}
        ticks={timeTicks(domain)}
        interval={0}
        tick={DateTick}
        stroke={GRID_STROKE}
        height={56}
        label={{ value: 'Training date', position: 'insideBottom', offset: 0, ...AXIS_LABEL }}
      />
      <YAxis
        type="number"
        dataKey="map"
        name="mAP"
        domain={mapDomainValue}
        ticks={mapTicks(mapDomainValue)}
        tickFormatter={(v: number) => v.toFixed(1)}
        tick={AXIS_TEXT}
        stroke={GRID_STROKE}
        width={52}
        label={{ value: 'mAP', angle: -90, position: 'insideLeft', offset: 12, ...AXIS_LABEL }}
      />
      <ZAxis range={[60, 60]} />
      <Tooltip content={TimelineTooltip} isAnimationActive={false} cursor={{ strokeDasharray: '3 3' }} />
      <Scatter
        name="Other models"
        data={others}
        fill={OTHER_MODELS_COLOR}
        fillOpacity={0.55}
        isAnimationActive={false}
      />
      {compared.map((model, i) => (
        <Scatter
          key={model.id}
          name={model.name}
          data={points.filter((p) => p.id === model.id)}
          fill={model.color}
          stroke="#fff"
          strokeWidth={1}
          shape={modelShape(i)}
          isAnimationActive={false}
        />
      ))}
      {pinned.length > 0 && (
        <Scatter name="Pinned" data={pinned} shape={PinnedRing} isAnimationActive={false} legendType="circle" />
      )}
    </ScatterChart>
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 900, height: HEIGHT }}>
      {chart}
    </ResponsiveContainer>
  );
}

export default MapTimeline;
