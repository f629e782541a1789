import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { modelQueries } from '../api/models';
import { EmptyState, ErrorState, PageSkeleton } from '../components/status';

/** Placeholder list: model names of the dataset (the full table is its own issue). */
export function ModelsPage() {
  const { datasetId = '' } = useParams();
  const models = useQuery(modelQueries.list(datasetId, { filter: null, cursor: null, length: 50 }));
  if (models.isPending) return <PageSkeleton />;
  if (models.isError) return <ErrorState error={models.error} onRetry={() => void models.refetch()} />;
  return (
    <section>
      <h1>Models</h1>
      <p>{models.data.totalCount} models</p>
      {models.data.models.length === 0 ? (
        <EmptyState title="No models yet" />
      ) : (
        <ul>
          {models.data.models.map((model) => (
            <li key={model.id}>
              <Link to={model.id}>{model.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
