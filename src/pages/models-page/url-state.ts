import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { ModelFilter, ModelFilterOptions } from '../../api/gql/graphql';
import type { ModelsPageParams } from '../../api/models';
import type { ChipState } from './filter-chips';

export const PAGE_SIZES = [10, 25, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
const DEFAULT_PAGE_SIZE: PageSize = 25;

export interface SortEntry {
  id: string;
  desc: boolean;
}

/** Everything that makes a list view shareable: reload and Back restore it from the URL. */
export interface ModelsView {
  search: string;
  exclude: string;
  pinned: ChipState;
  trained: ChipState;
  sort: SortEntry[];
  group: string | null;
  size: PageSize;
  /** Cursors of the pages before this one: the stack "Previous" pops. */
  cursors: string[];
  /** "Load all": the whole filtered list instead of one page. */
  all: boolean;
  /** The optional columns shown (`columns=baseline,map`); null: not in the URL, the remembered choice. */
  columns: string[] | null;
}

const FILTER_KEYS = ['search', 'exclude', 'pinned', 'trained'] as const;

const CHIP_PARAM: Record<Exclude<ChipState, 'any'>, string> = { must: 'yes', not: 'no' };

function readChip(value: string | null): ChipState {
  if (value === CHIP_PARAM.must) return 'must';
  if (value === CHIP_PARAM.not) return 'not';
  return 'any';
}

function readSize(value: string | null): PageSize {
  return PAGE_SIZES.find((size) => String(size) === value) ?? DEFAULT_PAGE_SIZE;
}

/** `sort=name,-map`: a leading minus means descending. */
function readSort(value: string | null): SortEntry[] {
  if (!value) return [];
  return value
    .split(',')
    .filter(Boolean)
    .map((token) => (token.startsWith('-') ? { id: token.slice(1), desc: true } : { id: token, desc: false }));
}

export function readView(params: URLSearchParams): ModelsView {
  return {
    search: params.get('q') ?? '',
    exclude: params.get('exclude') ?? '',
    pinned: readChip(params.get('pinned')),
    trained: readChip(params.get('trained')),
    sort: readSort(params.get('sort')),
    group: params.get('group') || null,
    size: readSize(params.get('size')),
    cursors: params.getAll('cursor'),
    all: params.get('all') === '1',
    columns: params.has('columns') ? (params.get('columns') ?? '').split(',').filter(Boolean) : null,
  };
}

export function writeView(view: ModelsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.exclude) params.set('exclude', view.exclude);
  if (view.pinned !== 'any') params.set('pinned', CHIP_PARAM[view.pinned]);
  if (view.trained !== 'any') params.set('trained', CHIP_PARAM[view.trained]);
  if (view.sort.length > 0) params.set('sort', view.sort.map((s) => (s.desc ? `-${s.id}` : s.id)).join(','));
  if (view.group) params.set('group', view.group);
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  if (view.all) params.set('all', '1');
  if (view.columns) params.set('columns', view.columns.join(','));
  for (const cursor of view.cursors) params.append('cursor', cursor);
  return params;
}

/** The API filter for a view; null when no condition is set (the server treats null, {} and {must:{}} alike). */
export function toFilter(view: Pick<ModelsView, (typeof FILTER_KEYS)[number]>): ModelFilter | null {
  const must: ModelFilterOptions = {};
  const not: ModelFilterOptions = {};
  const search = view.search.trim();
  const exclude = view.exclude.trim();
  if (search) must.nameContains = search;
  if (exclude) not.nameContains = exclude;
  if (view.pinned !== 'any') (view.pinned === 'must' ? must : not).isPinned = true;
  if (view.trained !== 'any') (view.trained === 'must' ? must : not).isTrained = true;
  const filter: ModelFilter = {};
  if (Object.keys(must).length > 0) filter.must = must;
  if (Object.keys(not).length > 0) filter.not = not;
  return filter.must || filter.not ? filter : null;
}

export const hasFilter = (view: ModelsView) => toFilter(view) !== null;

/** The page of models a view shows (outside "Load all"). */
export const pageOf = (view: ModelsView): ModelsPageParams => ({
  filter: toFilter(view),
  cursor: view.cursors.at(-1) ?? null,
  length: view.size,
});

/**
 * The list view held in the URL. Every change is a history entry, so Back undoes it. Cursors are bound
 * to dataset + filter, so a filter or page-size change starts again at page 1 (and leaves "Load all").
 */
export function useModelsView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  // Two updates in one frame (a debounced search landing next to a click) must build on each other,
  // so updates start from the last URL written, not from the one this render saw.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (patch: Partial<ModelsView>) => {
      const current = readView(latest.current);
      const next = { ...current, ...patch };
      const refiltered = FILTER_KEYS.some((key) => key in patch && patch[key] !== current[key]);
      if (refiltered || ('size' in patch && patch.size !== current.size)) {
        next.cursors = [];
        next.all = false;
      }
      const nextParams = writeView(next);
      // An unchanged view must not add a history entry (a debounced commit may repeat).
      if (nextParams.toString() === writeView(current).toString()) return;
      latest.current = nextParams;
      setParams(nextParams);
    },
    [setParams],
  );
  return [view, update] as const;
}
