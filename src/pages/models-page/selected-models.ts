import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { modelKeys, type ModelListItem } from '../../api/models';
import { modelQueries, type ModelsPageData } from '../../api/models.queries';

/** The models a cached entry of the dataset holds: a page or a model by id, every page of "Load all", or one model. */
function modelsOf(data: object): Array<ModelListItem | null> {
  if ('pages' in data) return (data as InfiniteData<ModelsPageData>).pages.flatMap((page) => page.models);
  if ('models' in data) return (data as Pick<ModelsPageData, 'models'>).models;
  return [data as ModelListItem];
}

/**
 * The newest cached copy of each model in `ids`, in that order. The selection keeps ids only, so a
 * pin or rename since the click shows up here; list pages, "Load all" and model pages hold the copies.
 */
export function cachedModels(queryClient: QueryClient, datasetId: string, ids: Iterable<string>): ModelListItem[] {
  const wanted = new Set(ids);
  const found = new Map<string, { model: ModelListItem; at: number }>();
  const keep = (model: ModelListItem | null | undefined, at: number) => {
    if (!model || !wanted.has(model.id)) return;
    const current = found.get(model.id);
    if (!current || current.at < at) found.set(model.id, { model, at });
  };
  for (const query of queryClient.getQueryCache().findAll({ queryKey: modelKeys.dataset(datasetId) })) {
    const { data, dataUpdatedAt } = query.state;
    if (!data || typeof data !== 'object') continue;
    for (const model of modelsOf(data)) keep(model, dataUpdatedAt);
  }
  return [...wanted].flatMap((id) => found.get(id)?.model ?? []);
}

/** Every model in `ids`: cached copies, and a fetch for those no cached list holds any more. */
export async function loadModels(queryClient: QueryClient, datasetId: string, ids: readonly string[]) {
  const cached = new Map(cachedModels(queryClient, datasetId, ids).map((m) => [m.id, m]));
  const models = await Promise.all(
    ids.map((id) => {
      const model = cached.get(id);
      return model ? Promise.resolve(model) : queryClient.fetchQuery(modelQueries.detail(datasetId, id));
    }),
  );
  return models.filter((m): m is ModelListItem => m != null);
}
