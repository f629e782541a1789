import type { CSSProperties, ReactNode } from 'react';
import styles from './compare-table.module.css';
import {
  deltaDirection,
  formatDelta,
  type ClassCell,
  type CompareColumn,
  type ComparisonRow,
  type ModelSummary,
} from './comparison';
import { formatCount, formatDateTime } from '../../components/format';
import { formatAp } from '../../components/model-metrics';
import { formatScore, scoreLabel, sharedScore } from '../../components/model-score';
import { StatusBadge, TASK_TYPE_LABELS } from '../../components/model-status';
import type { TrainingSummary } from './score-summary';

interface CompareTableProps {
  models: readonly CompareColumn[];
  rows: readonly ComparisonRow[];
  summaries: readonly ModelSummary[];
  baselineIndex: number;
  /** Classes hidden by the threshold filter, mentioned below the table. */
  hiddenCount?: number;
  /** The newer API's status, task type and score per model, when the server speaks it. */
  training?: readonly TrainingSummary[];
}

/** Status, task type and score rows (newer API): the score's delta and best mark only where keys match. */
function trainingRows(training: readonly TrainingSummary[], baselineIndex: number) {
  const shared = sharedScore(training);
  const row = (label: string, render: (t: TrainingSummary, isBaseline: boolean) => ReactNode) => (
    <tr className={styles.summaryRow}>
      <th scope="row">{label}</th>
      {training.map((t, i) => (
        <td key={i} className={i === baselineIndex ? styles.baselineCell : undefined}>
          {render(t, i === baselineIndex)}
        </td>
      ))}
    </tr>
  );
  return (
    <>
      {row('Status', (t) => (
        <StatusBadge status={t.status} />
      ))}
      {row('Task type', (t) => (t.taskType ? TASK_TYPE_LABELS[t.taskType] : '—'))}
      {row(shared ? scoreLabel(shared.key, shared.unit) : 'Score', (t, isBaseline) => (
        <>
          {shared ? formatScore(t.scoreValue) : formatScore(t.scoreValue, t.scoreUnit)}
          {!shared && t.scoreKey && t.scoreValue != null && <span className={styles.scoreKey}> {t.scoreKey}</span>}
          {!isBaseline && t.scoreDelta != null && delta(t.scoreDelta)}
          {t.isBestScore && best}
        </>
      ))}
    </>
  );
}

const ARROWS = { up: '↑', down: '↓', same: '=' } as const;

// The cell helpers below are plain functions, not components: at 80 × 12 cells, a component per cell
// part tripled the fibers React builds for the table, for no state or effect of their own.

/** "↑ +0.034": arrow and sign carry the direction, colour only repeats it. */
function delta(value: number) {
  const direction = deltaDirection(value);
  return <span className={`${styles.delta} ${styles[direction]}`}>{`${ARROWS[direction]} ${formatDelta(value)}`}</span>;
}

const best = (
  <span className={styles.best} title="Best in this row">
    <span aria-hidden="true">★</span>
    <span className="visually-hidden">best</span>
  </span>
);

/** An AP with its delta to the baseline and whether it is the row's best: a class cell or an mAP. */
interface ApFigures {
  ap: number | null;
  delta: number | null;
  isBest: boolean;
}

/** The AP as the cell's own text beside its delta and best mark. */
function apValue({ ap, delta: change, isBest }: ApFigures, isBaseline: boolean) {
  return (
    <>
      {ap == null ? 'no AP' : formatAp(ap)}
      {!isBaseline && change != null && delta(change)}
      {isBest && best}
    </>
  );
}

function classCell(cell: ClassCell | null, isBaseline: boolean, key: number) {
  if (!cell) {
    return (
      <td key={key} className={styles.notTrained}>
        not trained
      </td>
    );
  }
  return (
    <td key={key} className={isBaseline ? `${styles.apCell} ${styles.baselineCell}` : styles.apCell}>
      {apValue(cell, isBaseline)}
    </td>
  );
}

interface SummaryRowProps {
  label: string;
  title?: string;
  /** Cells that hold an AP (bold, like the class rows). */
  isAp?: boolean;
  baselineIndex: number;
  summaries: readonly ModelSummary[];
  render: (summary: ModelSummary, isBaseline: boolean) => ReactNode;
}

function SummaryRow({ label, title, isAp = false, summaries, baselineIndex, render }: SummaryRowProps) {
  return (
    <tr className={styles.summaryRow}>
      <th scope="row" title={title}>
        {label}
      </th>
      {summaries.map((summary, i) => (
        <td
          key={i}
          className={
            [isAp && styles.apCell, i === baselineIndex && styles.baselineCell].filter(Boolean).join(' ') || undefined
          }
        >
          {render(summary, i === baselineIndex)}
        </td>
      ))}
    </tr>
  );
}

/** Per-class AP side by side: a column per model, deltas to the baseline, best per row, summary rows first. */
export function CompareTable({ models, rows, summaries, baselineIndex, hiddenCount = 0, training }: CompareTableProps) {
  const baseline = models[baselineIndex];
  // Only worth a row when some model's mAP changes once restricted to the shared classes.
  const showShared = summaries.some(
    (s) => s.sharedMap != null && s.map != null && Math.abs(s.sharedMap - s.map) > 1e-9,
  );
  const summary = (
    label: string,
    render: SummaryRowProps['render'],
    options: Pick<SummaryRowProps, 'title' | 'isAp'> = {},
  ) => <SummaryRow label={label} {...options} summaries={summaries} baselineIndex={baselineIndex} render={render} />;
  return (
    // Focusable so keyboard users can scroll a wide comparison sideways.
    <div className={styles.wrap} tabIndex={0} role="region" aria-label="Per-class AP comparison">
      <table className={styles.table} style={{ '--models': models.length } as CSSProperties}>
        <caption className={styles.caption}>
          Per-class AP. Deltas are against the baseline, {baseline?.name ?? 'the first model'} (↑ higher, ↓ lower); ★
          marks the best model in each row.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Class
            </th>
            {models.map((model, i) => (
              <th
                key={model.id}
                scope="col"
                className={styles.modelHead}
                style={{ '--model-color': model.color } as CSSProperties}
                title={model.name}
              >
                <span className={styles.headLine}>
                  <span className={styles.swatch} aria-hidden="true" />
                  <span className={styles.modelName}>{model.name}</span>
                  {i === baselineIndex && (
                    <span className={styles.baselineBadge} aria-hidden="true">
                      baseline
                    </span>
                  )}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={styles.summary}>
          {summary(
            'mAP',
            (s, isBaseline) => apValue({ ap: s.map, delta: s.mapDelta, isBest: s.isBestMap }, isBaseline),
            { isAp: true },
          )}
          {showShared &&
            summary(
              'mAP (shared classes)',
              (s, isBaseline) =>
                apValue({ ap: s.sharedMap, delta: s.sharedMapDelta, isBest: s.isBestSharedMap }, isBaseline),
              { title: 'Mean AP over the classes every compared model has an AP for', isAp: true },
            )}
          {training && trainingRows(training, baselineIndex)}
          {summary('Classes', (s) => formatCount(s.classCount))}
          {summary('Training data', (s) => formatCount(s.trainingDataCount))}
          {summary('Validation data', (s) => formatCount(s.validationDataCount))}
          {summary('Training annotations', (s) => formatCount(s.trainingAnnotations))}
          {summary('Validation annotations', (s) => formatCount(s.validationAnnotations))}
          {summary('Baseline model', (s) => s.baselineModel)}
          {summary('Trained at', (s) => formatDateTime(s.trainedAt))}
        </tbody>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={styles.classHead} title={row.label}>
                {row.label}
              </th>
              {row.cells.map((cell, i) => classCell(cell, i === baselineIndex, i))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={models.length + 1} className={styles.noRows}>
                No classes match the filter.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {hiddenCount > 0 && (
        <p className={styles.hidden}>
          {hiddenCount} {hiddenCount === 1 ? 'class is' : 'classes are'} hidden by the difference filter.
        </p>
      )}
    </div>
  );
}
