import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { datasetQueries } from '../../api/datasets';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';

/** `/` opens the first dataset's model list. */
export function HomePage() {
  const datasets = useQuery(datasetQueries.list());
  if (datasets.isPending) return <PageSkeleton />;
  if (datasets.isError) return <ErrorState error={datasets.error} onRetry={() => void datasets.refetch()} />;
  const first = datasets.data[0];
  if (!first) {
    return (
      <EmptyState title="No datasets yet">
        <p>
          Create one with the SDK (<code>DatasetService.create_dataset</code>) or restart the server with{' '}
          <code>--seed demo</code>.
        </p>
      </EmptyState>
    );
  }
  return <Navigate to={`/datasets/${encodeURIComponent(first.id)}/models`} replace />;
}
