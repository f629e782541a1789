import type { ModelDetail } from '../../api/models';
import { ScoreText } from '../../components/evaluation-parts';
import { FactList, FactTime, noValue, type Fact } from '../../components/fact-list';
import { formatCount } from '../../components/format';
import { StatusBadge, TASK_TYPE_LABELS } from '../../components/model-status';

/** The newer API's record of a training run (README "API generations"): status, task, score, pipeline, data. */
export function TrainingRun({ model }: { model: ModelDetail }) {
  const facts: Fact[] = [
    ['Status', <StatusBadge key="status" status={model.status} />],
    ['Task type', model.taskType ? TASK_TYPE_LABELS[model.taskType] : noValue],
    ['Score', <ScoreText key="score" score={model} />],
    ['Completed', <FactTime key="completed" at={model.completedAt} />],
    ['Custom DAG id', model.customDagId ? <code>{model.customDagId}</code> : noValue],
    ['Total data', formatCount(model.totalDataCount)],
    ['Train data', formatCount(model.trainDataCount)],
    ['Validation data', formatCount(model.validationDataCount)],
  ];
  return <FactList facts={facts} />;
}
