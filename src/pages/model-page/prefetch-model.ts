import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { modelQueries } from '../../api/models.queries';
import { whenSignedIn } from '../../api/session';
import { loadAnnotationChart } from './annotation-chart-chunk';

/**
 * The detail route's loader: asks for the model while the route's chunk still loads, instead of once the
 * page has rendered; the page's useQuery then shares that request. The first chart's code loads beside it.
 * Returns at once.
 */
export const prefetchModel =
  (queryClient: QueryClient): LoaderFunction =>
  ({ params }) => {
    const model = modelQueries.detail(params.datasetId ?? '', params.modelId ?? '');
    whenSignedIn(queryClient, () => queryClient.prefetchQuery(model));
    // A failure here is not the page's: the chart's own lazy import retries and says so where the chart goes.
    loadAnnotationChart().catch(() => undefined);
    return null;
  };
