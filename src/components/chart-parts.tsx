// Pieces shared by the per-class recharts charts: the class-name tick and the class tooltip.
import type { TooltipContentProps, YAxisTickContentProps } from 'recharts';
import type { ClassRow } from './class-chart-data';
import { truncateLabel } from './class-chart-data';
import { formatCount } from './format';
import { formatAp } from './model-metrics';
import styles from './chart-parts.module.css';

/** Axis text follows the page colour on screen and falls back to black in exported files. */
export const AXIS_TEXT = { fill: 'currentColor', fontSize: 11 } as const;
export const GRID_STROKE = 'rgba(128, 128, 128, 0.28)';
export const CURSOR_FILL = 'rgba(128, 128, 128, 0.12)';

/** A category tick that shows a truncated class name and the full name on hover. */
export function classTick(rowsByKey: ReadonlyMap<string, ClassRow>, width: number) {
  function ClassTick({ x, y, payload }: YAxisTickContentProps) {
    const name = rowsByKey.get(String(payload.value))?.name ?? String(payload.value);
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <title>{name}</title>
        <text x={-6} y={0} dy="0.32em" textAnchor="end" fill="currentColor" fontSize={12}>
          {truncateLabel(name, width)}
        </text>
      </g>
    );
  }
  return ClassTick;
}

/** Tooltip for any chart whose data points are ClassRows: AP and both annotation counts. */
export function ClassTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const row = payload[0]?.payload as ClassRow | undefined;
  if (!active || !row) return null;
  return (
    <div className={styles.tooltip}>
      <strong className={styles.name}>{row.name}</strong>
      <dl>
        <dt>AP</dt>
        <dd>{formatAp(row.ap)}</dd>
        <dt>Training annotations</dt>
        <dd>{formatCount(row.training)}</dd>
        <dt>Validation annotations</dt>
        <dd>{formatCount(row.validation)}</dd>
      </dl>
    </div>
  );
}
