// The query worker (README "Performance"): under load it answers queries exactly as the main thread
// would, sees every committed write, leaves error answers to the main thread, and a worker that cannot
// run costs nothing but the speed-up. Runs the worker from source (worker.ts with tsx).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../storage/db';
import { createDataset, createModel, inProcess, PIN, type TestApi } from '../../test-kit/setup';
import { startQueryWorker, type QueryWorker } from './query-worker';

const PAGE = `query ($d: ID!, $f: ModelFilter, $c: String, $l: Int) {
  models(datasetId: $d, filter: $f, cursor: $c, length: $l) {
    models { id name isPinned trainingClasses { class ap } createdAt meta }
    next
    totalCount
  }
}`;

/** A worker whose answers are counted, so a test can tell who answered. */
function counted(worker: QueryWorker) {
  const counts = { worker: 0, mainThread: 0 };
  const wrapped: QueryWorker = {
    execute: async (task) => {
      const body = await worker.execute(task);
      counts[body === null ? 'mainThread' : 'worker'] += 1;
      return body;
    },
    close: () => worker.close(),
  };
  return { wrapped, counts };
}

/** Every call is a new request to the response cache (a variable the query does not use), so it executes. */
let request = 0;
const executed = (variables: object) => ({ ...variables, request: ++request });

/** Sends the page query until the worker has answered one (it starts under load). */
async function untilWorkerAnswers(api: Pick<TestApi, 'ok'>, counts: { worker: number }, variables: object) {
  for (let i = 0; counts.worker === 0; i++) {
    if (i > 2_000) throw new Error('the worker never answered');
    await api.ok(PAGE, executed(variables));
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('query worker', () => {
  let dir: string;
  let storage: Storage;
  let worker: ReturnType<typeof counted>;
  let api: ReturnType<typeof inProcess>;
  let plain: ReturnType<typeof inProcess>;
  let d: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mc-query-worker-'));
    const file = path.join(dir, 'catalog.db');
    storage = await openStorage(file);
    worker = counted(startQueryWorker(file));
    api = inProcess(storage, { queryWorker: worker.wrapped });
    plain = inProcess(storage);
    d = await createDataset(api as unknown as TestApi);
    for (let i = 0; i < 12; i++)
      await createModel(api as unknown as TestApi, d, {
        name: `yolov8${'nsml'[i % 4]}-${i}`,
        trainingClasses: [{ class: 'car', annotationType: 'box', ap: 0.5 + i / 100 }],
      });
    await untilWorkerAnswers(api, worker.counts, { d });
  }, 60_000);

  afterAll(async () => {
    await worker.wrapped.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every page as the main thread does', async () => {
    for (const variables of [
      { d, l: 5 },
      { d, l: 50, f: { must: { nameContains: 'yolov8m' } } },
      { d, l: 3, f: { not: { isPinned: true } } },
    ]) {
      const before = worker.counts.worker;
      const first = await api.ok<{ models: { next: string | null } }>(PAGE, executed(variables));
      expect(first).toEqual(await plain.ok(PAGE, variables));
      const next = { ...variables, c: first.models.next };
      if (first.models.next !== null) expect(await api.ok(PAGE, executed(next))).toEqual(await plain.ok(PAGE, next));
      expect(worker.counts.worker).toBeGreaterThan(before);
    }
  });

  it('shows a write committed on the main thread in the next answer', async () => {
    const page = await api.ok<{ models: { models: Array<{ id: string; isPinned: boolean }> } }>(
      PAGE,
      executed({ d, l: 1 }),
    );
    const model = page.models.models[0]!;
    expect(model.isPinned).toBe(false);
    await api.ok(PIN, { d, id: model.id });
    const before = worker.counts.worker;
    const again = await api.ok<typeof page>(PAGE, executed({ d, l: 1 }));
    expect(again.models.models[0]).toMatchObject({ id: model.id, isPinned: true });
    expect(worker.counts.worker).toBe(before + 1);
  });

  it('leaves error answers to the main thread, word for word', async () => {
    const bad = { d, l: 5, c: 'not-a-cursor' };
    const answer = await api.gql(PAGE, executed(bad));
    expect(answer.errors?.[0]?.code).toBe('BAD_REQUEST');
    expect(answer).toEqual(await plain.gql(PAGE, bad));
    // Variables graphql-js refuses never reach the worker; filter rules (zod) refuse in either thread.
    for (const refused of [
      { d, l: 'five' },
      { d, l: 5, f: { must: [] } },
      { d, l: 5, f: { must: { nameContains: 'x'.repeat(100_000) } } },
    ]) {
      const refusal = await api.gql(PAGE, executed(refused));
      expect(refusal.errors?.length).toBeGreaterThan(0);
      expect(refusal).toEqual(await plain.gql(PAGE, refused));
    }
    expect(await api.gql(PAGE, executed({ d: 'no-such-dataset', l: 5 }))).toEqual(
      await plain.gql(PAGE, { d: 'no-such-dataset', l: 5 }),
    );
  });
});

describe('a query worker that cannot run', () => {
  it('leaves every query to the main thread, and a closed one too', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mc-query-worker-'));
    const file = path.join(dir, 'catalog.db');
    const broken = path.join(dir, 'not-a-database.db');
    writeFileSync(broken, 'this is not a SQLite file, so the worker fails to open it');
    const storage = await openStorage(file);
    const worker = counted(startQueryWorker(broken));
    try {
      const api = inProcess(storage, { queryWorker: worker.wrapped });
      const d = await createDataset(api as unknown as TestApi);
      for (let i = 0; i < 100; i++) expect(await api.ok(PAGE, executed({ d }))).toMatchObject({ models: {} });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (let i = 0; i < 40; i++) await api.ok(PAGE, executed({ d }));
      expect(worker.counts).toMatchObject({ worker: 0 });
      expect(worker.counts.mainThread).toBeGreaterThan(100);
      await worker.wrapped.close();
      expect(
        await worker.wrapped.execute({ query: PAGE, operationName: null, variables: { d }, caller: 'x', origin: '' }),
      ).toBeNull();
    } finally {
      await worker.wrapped.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
