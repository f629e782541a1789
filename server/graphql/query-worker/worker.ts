// The query worker thread (query-worker.ts): runs compiled queries on its own connection to the
// database file and answers with the serialised body, so the main thread's time per executed page is
// spent on HTTP and GraphQL's checks (README "Performance").
import { parentPort, workerData } from 'node:worker_threads';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { createContentUrls } from '../../contents/signed-urls';
import { openStorage } from '../../storage/db';
import type { Context } from '../context';
import { schema } from '../executable-schema';
import { parse } from '../graphql';
import { createLoaders } from '../resolvers/loaders';
import { bodyOf } from '../serialised-results';
import type { QueryTask, QueryWorkerData, WorkerMessage } from './protocol';

const { database } = workerData as QueryWorkerData;
// Half the main connection's page cache: it reads the same pages, and the process has a memory bound.
const storage = await openStorage(database, { sqliteCacheMb: 8 });
const contentUrls = createContentUrls(storage.contentUrlSecret);
// Documents reach the worker only after the main thread has seen them run (useQueryWorker).
const compiled = new LRUCache<string, CompiledQuery>({ max: 500 });

function compiledQuery(query: string, operationName: string | null): CompiledQuery | null {
  const key = `${operationName ?? ''}\n${query}`;
  let entry = compiled.get(key);
  if (entry === undefined) {
    const result = compileQuery(schema, parse(query), operationName ?? undefined);
    if (!isCompiledQuery(result)) return null;
    compiled.set(key, (entry = result));
  }
  return entry;
}

async function answer(task: QueryTask): Promise<string | null> {
  const query = compiledQuery(task.query, task.operationName);
  if (query === null) return null;
  const context: Context = {
    storage,
    caller: task.caller,
    loaders: createLoaders(storage.db),
    contentUrls,
    origin: task.origin,
  };
  return bodyOf(await query.query(undefined, context, task.variables)) ?? null;
}

const post = (message: WorkerMessage) => parentPort!.postMessage(message);
parentPort!.on('message', (task: QueryTask) => {
  const reply = (body: string | null) => post({ kind: 'answer', id: task.id, body });
  answer(task).then(reply, () => reply(null));
});
post({ kind: 'ready' });
