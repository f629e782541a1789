// Executed queries on a second thread (README "Performance"): on a SQLite file, the main thread does
// HTTP, parsing, validation and variable coercion, and a worker thread with its own connection runs
// the compiled query and serialises its answer, in parallel with the main thread's work on the next
// requests (SQLite's WAL lets that reader see every committed write). Whatever the worker does not
// answer (a result with errors, a worker starting or gone) runs on the main thread as before, so
// every error answer is the main thread's own.
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { compileGate } from '../compile-gate';
import type { ExecutionArgs } from '../graphql';
import { resultOfBody } from '../serialised-results';
import type { QueryTask, QueryWorkerData, WorkerMessage } from './protocol';

export interface QueryWorker {
  /** The body of the task's successful result, or null when the main thread must run it. */
  execute(task: Omit<QueryTask, 'id'>): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * The worker (~35 MB) runs only under load, where a second thread pays: it starts once this many
 * queries it could take come within a second, and stops after IDLE_MS without any, so a server
 * with a few users stays small.
 */
const START_RATE = 20;
const IDLE_MS = 30_000;
/** After an unexpected exit, a new worker starts at most this often. */
const RESTART_INTERVAL_MS = 10_000;

// In the build (scripts/build-server.mjs) the worker is query-worker.js beside the bundle. Run from
// source it is worker.ts beside this file, loaded through tsx's loader, which Node 20 does not pass on
// to worker threads (`--import tsx` in their execArgv fails); tsx is found from here, not from the
// working directory.
const WORKER_SOURCE = import.meta.url.endsWith('.ts')
  ? {
      script: `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
        register();
        return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});
      });`,
      eval: true,
    }
  : { script: new URL('./query-worker.js', import.meta.url), eval: false };

export function startQueryWorker(database: string): QueryWorker {
  const pending = new Map<number, (body: string | null) => void>();
  let nextId = 0;
  let worker: Worker | null = null;
  let ready = false;
  let crashedAt = -Infinity;
  let closed = false;
  let windowStart = 0;
  let inWindow = 0;
  const idle = setTimeout(() => void stop(), IDLE_MS).unref();

  const settleAll = () => {
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };
  const stop = async () => {
    const stopping = worker;
    worker = null;
    ready = false;
    await stopping?.terminate();
    settleAll();
  };
  const underLoad = (now: number) => {
    if (now - windowStart >= 1_000) {
      windowStart = now;
      inWindow = 0;
    }
    return ++inWindow >= START_RATE;
  };
  const start = () => {
    const started = new Worker(WORKER_SOURCE.script, {
      eval: WORKER_SOURCE.eval,
      workerData: { database } satisfies QueryWorkerData,
      // Small: it holds a few pages' objects at a time and its compiled documents.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 },
    });
    started.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        ready = worker === started;
        return;
      }
      pending.get(message.id)?.(message.body);
      pending.delete(message.id);
    });
    started.on('error', (error) => console.error('The query worker failed; queries run on the main thread:', error));
    started.on('exit', () => {
      if (worker !== started) return; // stopped on purpose
      worker = null;
      ready = false;
      crashedAt = Date.now();
      settleAll();
    });
    // It must not keep the process alive.
    started.unref();
    worker = started;
  };

  return {
    execute(task) {
      idle.refresh();
      if (worker === null) {
        const now = Date.now();
        if (underLoad(now) && !closed && now - crashedAt >= RESTART_INTERVAL_MS) start();
      }
      // Until the worker has its database open, queries run where they are.
      if (worker === null || !ready) return Promise.resolve(null);
      const current = worker;
      const id = ++nextId;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        current.postMessage({ ...task, id } satisfies QueryTask);
      });
    },
    async close() {
      closed = true;
      clearTimeout(idle);
      await stop();
    },
  };
}

/**
 * Sends the executions that would run compiled (compileGate) to the worker; put it after the response
 * cache, before compiled execution, which runs what the worker leaves.
 */
export function useQueryWorker(worker: QueryWorker): Plugin<Context> {
  const compiles = compileGate();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const executionArgs = args as ExecutionArgs & { contextValue: Context & { params: { query?: string } } };
      const { operationName, variableValues, contextValue } = executionArgs;
      const query = contextValue.params.query;
      if (query === undefined || !compiles(executionArgs)) return;
      const body = await worker.execute({
        query,
        operationName: operationName ?? null,
        variables: variableValues ?? {},
        caller: contextValue.caller,
        origin: contextValue.origin,
      });
      if (body !== null) setResultAndStopExecution(resultOfBody(body));
    },
  };
}
