import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import type { ModelDetail } from '../../api/models';

export interface LoadedModels {
  models: ModelDetail[];
  notFound: string[];
  failed: Array<{ id: string; error: Error; retry: () => void }>;
  pending: boolean;
}

/** Splits the detail queries into loaded models, unknown ids and other failures. */
export function combineModels(
  results: Array<UseQueryResult<ModelDetail | null>>,
  ids: readonly string[],
): LoadedModels {
  const loaded: LoadedModels = { models: [], notFound: [], failed: [], pending: false };
  results.forEach((result, i) => {
    const id = ids[i] ?? '';
    if (result.data) loaded.models.push(result.data);
    else if (result.isPending) loaded.pending = true;
    else if (result.error instanceof ApiError && result.error.code === 'NOT_FOUND') loaded.notFound.push(id);
    else if (result.error) loaded.failed.push({ id, error: result.error, retry: () => void result.refetch() });
    else loaded.notFound.push(id);
  });
  return loaded;
}

/** One message for every model that failed to load: usually they failed for the same reason. */
export function loadFailure(failed: LoadedModels['failed']): Error {
  const first = failed[0];
  if (failed.length === 1 && first) return new Error(`Model ${first.id}: ${first.error.message}`);
  return new Error(`${failed.length} models could not be loaded: ${first?.error.message ?? ''}`);
}
