import type { Dataset } from '../datasets';
import type { HistoryEvent } from '../history';
import type { ModelFilterOptions, ModelFilter } from '../gql/graphql';
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
};

export function resetMockDb() {
  mockDb.datasets = [];
  mockDb.slices = [];
  mockDb.models = [];
  mockDb.history = [];
  resetFactories();
  resetMockReports();
}

function matchesAll(model: ModelDetail, options: ModelFilterOptions) {
  const name = options.nameContains?.toLowerCase();
  if (name && !model.name.toLowerCase().includes(name)) return false;
  if (options.idIn != null && !options.idIn.includes(model.id)) return false;
  if (options.isPinned != null && model.isPinned !== options.isPinned) return false;
  if (options.isTrained != null && model.isTrained !== options.isTrained) return false;
  return true;
}

function matchesAny(model: ModelDetail, options: ModelFilterOptions) {
  const name = options.nameContains?.toLowerCase();
  if (name && model.name.toLowerCase().includes(name)) return true;
  if (options.idIn != null && options.idIn.includes(model.id)) return true;
  if (options.isPinned != null && model.isPinned === options.isPinned) return true;
  if (options.isTrained != null && model.isTrained === options.isTrained) return true;
  return false;
}

/** The server's list semantics (README §6, §12): must = all hold, not = none holds, newest first. */
export function filterModels(datasetId: string, filter: ModelFilter | null | undefined) {
  return mockDb.models
    .filter((m) => m.datasetId === datasetId)
    .filter((m) => !filter?.must || matchesAll(m, filter.must))
    .filter((m) => !filter?.not || !matchesAny(m, filter.not))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}
