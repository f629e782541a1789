// The newer API's rows of the comparison (README "API generations"): status, task type and the score side by side.
import type { ModelStatus, ModelTaskType } from '../../api/gql/graphql';
import type { ModelDetail } from '../../api/models';
import { sharedScore } from '../../components/model-score';

export interface TrainingSummary {
  status: ModelStatus;
  taskType: ModelTaskType | null;
  scoreKey: string | null;
  scoreValue: number | null;
  scoreUnit: string | null;
  /** Score minus the baseline's, when both score by the same key and unit. */
  scoreDelta: number | null;
  /** The highest score of models that share one key (nothing is best when keys differ). */
  isBestScore: boolean;
}

type Scored = Pick<ModelDetail, 'status' | 'taskType' | 'scoreKey' | 'scoreValue' | 'scoreUnit'>;

/** Per model: status, task type, score, and the score's delta to the baseline and best mark where comparable. */
export function summarizeTraining(models: readonly Scored[], baselineIndex: number): TrainingSummary[] {
  const comparable = sharedScore(models) !== null;
  const baseline = models[baselineIndex]?.scoreValue ?? null;
  const values = models.map((m) => m.scoreValue ?? null).filter((v): v is number => v != null);
  const max = values.length > 1 && Math.max(...values) > Math.min(...values) ? Math.max(...values) : null;
  return models.map((m) => ({
    status: m.status,
    taskType: m.taskType ?? null,
    scoreKey: m.scoreKey ?? null,
    scoreValue: m.scoreValue ?? null,
    scoreUnit: m.scoreUnit ?? null,
    scoreDelta: comparable && m.scoreValue != null && baseline != null ? m.scoreValue - baseline : null,
    isBestScore: comparable && max !== null && m.scoreValue === max,
  }));
}
