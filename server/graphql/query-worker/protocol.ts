// Messages between the main thread and the query worker (query-worker.ts, worker.ts).

/** A query operation whose document validated and whose variables coerced on the main thread. */
export interface QueryTask {
  id: number;
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  caller: string;
  origin: string;
}

/**
 * From the worker: `ready` once its database is open, then an answer per task. `body` is the
 * `{ "data": … }` JSON text, or null when the result has errors, which the main thread makes itself.
 */
export type WorkerMessage = { kind: 'ready' } | { kind: 'answer'; id: number; body: string | null };

/** What the worker is started with. */
export interface QueryWorkerData {
  /** The SQLite file the main thread has open and migrated. */
  database: string;
}
