// Comparison math for the compare page: one row per class over the union of all models' classes,
// AP deltas against a baseline model, best per row, sorting and the "models differ by more than" filter.
import type { ModelDetail, TrainClass } from '../../api/models';
import { meanAp } from '../../components/model-metrics';

export type ComparedModel = Pick<
  ModelDetail,
  | 'id'
  | 'name'
  | 'trainingClasses'
  | 'baselineModel'
  | 'trainingDataCount'
  | 'validationDataCount'
  | 'trainedAt'
  | 'isPinned'
>;

/** A compared model as the views label it: its colour is fixed by its position in the comparison. */
export interface CompareColumn {
  id: string;
  name: string;
  color: string;
}

/** Differences smaller than this show as 0.000 on screen, so they count as "no change". */
export const AP_EPSILON = 0.0005;

/** A model's entry for one class; `null` in a row means the model was not trained on the class. */
export interface ClassCell {
  ap: number | null;
  /** AP minus the baseline's AP; null when either side has no AP. */
  delta: number | null;
  isBest: boolean;
  trainingAnnotationsCount: number | null;
  validationAnnotationsCount: number | null;
}

export interface ComparisonRow {
  /** Name + annotation type: "car" boxes and "car" polygons are different classes. */
  key: string;
  name: string;
  annotationType: string | null;
  /** The name, with the annotation type when the name alone is ambiguous. */
  label: string;
  /** One entry per compared model, in model order. */
  cells: Array<ClassCell | null>;
  baselineAp: number | null;
  /** Highest minus lowest AP; null when fewer than two models have an AP. */
  spread: number | null;
  /** Most negative delta of a non-baseline model; null when there is none. */
  worstDelta: number | null;
}

export const classKey = (c: Pick<TrainClass, 'class' | 'annotationType'>) =>
  `${c.class}\u001f${c.annotationType ?? ''}`;

export type DeltaDirection = 'up' | 'down' | 'same';

export function deltaDirection(delta: number): DeltaDirection {
  if (delta >= AP_EPSILON) return 'up';
  if (delta <= -AP_EPSILON) return 'down';
  return 'same';
}

/** "+0.034", "-0.021", "±0.000" (differences that round away). */
export function formatDelta(delta: number): string {
  if (deltaDirection(delta) === 'same') return '±0.000';
  return `${delta > 0 ? '+' : '-'}${Math.abs(delta).toFixed(3)}`;
}

/** Marks the highest values; nothing is "best" when fewer than two values exist or all are equal. */
function bestFlags(values: Array<number | null>): boolean[] {
  const numbers = values.filter((v): v is number => v != null);
  if (numbers.length < 2) return values.map(() => false);
  const max = Math.max(...numbers);
  if (max - Math.min(...numbers) < AP_EPSILON) return values.map(() => false);
  return values.map((v) => v != null && max - v < AP_EPSILON);
}

function spreadOf(values: Array<number | null>): number | null {
  const numbers = values.filter((v): v is number => v != null);
  return numbers.length < 2 ? null : Math.max(...numbers) - Math.min(...numbers);
}

interface ClassEntry {
  key: string;
  name: string;
  annotationType: string | null;
  byModel: Array<TrainClass | undefined>;
}

/** The union of classes in first-seen order; a model listing the same class twice keeps its first entry. */
function unionOfClasses(models: readonly ComparedModel[]): ClassEntry[] {
  const entries = new Map<string, ClassEntry>();
  models.forEach((model, modelIndex) => {
    for (const trainClass of model.trainingClasses) {
      const key = classKey(trainClass);
      let entry = entries.get(key);
      if (!entry) {
        entry = {
          key,
          name: trainClass.class,
          annotationType: trainClass.annotationType,
          byModel: models.map(() => undefined),
        };
        entries.set(key, entry);
      }
      entry.byModel[modelIndex] ??= trainClass;
    }
  });
  return [...entries.values()];
}

/** One row per class of any model; `baselineIndex` points into `models`. */
export function buildComparisonRows(models: readonly ComparedModel[], baselineIndex: number): ComparisonRow[] {
  const entries = unionOfClasses(models);
  const typesPerName = new Map<string, number>();
  for (const entry of entries) typesPerName.set(entry.name, (typesPerName.get(entry.name) ?? 0) + 1);

  return entries.map((entry) => {
    const aps = entry.byModel.map((c) => c?.ap ?? null);
    const baselineAp = aps[baselineIndex] ?? null;
    const best = bestFlags(aps);
    const cells = entry.byModel.map((c, i): ClassCell | null =>
      c
        ? {
            ap: c.ap,
            delta: c.ap != null && baselineAp != null ? c.ap - baselineAp : null,
            isBest: best[i] ?? false,
            trainingAnnotationsCount: c.trainingAnnotationsCount,
            validationAnnotationsCount: c.validationAnnotationsCount,
          }
        : null,
    );
    const deltas = cells
      .filter((_, i) => i !== baselineIndex)
      .map((c) => c?.delta)
      .filter((d): d is number => d != null);
    const ambiguous = (typesPerName.get(entry.name) ?? 0) > 1;
    return {
      key: entry.key,
      name: entry.name,
      annotationType: entry.annotationType,
      label: ambiguous ? `${entry.name} (${entry.annotationType ?? 'no type'})` : entry.name,
      cells,
      baselineAp,
      spread: spreadOf(aps),
      worstDelta: deltas.length > 0 ? Math.min(...deltas) : null,
    };
  });
}

export type SortField = 'name' | 'baseline' | 'spread' | 'delta';
/** As in the URL: the field, with a leading "-" for descending (`-baseline`). */
export type ComparisonSort = SortField | `-${SortField}`;

export const SORT_FIELDS: ReadonlyArray<{ field: SortField; label: string; defaultSort: ComparisonSort }> = [
  // Ascending: the largest drop (most negative delta) first. Listed first: the default once a baseline is chosen.
  { field: 'delta', label: 'Worst delta', defaultSort: 'delta' },
  { field: 'name', label: 'Name', defaultSort: 'name' },
  { field: 'baseline', label: 'Baseline AP', defaultSort: '-baseline' },
  { field: 'spread', label: 'Spread', defaultSort: '-spread' },
];

/** The sort a `sort=` value names, or `fallback` when it names none. */
export function parseSort(value: string | null | undefined, fallback: ComparisonSort = 'name'): ComparisonSort {
  const field = value?.replace(/^-/, '');
  return SORT_FIELDS.some((f) => f.field === field) ? (value as ComparisonSort) : fallback;
}

/** Without a chosen sort: the worst delta first once a baseline is chosen, else by name. */
export const defaultSort = (baseline: string | null): ComparisonSort => (baseline ? 'delta' : 'name');

const SORT_DESCRIPTIONS: Record<ComparisonSort, string> = {
  name: 'by name, A to Z',
  '-name': 'by name, Z to A',
  baseline: 'lowest baseline AP first',
  '-baseline': 'highest baseline AP first',
  spread: 'smallest spread first',
  '-spread': 'largest spread first',
  delta: 'worst delta first',
  '-delta': 'best delta first',
};

/** How the classes are ordered, in words ("worst delta first"). */
export const describeSort = (sort: ComparisonSort): string => SORT_DESCRIPTIONS[sort];

export const sortField = (sort: ComparisonSort) => sort.replace(/^-/, '') as SortField;
export const isDescending = (sort: ComparisonSort) => sort.startsWith('-');

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const numericValue: Record<Exclude<SortField, 'name'>, (row: ComparisonRow) => number | null> = {
  baseline: (row) => row.baselineAp,
  spread: (row) => row.spread,
  delta: (row) => row.worstDelta,
};

/** Sorted copy; rows without a value for the field go last in either direction, ties by label. */
export function sortComparisonRows(rows: readonly ComparisonRow[], sort: ComparisonSort): ComparisonRow[] {
  const field = sortField(sort);
  const sign = isDescending(sort) ? -1 : 1;
  const byLabel = (a: ComparisonRow, b: ComparisonRow) => collator.compare(a.label, b.label);
  if (field === 'name') return [...rows].sort((a, b) => sign * byLabel(a, b));
  const value = numericValue[field];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va == null || vb == null) return va == null && vb == null ? byLabel(a, b) : va == null ? 1 : -1;
    return sign * (va - vb) || byLabel(a, b);
  });
}

/**
 * "Only classes where models differ by more than `threshold`": a row stays when its spread exceeds it.
 * Rows with fewer than two APs have no spread and are hidden while a threshold is set.
 */
export function filterBySpread(rows: readonly ComparisonRow[], threshold: number | null): ComparisonRow[] {
  if (threshold == null) return [...rows];
  // The tolerance keeps 0.3 from counting as more than 0.3 after floating-point subtraction.
  return rows.filter((row) => row.spread != null && row.spread > threshold + 1e-9);
}

export interface ModelSummary {
  map: number | null;
  mapDelta: number | null;
  isBestMap: boolean;
  /** mAP over the classes every compared model has an AP for: the fair comparison. */
  sharedMap: number | null;
  sharedMapDelta: number | null;
  isBestSharedMap: boolean;
  classCount: number;
  trainingDataCount: number | null;
  validationDataCount: number | null;
  trainingAnnotations: number | null;
  validationAnnotations: number | null;
  baselineModel: string | null;
  trainedAt: string | null;
}

function sumOrNull(values: Array<number | null>): number | null {
  const numbers = values.filter((v): v is number => v != null);
  return numbers.length === 0 ? null : numbers.reduce((sum, v) => sum + v, 0);
}

const deltaTo = (value: number | null, baseline: number | null | undefined) =>
  value != null && baseline != null ? value - baseline : null;

/** Per-model figures for the summary rows of the comparison table. */
export function summarizeModels(
  models: readonly ComparedModel[],
  rows: readonly ComparisonRow[],
  baselineIndex: number,
): ModelSummary[] {
  const shared = rows.filter((row) => row.cells.every((c) => c?.ap != null));
  const maps = models.map((m) => meanAp(m.trainingClasses));
  const sharedMaps = models.map((_, i) => meanAp(shared.map((row) => ({ ap: row.cells[i]?.ap }))));
  const bestMap = bestFlags(maps);
  const bestShared = bestFlags(sharedMaps);
  return models.map((model, i) => {
    const map = maps[i] ?? null;
    const sharedMap = sharedMaps[i] ?? null;
    return {
      map,
      mapDelta: deltaTo(map, maps[baselineIndex]),
      isBestMap: bestMap[i] ?? false,
      sharedMap,
      sharedMapDelta: deltaTo(sharedMap, sharedMaps[baselineIndex]),
      isBestSharedMap: bestShared[i] ?? false,
      classCount: model.trainingClasses.length,
      trainingDataCount: model.trainingDataCount,
      validationDataCount: model.validationDataCount,
      trainingAnnotations: sumOrNull(model.trainingClasses.map((c) => c.trainingAnnotationsCount)),
      validationAnnotations: sumOrNull(model.trainingClasses.map((c) => c.validationAnnotationsCount)),
      baselineModel: model.baselineModel,
      trainedAt: model.trainedAt,
    };
  });
}

/** The comparison table as CSV cells: AP and delta per model, "not trained" spelled out. */
export function comparisonCsv(
  models: readonly ComparedModel[],
  rows: readonly ComparisonRow[],
  summaries: readonly ModelSummary[],
): { header: string[]; rows: Array<Array<string | number | null>> } {
  const header = ['Class', 'Annotation type', ...models.flatMap((m) => [`${m.name} AP`, `${m.name} delta`])];
  const round = (v: number | null) => (v == null ? null : Number(v.toFixed(4)));
  return {
    header,
    rows: [
      ['mAP (all classes)', null, ...summaries.flatMap((s) => [round(s.map), round(s.mapDelta)])],
      ['mAP (shared classes)', null, ...summaries.flatMap((s) => [round(s.sharedMap), round(s.sharedMapDelta)])],
      ...rows.map((row) => [
        row.name,
        row.annotationType,
        ...row.cells.flatMap((cell): Array<string | number | null> =>
          cell ? [round(cell.ap), round(cell.delta)] : ['not trained', null],
        ),
      ]),
    ],
  };
}
