import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { ModelFilter, ModelFilterOptions, ModelOrderBy, ModelStatus, ModelTaskType } from '../../api/gql/graphql';
import type { ModelsPageParams } from '../../api/models';
import { STATUS_LABELS, TASK_TYPE_LABELS } from '../../components/model-status-labels';
import type { ChipState } from '../../components/filter-chips';
import { readValueChips, writeValueChips, type ValueChips } from '../../components/value-chips';

export const PAGE_SIZES = [10, 25, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
const DEFAULT_PAGE_SIZE: PageSize = 25;

export interface SortEntry {
  id: string;
  desc: boolean;
}

/**
 * The columns the server sorts (newer API `orderBy`), by column id; the others sort the loaded rows. Here, not
 * in ./model-columns: the route's loader reads it, and that file brings the table's code into the entry chunk.
 */
export const SERVER_ORDER: Readonly<Record<string, ModelOrderBy['field']>> = {
  name: 'name',
  created: 'createdAt',
  updated: 'updatedAt',
  completed: 'completedAt',
  score: 'scoreValue',
};

/** Everything that makes a list view shareable: reload and Back restore it from the URL. */
export interface ModelsView {
  search: string;
  exclude: string;
  pinned: ChipState;
  trained: ChipState;
  /** Newer API: status chips (`status=COMPLETED,-FAILED`). */
  status: ValueChips<ModelStatus>;
  /** Newer API: task type chips (`task=OCR`). */
  task: ValueChips<ModelTaskType>;
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

const FILTER_KEYS = ['search', 'exclude', 'pinned', 'trained', 'status', 'task'] as const;

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
    // The label maps list every value (api/schemas has them too, but would load zod on the list route).
    status: readValueChips(params.get('status'), Object.keys(STATUS_LABELS) as ModelStatus[]),
    task: readValueChips(params.get('task'), Object.keys(TASK_TYPE_LABELS) as ModelTaskType[]),
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
  writeValueChips(params, 'status', view.status);
  writeValueChips(params, 'task', view.task);
  if (view.sort.length > 0) params.set('sort', view.sort.map((s) => (s.desc ? `-${s.id}` : s.id)).join(','));
  if (view.group) params.set('group', view.group);
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  if (view.all) params.set('all', '1');
  if (view.columns) params.set('columns', view.columns.join(','));
  for (const cursor of view.cursors) params.append('cursor', cursor);
  return params;
}

const valuesIn = <T extends string>(chips: ValueChips<T>, state: 'must' | 'not') =>
  (Object.keys(chips) as T[]).filter((value) => chips[value] === state);

/**
 * The API filter for a view; null when no condition is set (the server treats null, {} and {must:{}} alike).
 * Status and task type chips count only where the server speaks the newer API (`newer`).
 */
export function toFilter(view: Pick<ModelsView, (typeof FILTER_KEYS)[number]>, newer = false): ModelFilter | null {
  const must: ModelFilterOptions = {};
  const not: ModelFilterOptions = {};
  const search = view.search.trim();
  const exclude = view.exclude.trim();
  if (search) must.nameContains = search;
  if (exclude) not.nameContains = exclude;
  if (view.pinned !== 'any') (view.pinned === 'must' ? must : not).isPinned = true;
  if (view.trained !== 'any') (view.trained === 'must' ? must : not).isTrained = true;
  if (newer) {
    for (const [options, state] of [
      [must, 'must'],
      [not, 'not'],
    ] as const) {
      const statuses = valuesIn(view.status, state);
      const tasks = valuesIn(view.task, state);
      if (statuses.length > 0) options.statusIn = statuses;
      if (tasks.length > 0) options.taskTypeIn = tasks;
    }
  }
  const filter: ModelFilter = {};
  if (Object.keys(must).length > 0) filter.must = must;
  if (Object.keys(not).length > 0) filter.not = not;
  return filter.must || filter.not ? filter : null;
}

export const hasFilter = (view: ModelsView, newer = false) => toFilter(view, newer) !== null;

/** The server's order for a view: its first sort column when the server sorts by it (newer API), else null. */
export function toOrderBy(sort: readonly SortEntry[], newer: boolean): ModelOrderBy | null {
  const [first] = sort;
  const field = first && SERVER_ORDER[first.id];
  return newer && field ? { field, direction: first.desc ? 'DESC' : 'ASC' } : null;
}

/** The page of models a view shows (outside "Load all"); orderBy only when the server sorts. */
export function pageOf(view: ModelsView, newer = false): ModelsPageParams {
  const orderBy = toOrderBy(view.sort, newer);
  return {
    filter: toFilter(view, newer),
    ...(orderBy && { orderBy }),
    cursor: view.cursors.at(-1) ?? null,
    length: view.size,
  };
}

/**
 * The list view held in the URL. Every change is a history entry, so Back undoes it. Cursors are bound
 * to dataset + filter + server order, so a change of those or of the page size starts again at page 1
 * (and leaves "Load all").
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
      const refiltered =
        FILTER_KEYS.some((key) => key in patch && JSON.stringify(patch[key]) !== JSON.stringify(current[key])) ||
        // A cursor continues only the order it came from.
        JSON.stringify(toOrderBy(next.sort, true)) !== JSON.stringify(toOrderBy(current.sort, true));
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
