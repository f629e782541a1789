import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { capabilitiesQueryOptions } from '../../api/capabilities';
import { modelQueries } from '../../api/models.queries';
import { whenSignedIn } from '../../api/session';
import { pageOf, readView } from './url-state';

/**
 * The list route's loader: asks for the server's capabilities, then the page of models in the URL, while the route's chunk still loads,
 * instead of once the page has rendered; the page's useQuery then shares that request. It returns at once,
 * so it never holds up the navigation.
 */
export const prefetchModelsPage =
  (queryClient: QueryClient): LoaderFunction =>
  ({ params, request }) => {
    const view = readView(new URL(request.url).searchParams);
    // The page asked for depends on what the server speaks (newer API: orderBy, status and task filters).
    whenSignedIn(queryClient, async () => {
      const { newerGeneration } = await queryClient.ensureQueryData(capabilitiesQueryOptions());
      await queryClient.prefetchQuery(modelQueries.list(params.datasetId ?? '', pageOf(view, newerGeneration)));
    });
    return null;
  };
