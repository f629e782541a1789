import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useParams } from 'react-router';
import { datasetQueries } from '../../api/datasets';
import { EmptyState } from '../../components/status';

/**
 * `/datasets/:datasetId/*`: the dataset's pages, or "Dataset not found" for an id the API does not know.
 * Reads the list the header's switcher loads anyway; pages render meanwhile, so nothing waits for it.
 */
export function DatasetRoute() {
  const { datasetId = '' } = useParams();
  const datasets = useQuery(datasetQueries.list());
  if (datasets.data && !datasets.data.some((dataset) => dataset.id === datasetId)) {
    return (
      <EmptyState title="Dataset not found">
        <title>Dataset not found · Model Catalog</title>
        <p>
          There is no dataset <code>{datasetId}</code>. It may have been deleted, or the link is mistyped.
        </p>
        <Link to="/">Back to the catalog</Link>
      </EmptyState>
    );
  }
  return <Outlet />;
}
