// Pieces every evaluation view shows (README "Evaluations"): the host-lacks-them notice, the score (a model's
// too), the model.
import { Link } from 'react-router';
import type { Diagnosis } from '../api/diagnoses';
import { formatScore, scoreLabel } from './model-score';
import { EmptyState } from './status';
import styles from './evaluation-parts.module.css';

/** What an evaluation route shows on a host without diagnoses (a proxied Superb AI host before SDK v1.6.4). */
export function EvaluationsUnavailable({ page = false }: { page?: boolean }) {
  return (
    <EmptyState title="Evaluations are not available on this host" page={page}>
      <p>This server records no diagnoses (evaluations), so there is nothing to list or draw here.</p>
    </EmptyState>
  );
}

/** A model's or an evaluation's score, "mAP50 (%) 88.1%", its key muted; "—" without a value. */
export function ScoreText({ score }: { score: Pick<Diagnosis, 'scoreKey' | 'scoreValue' | 'scoreUnit'> }) {
  if (score.scoreValue == null) return <span className={styles.muted}>—</span>;
  return (
    <span className={styles.score}>
      {score.scoreKey && <span className={styles.muted}>{scoreLabel(score.scoreKey, score.scoreUnit)} </span>}
      <strong>{formatScore(score.scoreValue, score.scoreUnit)}</strong>
    </span>
  );
}

/**
 * The evaluated model: a link to its page, or its id marked "model deleted" when the dataset no longer has it
 * (deleting a model keeps its diagnoses). `name` undefined: not known yet (loading), the id stands in.
 */
export function EvaluatedModel({
  datasetId,
  modelId,
  name,
}: {
  datasetId: string;
  modelId: string | null;
  /** The model's name; null: the dataset has no such model. */
  name: string | null | undefined;
}) {
  if (modelId == null) return <span className={styles.muted}>No model</span>;
  if (name === null) {
    return (
      <span className={styles.deleted}>
        <code>{modelId}</code> <span>(model deleted)</span>
      </span>
    );
  }
  return (
    <Link to={`/datasets/${encodeURIComponent(datasetId)}/models/${encodeURIComponent(modelId)}`}>
      {name ?? modelId}
    </Link>
  );
}
