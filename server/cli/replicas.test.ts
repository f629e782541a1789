// Two real server processes (server/cli/main.ts) on one PostgreSQL database behave as one (README "Deploying for a team"):
// concurrent writes through both lose nothing and duplicate nothing, a cursor from one continues on
// the other, and a browser session from one works on the other until either signs it out.
// (SQLite serves one process per file, so PostgreSQL only, like multi-server.test.ts.)
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CSRF, post, postOk, postRaw, type Answer } from '../test-kit/graphql';
import { createPostgresDatabase, engines, PIN, UNPIN, UPDATE, type ModelsPage } from '../test-kit/setup';
import { spawnServer } from '../test-kit/spawn-server';
import { basicAuthorization } from '../auth/access';

const KEY = { accessKey: 'team', accessKeySecret: 'replica secret' };
const BASIC = { Authorization: basicAuthorization(KEY.accessKey, KEY.accessKeySecret) };
/** The ports this suite may use. */
const PORT_RANGE = { first: 4900, last: 4919 };
// Process start-up (tsx) takes seconds when other test runs compete for the two cores.
const SPAWN_TIMEOUT = { timeout: 240_000 };

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last && ports.length < count; port++) {
    if (await isFree(port)) ports.push(port);
  }
  if (ports.length < count) throw new Error(`Fewer than ${count} free ports in ${PORT_RANGE.first}–${PORT_RANGE.last}`);
  return ports;
}

/** One per replica started, failed starts included: stops it and resolves to its exit code. */
const running: (() => Promise<number | null>)[] = [];

/** `npm start` as a team deploys it: access keys, PostgreSQL, no demo data. Resolves to its base URL. */
async function startReplica(port: number, database: string): Promise<string> {
  const replica = spawnServer(['--port', String(port), '--db', database, '--seed', 'none', '--api-only'], {
    env: { MODEL_CATALOG_ACCESS_KEY: KEY.accessKey, MODEL_CATALOG_ACCESS_KEY_SECRET: KEY.accessKeySecret },
  });
  running.push(async () => (await replica).stop());
  return (await replica).url;
}

async function gql<T>(
  base: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<T>> {
  const answer = await post<T>(`${base}/graphql/`, query, variables, { headers });
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}

/** Like gql, but fails unless the answer has data and no errors. */
const ok = <T>(base: string, headers: Record<string, string>, query: string, variables = {}): Promise<T> =>
  postOk<T>(`${base}/graphql/`, query, variables, { headers });

const CREATE_MODEL = `mutation($d: ID!, $name: String!) {
  createModel(datasetId: $d, name: $name, baselineModel: "yolov8n", trainingSliceIds: [], validationSliceIds: []) { id }
}`;
const DELETE = 'mutation($d: ID!, $id: ID!){ deleteModel(datasetId: $d, id: $id) }';
const LIST = `query($d: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $d, filter: $filter, cursor: $cursor, length: $length) {
    models { id name description isPinned isTrained meta } next totalCount
  }
}`;

interface Model {
  id: string;
  name: string;
  description: string | null;
  isPinned: boolean;
  isTrained: boolean;
  meta: Record<string, unknown> | null;
}
type ModelPage = ModelsPage<Model>;

/** A, B, A, B: each replica sends the same write twice. */
const REPLICAS_TWICE = [0, 1, 0, 1] as const;

describe.runIf(engines.includes('postgres'))('two server processes on one PostgreSQL database', SPAWN_TIMEOUT, () => {
  /** Base URLs of the two replicas. */
  let a: string;
  let b: string;
  /** Signed in on A; every request to B below rides on it. */
  let cookie: string;
  let asA: Record<string, string>;
  let asB: Record<string, string>;

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    const [portA, portB] = (await freePorts(2)) as [number, number];
    // Both start at once on the new database, as a team's replicas would.
    [a, b] = await Promise.all([startReplica(portA, database), startReplica(portB, database)]);
    const signIn = await fetch(`${a}/auth/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...CSRF },
      body: JSON.stringify(KEY),
    });
    expect(signIn.status).toBe(200);
    cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    asA = BASIC;
    asB = { Cookie: cookie, ...CSRF };
  }, SPAWN_TIMEOUT.timeout);

  afterAll(async () => {
    // Both shut down cleanly (exit code 0) on SIGTERM.
    expect(await Promise.all(running.map((stop) => stop()))).toEqual([0, 0]);
  }, SPAWN_TIMEOUT.timeout);

  /** Every page of a list, alternating replicas, so each cursor from one is continued by the other. */
  async function walk(datasetId: string, filter: unknown = null): Promise<Model[]> {
    const rows: Model[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const [base, headers] = page % 2 === 0 ? [a, asA] : [b, asB];
      const result: ModelPage = await ok<ModelPage>(base, headers, LIST, { d: datasetId, filter, cursor, length: 7 });
      rows.push(...result.models.models);
      totals.push(result.models.totalCount);
      cursor = result.models.next;
      if (cursor === null) {
        // Every page's totalCount, from either replica, matches what the full walk found.
        expect(new Set(totals)).toEqual(new Set([rows.length]));
        return rows;
      }
    }
    throw new Error('pagination did not end');
  }

  it('takes concurrent writes through both without losing or duplicating anything', async () => {
    const both = [
      { base: a, headers: asA },
      { base: b, headers: asB },
    ] as const;
    const { createDataset } = await ok<{ createDataset: { id: string } }>(
      b,
      asB,
      'mutation { createDataset(name: "shared") { id } }',
    );
    const d = createDataset.id;
    const create = (i: number, name = `m${i}`) =>
      ok<{ createModel: { id: string } }>(both[i % 2]!.base, both[i % 2]!.headers, CREATE_MODEL, { d, name }).then(
        (r) => r.createModel.id,
      );
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => create(i)));
    expect(new Set(ids).size).toBe(40);

    const pinned = ids.slice(0, 10); // pinned and unpinned at once on both
    const contested = ids.slice(10, 20); // the same fields updated on both
    const split = ids.slice(20, 30); // different fields updated on both
    const deleted = ids.slice(30, 40); // deleted on both at once
    const send = (replica: 0 | 1, query: string, variables: Record<string, unknown>) =>
      gql<Record<string, unknown>>(both[replica].base, both[replica].headers, query, { d, ...variables });

    const [pins, updates, splits, deletes, created, datasetTwins, sliceTwins] = await Promise.all([
      Promise.all(pinned.flatMap((id) => [send(0, PIN, { id }), send(1, UNPIN, { id }), send(1, PIN, { id })])),
      Promise.all(
        contested.flatMap((id) => [
          send(0, UPDATE, { id, description: `from A`, isTrained: true, meta: { by: 'A' } }),
          send(1, UPDATE, { id, description: `from B`, isTrained: false, meta: { by: 'B' } }),
        ]),
      ),
      Promise.all(
        split.flatMap((id, i) => [
          send(0, UPDATE, { id, isTrained: true }),
          send(1, UPDATE, { id, description: `d${i}` }),
          send(i % 2 === 0 ? 1 : 0, PIN, { id }),
        ]),
      ),
      Promise.all(deleted.flatMap((id) => [send(0, DELETE, { id }), send(1, DELETE, { id })])),
      Promise.all(Array.from({ length: 10 }, (_, i) => create(i, `late${i}`))),
      Promise.all(
        REPLICAS_TWICE.map((r) =>
          gql(both[r].base, both[r].headers, 'mutation { createDataset(name: "twin") { id } }'),
        ),
      ),
      Promise.all(
        REPLICAS_TWICE.map((r) =>
          send(r, 'mutation($d: String!){ createSlice(datasetId: $d, name: "train") { id } }', {}),
        ),
      ),
    ]);

    // Every write except the contested deletes was acknowledged.
    for (const answer of [...pins, ...updates, ...splits]) expect(answer.errors).toBeUndefined();
    for (let i = 0; i < deleted.length; i++) {
      const pair = deletes.slice(2 * i, 2 * i + 2);
      // Exactly one of the two deletes of a model wins; the other finds it gone.
      expect(pair.filter((r) => r.data?.['deleteModel'] === true)).toHaveLength(1);
      expect(pair.find((r) => r.errors !== undefined)?.errors?.[0]).toMatchObject({ code: 'NOT_FOUND' });
    }
    // The same name created on both at once: exactly one wins, the others get the contract's error.
    for (const twins of [datasetTwins, sliceTwins]) {
      expect(twins.filter((r) => r.errors === undefined)).toHaveLength(1);
      for (const r of twins.filter((r) => r.errors !== undefined)) {
        expect(r.errors?.[0]).toMatchObject({
          code: 'BAD_REQUEST',
          extensions: { code: 'BAD_REQUEST', field: 'name' },
        });
      }
    }

    const all = await walk(d);
    const byId = new Map(all.map((m) => [m.id, m]));
    // No duplicates, nothing lost, nothing deleted left behind.
    expect(byId.size).toBe(all.length);
    expect([...byId.keys()].sort()).toEqual([...ids.slice(0, 30), ...created].sort());
    // The walk through both replicas sees the same order as one page from either.
    const single = await ok<ModelPage>(b, asB, LIST, { d, length: 50 });
    expect(all.map((m) => m.id)).toEqual(single.models.models.map((m) => m.id));

    // The final state of each model is one some acknowledged write produced, never a mix of two.
    for (const id of contested) {
      const { description, isTrained, meta } = byId.get(id)!;
      expect([
        { description: 'from A', isTrained: true, meta: { by: 'A' } },
        { description: 'from B', isTrained: false, meta: { by: 'B' } },
      ]).toContainEqual({ description, isTrained, meta });
    }
    // Writes of different fields both survive.
    for (const [i, id] of split.entries()) {
      expect(byId.get(id)).toMatchObject({ description: `d${i}`, isTrained: true, isPinned: true });
    }
    // Counts agree with the full listing for every flag filter, on both replicas.
    const count = (keep: (m: Model) => boolean) => all.filter(keep).length;
    expect((await walk(d, { must: { isPinned: true } })).length).toBe(count((m) => m.isPinned));
    expect((await walk(d, { must: { isTrained: true }, not: { isPinned: true } })).length).toBe(
      count((m) => m.isTrained && !m.isPinned),
    );
    expect((await walk(d, { must: { nameContains: 'late' } })).map((m) => m.id).sort()).toEqual([...created].sort());

    const datasets = await ok<{ datasets: { datasets: { name: string }[]; totalCount: number } }>(
      a,
      asA,
      '{ datasets(length: 50) { datasets { name } totalCount } }',
    );
    expect(datasets.datasets.datasets.map((x) => x.name).sort()).toEqual(['shared', 'twin']);
    expect(datasets.datasets.totalCount).toBe(2);
    const slices = await ok<{ slices: { slices: { name: string }[]; totalCount: number } }>(
      b,
      asB,
      'query($d: String!){ slices(datasetId: $d, length: 50) { slices { name } totalCount } }',
      { d },
    );
    expect(slices.slices).toEqual({ slices: [{ name: 'train' }], totalCount: 1 });
  });

  it('accepts a browser session signed in on A on B, and refuses it on A once signed out on B', async () => {
    const session = (base: string) =>
      fetch(`${base}/auth/session`, { headers: { Cookie: cookie } }).then((r) => r.json() as Promise<unknown>);
    const datasets = (base: string) =>
      postRaw(
        `${base}/graphql/`,
        '{ datasets(length: 1) { totalCount } }',
        {},
        { headers: { Cookie: cookie, ...CSRF } },
      );
    expect(await session(b)).toEqual({ required: true, authenticated: true, accessKey: 'team' });
    expect((await datasets(a)).status).toBe(200);
    expect((await datasets(b)).status).toBe(200);

    const signOut = await fetch(`${b}/auth/session`, { method: 'DELETE', headers: { Cookie: cookie, ...CSRF } });
    expect(signOut.status).toBe(204);
    expect(await session(a)).toEqual({ required: true, authenticated: false, accessKey: null });
    const refused = await datasets(a);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ errors: [{ code: 'UNAUTHENTICATED' }] });
    expect((await datasets(b)).status).toBe(401);
  });
});
