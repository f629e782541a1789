import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { modelQueries } from '../../api/models.queries';
import { whenSignedIn } from '../../api/session';

/**
 * The detail route's loader: asks for the model while the route's chunk still loads, instead of once the
 * page has rendered; the page's useQuery then shares that request. Returns at once.
 */
export const prefetchModel =
  (queryClient: QueryClient): LoaderFunction =>
  ({ params }) => {
    const model = modelQueries.detail(params.datasetId ?? '', params.modelId ?? '');
    whenSignedIn(queryClient, () => queryClient.prefetchQuery(model));
    return null;
  };
