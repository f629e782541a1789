import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteModel, removeListedModels } from '../../api/models.mutations';
import type { DeleteResult } from './bulk-delete-dialog';

/** Parallel deletes: quick for a big selection without flooding the server. */
const CONCURRENCY = 4;

/**
 * Deletes models one request each, so every result is reported by name; a failure never undoes the
 * deletions that succeeded. Errors are shown in the dialog, not as toasts.
 */
export function useBulkDelete(datasetId: string, onDeleted: (ids: ReadonlySet<string>) => void) {
  const queryClient = useQueryClient();
  const [results, setResults] = useState<Record<string, DeleteResult>>({});
  const set = (id: string, result: DeleteResult) => setResults((current) => ({ ...current, [id]: result }));

  const run = async (ids: readonly string[]) => {
    setResults(Object.fromEntries(ids.map((id) => [id, { state: 'waiting' } as const])));
    const queue = [...ids];
    const deleted = new Set<string>();
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        set(id, { state: 'deleting' });
        try {
          await deleteModel(queryClient, datasetId, id);
          deleted.add(id);
          set(id, { state: 'deleted' });
        } catch (error) {
          set(id, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
    onDeleted(deleted);
    if (deleted.size > 0) await removeListedModels(queryClient, datasetId, deleted);
  };

  return { results, run, reset: () => setResults({}) };
}
