import { AuditBadge } from '../../components/audit-badge';
import { sumCounts, type ClassRow } from '../../components/class-chart-data';
import { formatCount } from '../../components/format';
import { formatAp, meanAp } from '../../components/model-metrics';
import { formatScore, scoreLabel } from '../../components/model-score';
import styles from './model-summary.module.css';

interface ModelSummaryProps {
  rows: readonly ClassRow[];
  trainingDataCount: number | null;
  validationDataCount: number | null;
  /** The newer API's model-level score, shown first when there is one. */
  score?: { scoreKey?: string | null; scoreValue?: number | null; scoreUnit?: string | null } | null;
  /** False on a host that keeps no per-class rows (a v1.4.0-era newer-API host): no class or annotation tiles. */
  classesRecorded?: boolean;
}

/** The headline figures of a model: mAP with its audit badge, classes, data and annotation totals. */
export function ModelSummary({
  rows,
  trainingDataCount,
  validationDataCount,
  score,
  classesRecorded = true,
}: ModelSummaryProps) {
  const map = meanAp(rows);
  const tiles = [
    { label: 'Classes', value: formatCount(rows.length), perClass: true },
    { label: 'Training data', value: formatCount(trainingDataCount), perClass: false },
    { label: 'Validation data', value: formatCount(validationDataCount), perClass: false },
    { label: 'Training annotations', value: formatCount(sumCounts(rows, 'training')), perClass: true },
    { label: 'Validation annotations', value: formatCount(sumCounts(rows, 'validation')), perClass: true },
  ].filter((tile) => classesRecorded || !tile.perClass);
  return (
    <dl className={styles.summary}>
      {score && (
        <div className={`${styles.tile} ${styles.primary}`}>
          <dt>{scoreLabel(score.scoreKey, score.scoreUnit)}</dt>
          <dd>
            <span className={styles.value}>{formatScore(score.scoreValue, score.scoreUnit)}</span>
          </dd>
        </div>
      )}
      {/* A training record's score stands in for a mean AP it does not have. */}
      {!(score && map == null) && (
        <div className={`${styles.tile} ${styles.primary}`}>
          <dt>mAP</dt>
          <dd>
            <span className={styles.value}>{formatAp(map)}</span>
            <AuditBadge map={map} />
          </dd>
        </div>
      )}
      {tiles.map((tile) => (
        <div key={tile.label} className={styles.tile}>
          <dt>{tile.label}</dt>
          <dd>
            <span className={styles.value}>{tile.value}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
