import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { modelQueries } from '../../api/models.queries';
import { whenSignedIn } from '../../api/session';
import { pageOf, readView } from './url-state';

/**
 * The list route's loader: asks for the page of models in the URL while the route's chunk still loads,
 * instead of once the page has rendered; the page's useQuery then shares that request. It returns at once,
 * so it never holds up the navigation.
 */
export const prefetchModelsPage =
  (queryClient: QueryClient): LoaderFunction =>
  ({ params, request }) => {
    const page = modelQueries.list(params.datasetId ?? '', pageOf(readView(new URL(request.url).searchParams)));
    whenSignedIn(queryClient, () => queryClient.prefetchQuery(page));
    return null;
  };
