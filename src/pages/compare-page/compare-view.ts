// The compare page's view state lives in the URL (shareable, survives reload):
// ?ids=a,b,c&baseline=a&sort=-spread&threshold=0.05
import { defaultSort, parseSort, type ComparisonSort } from './comparison';
import { readComparedIds, type ComparedIds } from './compared-ids';

export { MAX_COMPARED } from './compared-ids';

export interface CompareView extends ComparedIds {
  baseline: string | null;
  sort: ComparisonSort;
  /** "Only classes where models differ by more than"; null = show all. */
  threshold: number | null;
}

function parseThreshold(value: string | null): number | null {
  if (value == null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? Math.min(number, 1) : null;
}

export function readCompareView(params: URLSearchParams): CompareView {
  const baseline = params.get('baseline') || null;
  return {
    ...readComparedIds(params),
    baseline,
    sort: parseSort(params.get('sort'), defaultSort(baseline)),
    threshold: parseThreshold(params.get('threshold')),
  };
}

export type CompareViewPatch = Partial<Pick<CompareView, 'baseline' | 'sort' | 'threshold'>> & {
  requestedIds?: string[];
};

/** The search string after applying `patch`; the default sort is left out and commas kept readable. */
export function writeCompareView(params: URLSearchParams, patch: CompareViewPatch): string {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  if (patch.requestedIds) set('ids', patch.requestedIds.join(','));
  if ('baseline' in patch) set('baseline', patch.baseline ?? null);
  if (patch.sort) set('sort', patch.sort === defaultSort(next.get('baseline') || null) ? null : patch.sort);
  if ('threshold' in patch) set('threshold', patch.threshold == null ? null : String(patch.threshold));
  return next.toString().replace(/%2C/gi, ',');
}
