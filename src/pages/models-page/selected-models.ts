import type { QueryClient } from '@tanstack/react-query';
import { modelKeys, modelQueries, type ModelListItem, type ModelsPageData } from '../../api/models';

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
    if ('models' in data) for (const model of (data as ModelsPageData).models) keep(model, dataUpdatedAt);
    else keep(data as ModelListItem, dataUpdatedAt);
  }
  return [...wanted].flatMap((id) => found.get(id)?.model ?? []);
}

/** Every model in `ids`: cached copies, and a fetch for those no cached list holds any more. */
export async function loadModels(queryClient: QueryClient, datasetId: string, ids: readonly string[]) {
  const cached = new Map(cachedModels(queryClient, datasetId, ids).map((m) => [m.id, m]));
  const models = await Promise.all(
    ids.map((id) => cached.get(id) ?? queryClient.fetchQuery(modelQueries.detail(datasetId, id))),
  );
  return models.filter((m): m is ModelListItem => m != null);
}
