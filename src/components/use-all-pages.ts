import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Asks for the next page of an infinite query, page after page while `enabled`, until the last one; it
 * stops at an error (the page offers Retry) and goes on from where it was when enabled again.
 */
export function useAllPages(query: UseInfiniteQueryResult, enabled: boolean) {
  // dataUpdatedAt changes with every page that lands, so the effect runs again for the next one.
  const { hasNextPage, isFetching, isError, fetchNextPage, dataUpdatedAt } = query;
  useEffect(() => {
    if (enabled && hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [enabled, hasNextPage, isFetching, isError, fetchNextPage, dataUpdatedAt]);
}
