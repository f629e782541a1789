// Per-request batching: the fields of every model on a page load with one query each, not one per model.
import type { Db } from '../storage/db';
import { loadModelSlices, loadTrainClasses, type ModelSlices, type TrainClassRecord } from '../storage/models.repo';

export interface Loader<V> {
  load(key: string): Promise<V>;
}

/** Collects keys asked for in the same tick and fetches them together; results are cached per request. */
function batchLoader<V>(fetch: (keys: string[]) => Promise<Map<string, V>>, missing: () => V): Loader<V> {
  const cache = new Map<string, Promise<V>>();
  let queue: Array<{ key: string; resolve: (v: V) => void; reject: (e: unknown) => void }> = [];
  const dispatch = () => {
    const batch = queue;
    queue = [];
    fetch([...new Set(batch.map((q) => q.key))]).then(
      (found) => batch.forEach((q) => q.resolve(found.get(q.key) ?? missing())),
      (error: unknown) => batch.forEach((q) => q.reject(error)),
    );
  };
  return {
    load(key) {
      let promise = cache.get(key);
      if (promise === undefined) {
        promise = new Promise<V>((resolve, reject) => {
          // Wait until graphql-js has called every sibling resolver of this tick.
          if (queue.length === 0) void Promise.resolve().then(() => process.nextTick(dispatch));
          queue.push({ key, resolve, reject });
        });
        cache.set(key, promise);
      }
      return promise;
    },
  };
}

export interface Loaders {
  trainClasses: Loader<TrainClassRecord[]>;
  modelSlices: Loader<ModelSlices>;
}

export function createLoaders(db: Db): Loaders {
  return {
    trainClasses: batchLoader(
      (ids) => loadTrainClasses(db, ids),
      () => [],
    ),
    modelSlices: batchLoader(
      (ids) => loadModelSlices(db, ids),
      () => ({ training: [], validation: [] }),
    ),
  };
}
