// Response cache: repeated queries answer from memory, yet every committed write, through this
// app or another one on the same database, shows on the next read; errors, mutations and results
// computed while a write committed are never stored; auth still runs on every request.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../http/app';
import { createProxy } from '../proxy/proxy';
import { useResponseCache, type ResponseCacheOptions } from './response-cache';
import { useSerialisedResults } from './serialised-results';
import { insertSyntheticModels } from '../storage/bulk';
import { bumpCatalogVersion, readCatalogVersion } from '../storage/catalog-version';
import { openStorage, type Storage } from '../storage/db';
import {
  createPostgresDatabase,
  createDataset,
  createModel,
  createSlice,
  engines,
  setup,
  type Engine,
} from '../test-kit/setup';
import { CSRF, post as postGraphql, postOk } from '../test-kit/graphql';
import { createApp, type App } from './yoga';
import { basicAuthorization } from '../auth/access';

/** The one port this suite listens on. */
const PROXY_PORT = 4500;

const CATALOG = `query Catalog($d: ID!, $ds: String!) {
  datasets(length: 50) { datasets { id name description } totalCount }
  models(datasetId: $d, length: 50) { models { id name isPinned trainingClasses { class ap } } totalCount }
  slices(datasetId: $ds, length: 50) { slices { id name description dataCount } totalCount }
}`;

interface Catalog {
  datasets: { datasets: { id: string; name: string; description: string | null }[]; totalCount: number };
  models: {
    models: { id: string; name: string; isPinned: boolean; trainingClasses: { class: string }[] }[];
    totalCount: number;
  };
  slices: { slices: { id: string; name: string; description: string | null }[]; totalCount: number };
}

/** POSTs like the SDK and returns the status and the exact body text. */
async function post(app: App, query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const { status, text } = await postGraphql('http://localhost/graphql/', query, variables, {
    headers,
    fetch: app.fetch,
  });
  return { status, text };
}

const data = <T>(app: App, query: string, variables: Record<string, unknown> = {}) =>
  postOk<T>('http://localhost/graphql/', query, variables, { fetch: app.fetch });

const readCatalog = (app: App, d: string) => data<Catalog>(app, CATALOG, { d, ds: d });

/** Two storages (as two server processes would open them) on one database of the engine. */
async function twoStorages(engine: Engine): Promise<{ a: Storage; b: Storage; cleanup: () => Promise<void> }> {
  if (engine === 'postgres') {
    const url = await createPostgresDatabase();
    const a = await openStorage(url);
    const b = await openStorage(url);
    return { a, b, cleanup: () => Promise.all([a.close(), b.close()]).then(() => undefined) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'response-cache-'));
  const file = path.join(dir, 'catalog.db');
  const a = await openStorage(file);
  const b = await openStorage(file);
  return {
    a,
    b,
    cleanup: async () => {
      await Promise.all([a.close(), b.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each(engines)('response cache on %s', (engine) => {
  it('answers a repeated query with the same bytes, from memory until the catalog version changes', async () => {
    const api = await setup({ engine });
    try {
      const d = await createDataset(api);
      const { id } = await createModel(api, d, { name: 'first' });
      const first = await post(api.app, CATALOG, { d, ds: d });
      const again = await post(api.app, CATALOG, { d, ds: d });
      expect(again).toEqual(first);
      expect(first.status).toBe(200);

      // A change that bypasses the version (no product code does this) proves the answer is cached…
      await sql`update models set name = 'renamed underneath' where id = ${id}`.execute(api.storage.db);
      expect(await post(api.app, CATALOG, { d, ds: d })).toEqual(first);
      // …and a version bump, as every write makes, retires it.
      await bumpCatalogVersion(api.storage.db);
      const after = await readCatalog(api.app, d);
      expect(after.models.models.map((m) => m.name)).toEqual(['renamed underneath']);
    } finally {
      await api.close();
    }
  });

  it('shows every kind of write on the next read', async () => {
    const api = await setup({ engine });
    try {
      const d = await createDataset(api, 'main');
      const read = async () => {
        await readCatalog(api.app, d); // the second read of an unchanged catalog is a cache hit
        return readCatalog(api.app, d);
      };
      await read();

      const sliceId = await createSlice(api, d, 'train', 10);
      expect((await read()).slices.slices.map((s) => s.name)).toEqual(['train']);

      await api.ok(
        'mutation($d: String!, $id: ID!) { updateSlice(datasetId: $d, id: $id, description: "v2") { id } }',
        {
          d,
          id: sliceId,
        },
      );
      expect((await read()).slices.slices[0]?.description).toBe('v2');

      const { id } = await createModel(api, d, { name: 'm1', trainingSliceIds: [sliceId] });
      expect((await read()).models.models.map((m) => m.name)).toEqual(['m1']);

      await api.ok('mutation($d: ID!, $id: ID!) { pinModel(datasetId: $d, id: $id) { id } }', { d, id });
      expect((await read()).models.models[0]?.isPinned).toBe(true);
      await api.ok('mutation($d: ID!, $id: ID!) { unpinModel(datasetId: $d, id: $id) { id } }', { d, id });
      expect((await read()).models.models[0]?.isPinned).toBe(false);

      await api.ok(
        `mutation($d: ID!, $id: ID!) {
          updateModel(datasetId: $d, id: $id, name: "m1b", trainingClasses: [{ class: "car", ap: 0.5 }]) { id }
        }`,
        { d, id },
      );
      expect((await read()).models.models[0]).toMatchObject({ name: 'm1b', trainingClasses: [{ class: 'car' }] });

      await insertSyntheticModels(api.storage.db, d, [{ name: 'bulk', baselineModel: 'yolov8n' }]);
      expect((await read()).models.totalCount).toBe(2);

      await api.ok('mutation($id: ID!) { updateDataset(id: $id, description: "about") { id } }', { id: d });
      expect((await read()).datasets.datasets[0]?.description).toBe('about');

      await api.ok('mutation($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', { d, id });
      expect((await read()).models.models.map((m) => m.name)).toEqual(['bulk']);

      await api.ok('mutation($d: String!, $id: ID!) { deleteSlice(datasetId: $d, id: $id) }', { d, id: sliceId });
      expect((await read()).slices.totalCount).toBe(0);

      const other = await createDataset(api, 'other');
      expect((await read()).datasets.totalCount).toBe(2);
      await api.ok('mutation($d: ID!) { deleteDataset(datasetId: $d) }', { d: other });
      expect((await read()).datasets.datasets.map((s) => s.name)).toEqual(['main']);
    } finally {
      await api.close();
    }
  });

  it('shows a write through another server on the same database on the next read', async () => {
    const { a, b, cleanup } = await twoStorages(engine);
    try {
      const appA = createApp({ storage: a });
      const appB = createApp({ storage: b });
      const created = await data<{ createDataset: { id: string } }>(
        appB,
        'mutation { createDataset(name: "shared") { id } }',
      );
      const d = created.createDataset.id;
      const create = `mutation($d: ID!) {
        createModel(datasetId: $d, name: "m", baselineModel: "yolov8n", trainingSliceIds: [], validationSliceIds: []) { id }
      }`;
      await readCatalog(appA, d);
      expect((await readCatalog(appA, d)).models.totalCount).toBe(0);

      const { createModel: model } = await data<{ createModel: { id: string } }>(appB, create, { d });
      expect((await readCatalog(appA, d)).models.models).toEqual([
        { id: model.id, name: 'm', isPinned: false, trainingClasses: [] },
      ]);
      await data(appB, 'mutation($d: ID!, $id: ID!) { pinModel(datasetId: $d, id: $id) { id } }', { d, id: model.id });
      expect((await readCatalog(appA, d)).models.models[0]?.isPinned).toBe(true);
      // And the other way round.
      await data(appA, 'mutation($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', { d, id: model.id });
      expect((await readCatalog(appB, d)).models.totalCount).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it('does not store errors or run a mutation from memory', async () => {
    const api = await setup({ engine });
    try {
      const lookup = 'query($n: String) { dataset(name: $n) { name } }';
      const missing = await api.gql(lookup, { n: 'late' });
      expect(missing.errors?.[0]?.code).toBe('NOT_FOUND');
      // Inserted without a version bump: only a fresh execution can find it.
      const at = new Date().toISOString();
      await sql`insert into datasets (id, name, name_lower, created_at) values ('late-id', 'late', 'late', ${at})`.execute(
        api.storage.db,
      );
      expect((await api.gql(lookup, { n: 'late' })).data).toEqual({ dataset: { name: 'late' } });

      const create = 'mutation { createDataset(name: "twice") { name } }';
      expect((await api.gql(create)).data).toEqual({ createDataset: { name: 'twice' } });
      expect((await api.gql(create)).errors?.[0]?.code).toBe('BAD_REQUEST');
    } finally {
      await api.close();
    }
  });

  it('keeps answering correctly after refused writes, which leave the version alone', async () => {
    const api = await setup({ engine });
    try {
      const d = await createDataset(api);
      const sliceId = await createSlice(api, d, 'a');
      await createSlice(api, d, 'b');
      const before = await readCatalog(api.app, d);
      const version = await readCatalogVersion(api.storage.db);

      // Rolled back inside the transaction (after the counters were touched) …
      const unknownSlice = await api.gql(
        `mutation($d: ID!) {
          createModel(datasetId: $d, name: "m", baselineModel: "yolov8n", trainingSliceIds: ["nope"], validationSliceIds: []) { id }
        }`,
        { d },
      );
      expect(unknownSlice.errors?.[0]?.code).toBe('NOT_FOUND');
      // … and refused by the input rules or a unique name before any write.
      const badInput = await api.gql(
        'mutation($d: ID!) { createModel(datasetId: $d, name: "", baselineModel: "", trainingSliceIds: [], validationSliceIds: []) { id } }',
        { d },
      );
      expect(badInput.errors?.[0]?.code).toBe('BAD_REQUEST');
      const taken = await api.gql(
        'mutation($d: String!, $id: ID!) { updateSlice(datasetId: $d, id: $id, name: "b") { id } }',
        {
          d,
          id: sliceId,
        },
      );
      expect(taken.errors?.[0]?.code).toBe('BAD_REQUEST');

      expect(await readCatalogVersion(api.storage.db)).toBe(version);
      expect(await readCatalog(api.app, d)).toEqual(before);
      await createModel(api, d, { name: 'after' });
      expect((await readCatalog(api.app, d)).models.models.map((m) => m.name)).toEqual(['after']);
    } finally {
      await api.close();
    }
  });

  /**
   * A yoga with only the cache, over `{ executions(n) }`, which answers how many times it has run;
   * `during` runs inside each execution.
   */
  function countingApp(db: Storage['db'], options: ResponseCacheOptions, during: (run: number) => Promise<void>) {
    let executions = 0;
    const schema = createSchema({
      typeDefs: 'type Query { executions(n: Int): Int! }',
      resolvers: {
        Query: {
          executions: async () => {
            executions += 1;
            await during(executions);
            return executions;
          },
        },
      },
    });
    const yoga = createYoga({
      schema,
      plugins: [useSerialisedResults(), useResponseCache(db, options)],
      logging: false,
    });
    return async (n = 0) => {
      const query = 'query($n: Int) { executions(n: $n) }';
      const answer = await postOk<{ executions: number }>(
        'http://localhost/graphql',
        query,
        { n },
        { fetch: (url, init) => yoga.fetch(url, init) },
      );
      return answer.executions;
    };
  }

  it('does not store a result computed while a write committed', async () => {
    const api = await setup({ engine });
    try {
      const { db } = api.storage;
      // The first execution sees a write commit while it runs.
      const ask = countingApp(db, {}, (run) => (run === 1 ? bumpCatalogVersion(db) : Promise.resolve()));
      expect(await ask()).toBe(1);
      // A request that read the version before that write committed must not find the torn result.
      await sql`update catalog_version set version = version - 1 where id = 1`.execute(db);
      expect(await ask()).toBe(2);
      expect(await ask()).toBe(2); // stored this time: nothing committed while it ran
    } finally {
      await api.close();
    }
  });

  it('stores an answer the second time it is asked for, so one-off queries leave stored ones alone', async () => {
    const api = await setup({ engine });
    try {
      const few = countingApp(api.storage.db, { maxEntries: 2 }, () => Promise.resolve());
      expect([await few(1), await few(1), await few(1)]).toEqual([1, 2, 2]);
      expect([await few(2), await few(2), await few(2)]).toEqual([3, 4, 4]);
      for (let n = 100; n < 110; n++) await few(n);
      expect([await few(1), await few(2)]).toEqual([2, 4]);
    } finally {
      await api.close();
    }
  });

  it('holds at most maxEntries answers, and none larger than maxChars', async () => {
    const api = await setup({ engine });
    try {
      const few = countingApp(api.storage.db, { maxEntries: 2 }, () => Promise.resolve());
      expect([await few(1), await few(1), await few(2), await few(2), await few(1)]).toEqual([1, 2, 3, 4, 2]);
      expect([await few(3), await few(3)]).toEqual([5, 6]);
      // The least recently used answer (n = 2) made room for n = 3.
      expect([await few(3), await few(1), await few(2)]).toEqual([6, 2, 7]);
      const tiny = countingApp(api.storage.db, { maxChars: 10 }, () => Promise.resolve());
      expect([await tiny(1), await tiny(1), await tiny(1)]).toEqual([1, 2, 3]);
    } finally {
      await api.close();
    }
  });

  it('still checks access keys on every request', async () => {
    const key = { accessKey: 'k', accessKeySecret: 'secret s' };
    const api = await setup({ engine, accessKeys: [key] });
    try {
      const auth = { Authorization: basicAuthorization('k', 'secret s') };
      const query = '{ datasets { totalCount } }';
      expect((await post(api.app, query, {}, auth)).status).toBe(200);
      expect((await post(api.app, query, {}, auth)).status).toBe(200);
      expect((await post(api.app, query)).status).toBe(401);
      expect((await post(api.app, query, {}, { Authorization: 'Basic d3Jvbmc6a2V5' })).status).toBe(401);
    } finally {
      await api.close();
    }
  });
});

describe('proxy mode', () => {
  let proxy: Server | undefined;
  afterAll(() => new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined))));

  it('relays every query: the upstream owns the data', async () => {
    let answered = 0;
    const upstream: typeof fetch = () => {
      answered += 1;
      const body = JSON.stringify({ data: { datasets: { totalCount: answered } } });
      return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    };
    const handler = createProxy({
      host: 'http://upstream.invalid',
      upstreamKey: { accessKey: 'a', accessKeySecret: 'b' },
      fetch: upstream,
    });
    const server = createServer(createHttpApp({ api: handler }).listener);
    proxy = server;
    await new Promise<void>((resolve) => server.listen(PROXY_PORT, '127.0.0.1', resolve));
    const ask = async () => {
      const url = `http://127.0.0.1:${PROXY_PORT}/graphql/`;
      const answer = await postGraphql(url, '{ datasets { totalCount } }', {}, { headers: CSRF });
      return answer.body;
    };
    expect(await ask()).toEqual({ data: { datasets: { totalCount: 1 } } });
    expect(await ask()).toEqual({ data: { datasets: { totalCount: 2 } } });
  });
});
