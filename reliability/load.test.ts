// Load: 60 s of mixed reads and writes over 50 concurrent keep-alive connections against
// the real server, on SQLite and on PostgreSQL. Every request must succeed (or fail with exactly
// the coded error a deliberately bad request earns), and afterwards the catalog must hold exactly
// the acknowledged writes, with totalCount agreeing with a full walk of the pages.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ModelFilter } from '../server/graphql/generated/resolvers';
import { createPostgresDatabase, engines, type Engine } from '../server/test-kit/setup';
import { errorCode, isAcknowledged, post, type Answer } from '../server/test-kit/graphql';
import {
  COUNTED_FILTERS,
  CREATE_MODEL,
  createDataset,
  DELETE_MODEL,
  expectedAfterUpdate,
  expectedFromCreate,
  listAll,
  MODEL_DETAIL,
  MODELS_COUNT,
  MODELS_PAGE,
  PIN_MODEL,
  randomCreate,
  randomUpdate,
  sameModel,
  UNPIN_MODEL,
  UPDATE_MODEL,
  type Dataset,
  type ModelsPage,
  type TrackedModel,
} from './model-state';
import { seededRandom, seedFromEnv, type Random } from './seeded-random';
import { startServer } from './server-process';

const PORTS: Record<Engine, number> = { sqlite: 4921, postgres: 4922 };
const DURATION_MS = 60_000;
const CONNECTIONS = 50;
const SHARED_MODELS_PER_DATASET = 40;
// Generous: a loaded 2-core CI machine shares its cores with the server and the 50 clients.
const REQUEST_TIMEOUT_MS = 60_000;
const SEED = seedFromEnv();

/** List filters the readers use, with the condition every returned model must meet. */
const LIST_FILTERS: { filter: ModelFilter | null; matches: (m: TrackedModel) => boolean }[] = [
  { filter: null, matches: () => true },
  { filter: { must: { isPinned: true } }, matches: (m) => m.isPinned },
  { filter: { must: { isTrained: false }, not: { isPinned: true } }, matches: (m) => !m.isTrained && !m.isPinned },
  { filter: { must: { nameContains: 'LOAD W1' } }, matches: (m) => m.name.toLowerCase().includes('load w1') },
  { filter: { must: { nameContains: '%_' } }, matches: (m) => m.name.includes('%_') },
  { filter: { not: { nameContains: 'shared' } }, matches: (m) => !m.name.toLowerCase().includes('shared') },
];

let tmp: string;
beforeAll(async () => {
  console.log(`load: seed ${SEED} (replay with RELIABILITY_SEED=${SEED})`);
  tmp = await mkdtemp(path.join(tmpdir(), 'mc-load-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Worker {
  index: number;
  random: Random;
  /** This worker's models that exist, by id; only this worker writes them. */
  owned: Map<string, TrackedModel>;
  /** Ids this worker deleted (acknowledged), for requests that must answer NOT_FOUND. */
  deleted: { datasetId: string; id: string }[];
  names: number;
}

class LoadRun {
  readonly latencies: number[] = [];
  readonly errors: string[] = [];
  /** Requests and slowest answer (ms) per kind of request. */
  readonly byLabel = new Map<string, { requests: number; maxMs: number }>();

  constructor(
    readonly url: string,
    readonly datasets: Dataset[],
    readonly shared: Map<string, TrackedModel>,
  ) {}

  /** One request, timed; a network failure or timeout is recorded as an error (returns undefined). */
  async send<T>(label: string, query: string, variables: Record<string, unknown>): Promise<Answer<T> | undefined> {
    const started = performance.now();
    try {
      return await post<T>(this.url, query, variables, { timeoutMs: REQUEST_TIMEOUT_MS });
    } catch (error) {
      this.errors.push(`${label}: ${String(error)}`);
      return undefined;
    } finally {
      const ms = performance.now() - started;
      this.latencies.push(ms);
      const stats = this.byLabel.get(label) ?? { requests: 0, maxMs: 0 };
      this.byLabel.set(label, { requests: stats.requests + 1, maxMs: Math.max(stats.maxMs, Math.round(ms)) });
    }
  }

  /** The request's data, or undefined after recording why it is not acknowledged. */
  async ok<T>(label: string, query: string, variables: Record<string, unknown>): Promise<T | undefined> {
    const answer = await this.send<T>(label, query, variables);
    if (answer === undefined) return undefined;
    if (isAcknowledged(answer)) return answer.data;
    this.errors.push(`${label} ${JSON.stringify(variables).slice(0, 300)}: ${JSON.stringify(answer).slice(0, 500)}`);
    return undefined;
  }

  /** A deliberately bad request: it must be refused with exactly `code`. */
  async refused(label: string, code: string, query: string, variables: Record<string, unknown>): Promise<void> {
    const answer = await this.send(label, query, variables);
    if (answer !== undefined && errorCode(answer) !== code) {
      this.errors.push(`${label}: expected ${code}, got ${JSON.stringify(answer).slice(0, 500)}`);
    }
  }

  expectModel(label: string, actual: TrackedModel | undefined, expected: TrackedModel): void {
    if (actual !== undefined && !sameModel(actual, expected)) {
      this.errors.push(`${label}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
  }

  async list(worker: Worker): Promise<void> {
    const { random } = worker;
    const dataset = random.pick(this.datasets);
    const { filter, matches } = random.pick(LIST_FILTERS);
    const length = random.int(1, 50);
    let cursor: string | null = null;
    for (let page = random.int(1, 3); page > 0; page--) {
      const data: ModelsPage | undefined = await this.ok<ModelsPage>('list', MODELS_PAGE, {
        datasetId: dataset.id,
        filter,
        cursor,
        length,
      });
      if (data === undefined) return;
      const { models, next }: ModelsPage['models'] = data.models;
      const wrong = models.filter((m) => m.datasetId !== dataset.id || !matches(m));
      if (models.length > length || wrong.length > 0) {
        this.errors.push(
          `list ${JSON.stringify(filter)} length ${length}: ${models.length} rows, ${wrong.length} wrong`,
        );
      }
      if (next === null) return;
      cursor = next;
    }
  }

  async write(worker: Worker): Promise<void> {
    const { random } = worker;
    const roll = random.next();
    const owned = [...worker.owned.values()];
    if (owned.length < 2 || roll < 0.35) {
      const args = randomCreate(random, random.pick(this.datasets), `Load w${worker.index} n${++worker.names}`);
      const data = await this.ok<{ createModel: TrackedModel }>('create', CREATE_MODEL, args);
      if (data === undefined) return;
      this.expectModel('create', data.createModel, expectedFromCreate(data.createModel.id, args));
      worker.owned.set(data.createModel.id, expectedFromCreate(data.createModel.id, args));
      return;
    }
    const model = random.pick(owned);
    const target = { datasetId: model.datasetId, id: model.id };
    if (roll < 0.55) {
      const args = randomUpdate(random, model, `Load w${worker.index} n${++worker.names} edit`);
      const after = expectedAfterUpdate(model, args);
      const data = await this.ok<{ updateModel: TrackedModel }>('update', UPDATE_MODEL, args);
      if (data === undefined) return;
      this.expectModel('update', data.updateModel, after);
      worker.owned.set(model.id, after);
    } else if (roll < 0.7) {
      const data = await this.ok<{ model: TrackedModel }>('detail (own)', MODEL_DETAIL, target);
      this.expectModel('detail (own)', data?.model, model);
    } else if (roll < 0.85) {
      const after = { ...model, isPinned: !model.isPinned };
      const data = await this.ok<Record<string, TrackedModel>>(
        after.isPinned ? 'pin' : 'unpin',
        after.isPinned ? PIN_MODEL : UNPIN_MODEL,
        target,
      );
      if (data === undefined) return;
      this.expectModel('pin', data['pinModel'] ?? data['unpinModel'], after);
      worker.owned.set(model.id, after);
    } else {
      const data = await this.ok<{ deleteModel: boolean }>('delete', DELETE_MODEL, target);
      if (data === undefined) return;
      if (data.deleteModel !== true) this.errors.push(`delete answered ${JSON.stringify(data)}`);
      worker.owned.delete(model.id);
      worker.deleted.push(target);
    }
  }

  /** Requests that must be refused with a code, mixed into the load (README §6, §12). */
  async provoke(worker: Worker): Promise<void> {
    const { random } = worker;
    const dataset = random.pick(this.datasets);
    const gone = worker.deleted.length > 0 ? random.pick(worker.deleted) : { datasetId: dataset.id, id: 'no-such-id' };
    switch (random.int(0, 4)) {
      case 0:
        return this.refused('update deleted', 'NOT_FOUND', UPDATE_MODEL, { ...gone, name: 'ghost' });
      case 1:
        return this.refused('pin deleted', 'NOT_FOUND', PIN_MODEL, gone);
      case 2: {
        // Every shared model references all of its dataset's slices, so none may be deleted.
        const variables = { datasetId: dataset.id, id: random.pick(dataset.sliceIds) };
        return this.refused(
          'delete referenced slice',
          'BAD_REQUEST',
          'mutation($datasetId: String!, $id: ID!) { deleteSlice(datasetId: $datasetId, id: $id) }',
          variables,
        );
      }
      case 3: {
        const first = await this.ok<ModelsPage>('list', MODELS_PAGE, {
          datasetId: dataset.id,
          filter: null,
          length: 1,
        });
        const cursor = first?.models.next;
        if (typeof cursor !== 'string') return;
        const filter = { must: { isPinned: true } };
        return this.refused('cursor with another filter', 'BAD_REQUEST', MODELS_PAGE, {
          datasetId: dataset.id,
          filter,
          cursor,
          length: 1,
        });
      }
      default:
        return this.refused('length 51', 'BAD_REQUEST', MODELS_PAGE, { datasetId: dataset.id, length: 51 });
    }
  }

  async work(worker: Worker, deadline: number): Promise<void> {
    const sharedModels = [...this.shared.values()];
    while (Date.now() < deadline) {
      const roll = worker.random.next();
      if (roll < 0.35) {
        await this.list(worker);
      } else if (roll < 0.55) {
        const model = worker.random.pick(sharedModels);
        const data = await this.ok<{ model: TrackedModel }>('detail', MODEL_DETAIL, {
          datasetId: model.datasetId,
          id: model.id,
        });
        this.expectModel('detail', data?.model, model);
      } else if (roll < 0.97) {
        await this.write(worker);
      } else {
        await this.provoke(worker);
      }
    }
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

describe.each(engines)('load on %s', (engine) => {
  it(
    `${DURATION_MS / 1000} s of mixed reads and writes over ${CONNECTIONS} connections: 0 errors, counts consistent`,
    { timeout: 300_000 },
    async () => {
      const database = engine === 'sqlite' ? path.join(tmp, 'load.db') : await createPostgresDatabase();
      const server = await startServer(PORTS[engine], database);
      try {
        const url = server.graphqlUrl;
        const datasets = [await createDataset(url, 'Load A', 3), await createDataset(url, 'Load B', 2)];
        const setupRandom = seededRandom(SEED);
        const shared = new Map<string, TrackedModel>();
        for (const dataset of datasets) {
          const creates = Array.from({ length: SHARED_MODELS_PER_DATASET }, (_, i) =>
            randomCreate(setupRandom, dataset, i % 10 === 0 ? `Shared %_ ${i}` : `Shared ${i}`),
          );
          await Promise.all(
            creates.map(async (args) => {
              const answer = await post<{ createModel: TrackedModel }>(url, CREATE_MODEL, args);
              expect(isAcknowledged(answer), JSON.stringify(answer)).toBe(true);
              const id = answer.data!.createModel.id;
              shared.set(id, expectedFromCreate(id, args));
            }),
          );
        }

        const run = new LoadRun(url, datasets, shared);
        const workers: Worker[] = Array.from({ length: CONNECTIONS }, (_, index) => ({
          index,
          random: seededRandom(SEED + index + 1),
          owned: new Map(),
          deleted: [],
          names: 0,
        }));
        const started = performance.now();
        await Promise.all(workers.map((worker) => run.work(worker, Date.now() + DURATION_MS)));
        const seconds = (performance.now() - started) / 1000;
        const sorted = [...run.latencies].sort((a, b) => a - b);
        console.log(
          `load on ${engine} (seed ${SEED}): ${sorted.length} requests in ${seconds.toFixed(1)} s = ` +
            `${(sorted.length / seconds).toFixed(0)} req/s; p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
            `p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms; ${JSON.stringify(Object.fromEntries(run.byLabel))}`,
        );
        expect(run.errors.slice(0, 20), `${run.errors.length} errors (seed ${SEED})`).toEqual([]);

        // Afterwards: the catalog is exactly the shared models plus every worker's live models.
        const expected = new Map(shared);
        for (const worker of workers) for (const [id, model] of worker.owned) expected.set(id, model);
        const byId = (a: TrackedModel, b: TrackedModel) => a.id.localeCompare(b.id);
        for (const dataset of datasets) {
          const { models, totalCounts } = await listAll(url, dataset.id);
          expect(totalCounts, 'totalCount of every page = models listed').toEqual(totalCounts.map(() => models.length));
          expect(new Set(models.map((m) => m.id)).size, 'each model listed once').toBe(models.length);
          const mine = [...expected.values()].filter((m) => m.datasetId === dataset.id);
          expect(models.sort(byId), `dataset ${dataset.id} holds the acknowledged state`).toEqual(mine.sort(byId));
          for (const { filter, matches } of COUNTED_FILTERS) {
            const answer = await post<{ models: { totalCount: number } }>(url, MODELS_COUNT, {
              datasetId: dataset.id,
              filter,
            });
            expect(answer.data?.models.totalCount, `totalCount of ${JSON.stringify(filter)}`).toBe(
              models.filter(matches).length,
            );
          }
        }
      } finally {
        await server.stop();
      }
    },
  );
});
