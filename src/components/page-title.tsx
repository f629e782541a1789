import { useQuery } from '@tanstack/react-query';
import { datasetQueries } from '../api/datasets';

/**
 * The document title, "<page> · <dataset> · Model Catalog" (README "Dashboard"): tabs, history and
 * screen readers tell pages apart. React hoists the `<title>` into the document head.
 */
export function PageTitle({ page, datasetId }: { page: string; datasetId?: string }) {
  const datasetName = useQuery({
    ...datasetQueries.list(),
    select: (datasets) => datasets.find((d) => d.id === datasetId)?.name,
    enabled: datasetId !== undefined,
  }).data;
  return <title>{[page, datasetName, 'Model Catalog'].filter(Boolean).join(' · ')}</title>;
}
