// The Evaluations list's view lives in the URL like the model list's (README "Evaluations"):
// ?q=night&status=COMPLETED,-FAILED&sort=-score&size=25&cursor=…
import { useSearchParams } from 'react-router';
import type { DiagnosesPageParams, DiagnosisFilter, DiagnosisStatus } from '../../api/diagnoses';
import type { DiagnosisFilterOptions } from '../../api/gql/graphql';
import { STATUS_LABELS } from '../../components/model-status-labels';
import { readValueChips, writeValueChips, type ValueChips } from '../../components/value-chips';

export const PAGE_SIZES = [10, 25, 50] as const;
const DEFAULT_PAGE_SIZE = 25;

/** A diagnosis has every model status but Preparing (newer-api.md §4.1). */
export const DIAGNOSIS_STATUS_LABELS: Record<DiagnosisStatus, string> = {
  PENDING: STATUS_LABELS.PENDING,
  IN_PROGRESS: STATUS_LABELS.IN_PROGRESS,
  COMPLETED: STATUS_LABELS.COMPLETED,
  FAILED: STATUS_LABELS.FAILED,
};

/** `score`: lowest first, `-score`: highest first, null: the server's default, newest first. */
export type EvaluationsSort = 'score' | '-score' | null;

export interface EvaluationsView {
  /** Name contains (case-insensitive). */
  search: string;
  status: ValueChips<DiagnosisStatus>;
  sort: EvaluationsSort;
  size: number;
  /** Cursors of the pages before this one: the stack "Previous" pops. */
  cursors: string[];
}

export function readEvaluationsView(params: URLSearchParams): EvaluationsView {
  const sort = params.get('sort');
  const size = Number(params.get('size'));
  return {
    search: params.get('q') ?? '',
    status: readValueChips(params.get('status'), Object.keys(DIAGNOSIS_STATUS_LABELS) as DiagnosisStatus[]),
    sort: sort === 'score' || sort === '-score' ? sort : null,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    cursors: params.getAll('cursor'),
  };
}

export function writeEvaluationsView(view: EvaluationsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  writeValueChips(params, 'status', view.status);
  if (view.sort) params.set('sort', view.sort);
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  for (const cursor of view.cursors) params.append('cursor', cursor);
  return params;
}

const statusesIn = (chips: ValueChips<DiagnosisStatus>, state: 'must' | 'not') =>
  (Object.keys(chips) as DiagnosisStatus[]).filter((status) => chips[status] === state);

/** The API page a view asks for; a filter of no condition is null. */
export function evaluationsPage(view: EvaluationsView): DiagnosesPageParams {
  const must: DiagnosisFilterOptions = {};
  const not: DiagnosisFilterOptions = {};
  const search = view.search.trim();
  if (search) must.nameContains = search;
  const wanted = statusesIn(view.status, 'must');
  const unwanted = statusesIn(view.status, 'not');
  if (wanted.length > 0) must.statusIn = wanted;
  if (unwanted.length > 0) not.statusIn = unwanted;
  const filter: DiagnosisFilter | null =
    Object.keys(must).length + Object.keys(not).length > 0
      ? { ...(Object.keys(must).length > 0 && { must }), ...(Object.keys(not).length > 0 && { not }) }
      : null;
  return {
    filter,
    orderBy: view.sort ? { field: 'scoreValue', direction: view.sort === '-score' ? 'DESC' : 'ASC' } : null,
    cursor: view.cursors.at(-1) ?? null,
    length: view.size,
  };
}

/** The view and its setter: a filter, sort or size change starts again at page 1. */
export function useEvaluationsView(): [EvaluationsView, (patch: Partial<EvaluationsView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = readEvaluationsView(params);
  const update = (patch: Partial<EvaluationsView>) => {
    const next = { ...view, ...patch };
    if (!('cursors' in patch)) next.cursors = [];
    setParams(writeEvaluationsView(next), { replace: !('cursors' in patch), preventScrollReset: true });
  };
  return [view, update];
}
