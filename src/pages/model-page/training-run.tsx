import type { ReactNode } from 'react';
import type { ModelDetail } from '../../api/models';
import { formatCount, formatDateTime, formatRelative } from '../../components/format';
import { formatScore, scoreLabel } from '../../components/model-score';
import { StatusBadge, TASK_TYPE_LABELS } from '../../components/model-status';
import styles from './training-run.module.css';

const none = <span className={styles.none}>—</span>;

/** The newer API's record of a training run (README "API generations"): status, task, score, pipeline, data. */
export function TrainingRun({ model }: { model: ModelDetail }) {
  const facts: Array<[string, ReactNode]> = [
    ['Status', <StatusBadge key="status" status={model.status} />],
    ['Task type', model.taskType ? TASK_TYPE_LABELS[model.taskType] : none],
    [
      'Score',
      model.scoreValue == null ? (
        none
      ) : (
        <>
          {model.scoreKey && <span className={styles.key}>{scoreLabel(model.scoreKey, model.scoreUnit)} </span>}
          <strong>{formatScore(model.scoreValue, model.scoreUnit)}</strong>
        </>
      ),
    ],
    [
      'Completed',
      model.completedAt ? (
        <time dateTime={model.completedAt} title={formatRelative(model.completedAt)}>
          {formatDateTime(model.completedAt)}
        </time>
      ) : (
        none
      ),
    ],
    ['Custom DAG id', model.customDagId ? <code>{model.customDagId}</code> : none],
    ['Total data', formatCount(model.totalDataCount)],
    ['Train data', formatCount(model.trainDataCount)],
    ['Validation data', formatCount(model.validationDataCount)],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <div key={label} className={styles.fact}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
