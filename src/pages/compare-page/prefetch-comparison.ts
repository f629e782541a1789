import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { modelQueries } from '../../api/models.queries';
import { whenSignedIn } from '../../api/session';
import { loadCompareChart } from './compare-chart-chunk';
import { readComparedIds } from './compared-ids';

/**
 * The compare route's loader, run on arrival: asks for the compared models (one batched request) and the
 * chart's code while the page's chunk still loads, instead of once the page has rendered; the page's
 * queries then share that request. Models already cached are not asked again. Returns at once.
 * In the entry chunk (small: the id rules and the chart's loader), so the request leaves as the router
 * starts rather than after a chunk of its own has loaded.
 */
export function prefetchComparison(queryClient: QueryClient, { params, request }: LoaderFunctionArgs): null {
  const datasetId = params.datasetId ?? '';
  const { ids } = readComparedIds(new URL(request.url).searchParams);
  if (ids.length === 0) return null;
  whenSignedIn(queryClient, () => queryClient.prefetchQuery(modelQueries.byIds(datasetId, ids)));
  void loadCompareChart().catch(() => undefined); // the page retries and reports a failure
  return null;
}
