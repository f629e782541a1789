import type { Dataset } from '../datasets';
import type { Diagnosis } from '../diagnoses';
import type { HistoryEvent } from '../history';
import type { ModelFilterOptions, ModelFilter, ModelOrderBy } from '../gql/graphql';
import type { ModelDetail } from '../models';
import type { Slice } from '../slices';
import { resetFactories } from './factories';
import { resetMockReports } from './reports';

/** In-memory data behind the msw handlers; tests fill it with the factories and reset it after each test. */
export const mockDb = {
  datasets: [] as Dataset[],
  slices: [] as Slice[],
  models: [] as ModelDetail[],
  /** Newest first, every dataset's (each event's modelId says whose). */
  history: [] as Array<HistoryEvent & { datasetId: string }>,
  /** Evaluations (README "Evaluations"), oldest first. */
  diagnoses: [] as Diagnosis[],
};

export function resetMockDb() {
  mockDb.datasets = [];
  mockDb.slices = [];
  mockDb.models = [];
  mockDb.history = [];
  mockDb.diagnoses = [];
  resetFactories();
  resetMockReports();
}

function matchesAll(model: ModelDetail, options: ModelFilterOptions) {
  const name = options.nameContains?.toLowerCase();
  if (name && !model.name.toLowerCase().includes(name)) return false;
  if (options.idIn != null && !options.idIn.includes(model.id)) return false;
  if (options.isPinned != null && model.isPinned !== options.isPinned) return false;
  if (options.isTrained != null && model.isTrained !== options.isTrained) return false;
  if (options.statusIn != null && !options.statusIn.includes(model.status)) return false;
  if (options.taskTypeIn != null && (model.taskType == null || !options.taskTypeIn.includes(model.taskType)))
    return false;
  return true;
}

function matchesAny(model: ModelDetail, options: ModelFilterOptions) {
  const name = options.nameContains?.toLowerCase();
  if (name && model.name.toLowerCase().includes(name)) return true;
  if (options.idIn != null && options.idIn.includes(model.id)) return true;
  if (options.isPinned != null && model.isPinned === options.isPinned) return true;
  if (options.isTrained != null && model.isTrained === options.isTrained) return true;
  if (options.statusIn?.includes(model.status)) return true;
  if (model.taskType != null && options.taskTypeIn?.includes(model.taskType)) return true;
  return false;
}

const ORDER_VALUE: Record<ModelOrderBy['field'], (m: ModelDetail) => string | number | null> = {
  createdAt: (m) => m.createdAt,
  updatedAt: (m) => m.updatedAt ?? null,
  completedAt: (m) => m.completedAt ?? null,
  name: (m) => m.name.toLowerCase(),
  scoreValue: (m) => m.scoreValue ?? null,
};

/** The server's order (README "API generations"): nulls smallest, ties by id in the same direction. */
function compareBy({ field, direction }: ModelOrderBy) {
  const sign = direction === 'ASC' ? 1 : -1;
  const value = ORDER_VALUE[field];
  return (a: ModelDetail, b: ModelDetail) => {
    const [x, y] = [value(a), value(b)];
    const byValue = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return sign * (byValue || a.id.localeCompare(b.id));
  };
}

/** The server's list semantics (README §6, §12): must = all hold, not = none holds, newest first or orderBy. */
export function filterModels(datasetId: string, filter: ModelFilter | null | undefined, orderBy?: ModelOrderBy | null) {
  return mockDb.models
    .filter((m) => m.datasetId === datasetId)
    .filter((m) => !filter?.must || matchesAll(m, filter.must))
    .filter((m) => !filter?.not || !matchesAny(m, filter.not))
    .sort(compareBy(orderBy ?? { field: 'createdAt', direction: 'DESC' }));
}

/** One page of a list: offset cursors (`offset:25`), the API's default length of 10. */
export function page<T>(items: T[], cursor: string | null | undefined, length: number | null | undefined) {
  const start = cursor ? Number(cursor.replace('offset:', '')) : 0;
  const size = length ?? 10;
  const end = start + size;
  return {
    items: items.slice(start, end),
    next: end < items.length ? `offset:${end}` : null,
    totalCount: items.length,
  };
}
