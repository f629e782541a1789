import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { diagnosisQueries } from '../../api/diagnoses';
import { evaluationsPath } from '../../components/evaluations';
import { EvaluationsTable } from '../../components/evaluations-table';
import { ErrorState, PageSkeleton } from '../../components/status';
import styles from './model-page.module.css';

/** The diagnoses linked to one model (README "Evaluations"): the dataset's, walked page by page and filtered here. */
export function ModelEvaluations({
  datasetId,
  modelId,
  modelName,
}: {
  datasetId: string;
  modelId: string;
  modelName: string;
}) {
  const evaluations = useQuery(diagnosisQueries.ofModels(datasetId, [modelId]));
  if (evaluations.isPending) return <PageSkeleton rows={3} />;
  if (evaluations.isError) return <ErrorState error={evaluations.error} onRetry={() => void evaluations.refetch()} />;
  if (evaluations.data.length === 0) {
    return (
      <p className={styles.muted}>
        No evaluation names this model yet. <Link to={evaluationsPath(datasetId)}>All evaluations of the dataset</Link>
      </p>
    );
  }
  return <EvaluationsTable label={`Evaluations of ${modelName}`} datasetId={datasetId} diagnoses={evaluations.data} />;
}
