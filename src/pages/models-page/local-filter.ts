import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ModelFilter, ModelFilterOptions, ModelOrderBy } from '../../api/gql/graphql';
import { isAllPagesKey, modelKeys, type ModelListItem } from '../../api/models';
import type { ModelsPageData } from '../../api/models.queries';

// The list's filters applied to models already in the browser, by the server's rules (README §12:
// case-insensitive substring on the name; a model meeting any `not` condition is left out). The server stays
// the source of truth: these rows only stand in until its answer for the filter arrives.

type Options = Pick<ModelFilterOptions, 'nameContains' | 'isPinned' | 'isTrained' | 'statusIn' | 'taskTypeIn'>;
const KNOWN_OPTIONS = new Set<string>(['nameContains', 'isPinned', 'isTrained', 'statusIn', 'taskTypeIn']);

/** For each condition set on one side (must or not): whether the model meets it. */
function conditionsMet(model: ModelListItem, options: Options): boolean[] {
  const met: boolean[] = [];
  if (options.nameContains) met.push(model.name.toLowerCase().includes(options.nameContains.toLowerCase()));
  if (options.isPinned != null) met.push(model.isPinned === options.isPinned);
  if (options.isTrained != null) met.push(model.isTrained === options.isTrained);
  if (options.statusIn) met.push(model.status != null && options.statusIn.includes(model.status));
  if (options.taskTypeIn) met.push(model.taskType != null && options.taskTypeIn.includes(model.taskType));
  return met;
}

/** True when the model meets every `must` condition and no `not` one. */
export function matchesFilter(model: ModelListItem, filter: ModelFilter | null): boolean {
  return (
    conditionsMet(model, filter?.must ?? {}).every(Boolean) && !conditionsMet(model, filter?.not ?? {}).some(Boolean)
  );
}

/** True when only conditions matchesFilter knows are set (the list's chips and fields). */
const isLocal = (options: ModelFilterOptions | null | undefined) =>
  Object.entries(options ?? {}).every(([key, value]) => value == null || KNOWN_OPTIONS.has(key));

const lower = (text: string | null | undefined) => (text ?? '').toLowerCase();
const subset = <T>(inner: readonly T[] | null | undefined, outer: readonly T[] | null | undefined) =>
  outer == null || (inner != null && inner.every((value) => outer.includes(value)));

/**
 * True when every model `filter` lets through also passes `wider`: then the models loaded for `wider`
 * hold all of `filter`'s matches. Conservative: a case it cannot tell is false.
 */
export function narrows(filter: ModelFilter | null, wider: ModelFilter | null): boolean {
  if (![filter?.must, filter?.not, wider?.must, wider?.not].every(isLocal)) return false;
  const must: Options = filter?.must ?? {};
  const not: Options = filter?.not ?? {};
  const wideMust: Options = wider?.must ?? {};
  const wideNot: Options = wider?.not ?? {};
  return (
    (!wideMust.nameContains || lower(must.nameContains).includes(lower(wideMust.nameContains))) &&
    (wideMust.isPinned == null || must.isPinned === wideMust.isPinned) &&
    (wideMust.isTrained == null || must.isTrained === wideMust.isTrained) &&
    subset(must.statusIn, wideMust.statusIn) &&
    subset(must.taskTypeIn, wideMust.taskTypeIn) &&
    // A name `wider` leaves out contains what `filter` leaves out, so `filter` leaves it out too.
    (!wideNot.nameContains || (!!not.nameContains && lower(wideNot.nameContains).includes(lower(not.nameContains)))) &&
    (wideNot.isPinned == null || not.isPinned === wideNot.isPinned) &&
    (wideNot.isTrained == null || not.isTrained === wideNot.isTrained) &&
    subset(wideNot.statusIn ?? [], not.statusIn ?? []) &&
    subset(wideNot.taskTypeIn ?? [], not.taskTypeIn ?? [])
  );
}

type AllPages = InfiniteData<ModelsPageData, string | null>;

/**
 * The models of `filter` in the server's `orderBy` order, from a complete "Load all" list in the cache whose
 * filter is wider; undefined when no such list is loaded.
 */
export function loadedMatches(
  queryClient: QueryClient,
  datasetId: string,
  filter: ModelFilter | null,
  orderBy: ModelOrderBy | null,
): ModelListItem[] | undefined {
  const lists = queryClient.getQueriesData<AllPages>({
    queryKey: modelKeys.lists(datasetId),
    predicate: (query) => isAllPagesKey(query.queryKey),
  });
  for (const [key, data] of lists) {
    const [, , , , wider, order] = key as ReturnType<typeof modelKeys.allPages>;
    const complete = data !== undefined && data.pages.length > 0 && !data.pages.at(-1)?.next;
    if (complete && JSON.stringify(order) === JSON.stringify(orderBy) && narrows(filter, wider)) {
      return data.pages.flatMap((page) => page.models).filter((model) => matchesFilter(model, filter));
    }
  }
  return undefined;
}

/**
 * Page one of `filter` as the server would answer it, from a wider "Load all" list the browser already holds
 * (see loadedMatches); undefined when there is none. The same object while the filter stays the same.
 */
export function useLoadedFirstPage(
  datasetId: string,
  filter: ModelFilter | null,
  orderBy: ModelOrderBy | null,
  length: number,
): ModelsPageData | undefined {
  const queryClient = useQueryClient();
  const key = JSON.stringify([filter, orderBy]);
  return useMemo(() => {
    const [parsedFilter, parsedOrder] = JSON.parse(key) as [ModelFilter | null, ModelOrderBy | null];
    const matches = loadedMatches(queryClient, datasetId, parsedFilter, parsedOrder);
    return matches && { models: matches.slice(0, length), next: null, totalCount: matches.length };
  }, [queryClient, datasetId, key, length]);
}
