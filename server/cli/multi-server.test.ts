// Several server processes on one PostgreSQL database behave as one (README "Deploying for a team"): two apps, each with
// its own connection pool, take concurrent writes; nothing is lost or duplicated, counts add up and
// either server accepts the other's cursors. (SQLite serves one process per file, so PostgreSQL only.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openStorage } from '../storage/db';
import { migrations } from '../storage/migrations';
import {
  createDataset,
  createModel,
  createPostgresDatabase,
  createSlice,
  engines,
  PIN,
  setup,
  UNPIN,
  UPDATE,
  type ModelsPage,
  type TestApi,
} from '../test-kit/setup';

const LIST = `query($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) { models { id isPinned isTrained } next totalCount }
}`;
const GET = 'query($d: ID!, $id: ID!){ model(datasetId: $d, id: $id) { id description isTrained isPinned meta } }';

interface Row {
  id: string;
  isPinned: boolean;
  isTrained: boolean;
}
type Page = ModelsPage<Row>;

describe.runIf(engines.includes('postgres'))('two servers on one PostgreSQL database', () => {
  let one: TestApi;
  let two: TestApi;
  let datasetId: string;
  beforeEach(async () => {
    one = await setup({ engine: 'postgres', ownPool: true });
    two = await setup({ engine: 'postgres', ownPool: true });
    datasetId = await createDataset(one, 'shared');
  });
  afterEach(async () => {
    await one.close();
    await two.close();
  });

  /** Walks every page, alternating servers, and checks each page's totalCount. */
  async function walk(filter: unknown, expectedTotal: number): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const api = page % 2 === 0 ? one : two;
      const result: Page = await api.ok<Page>(LIST, { datasetId, filter, cursor, length: 7 });
      expect(result.models.totalCount).toBe(expectedTotal);
      rows.push(...result.models.models);
      cursor = result.models.next;
      if (cursor === null) return rows;
    }
    throw new Error('pagination did not end');
  }

  it('keeps counts, pins and updates consistent under concurrent writes through both', async () => {
    const servers = [one, two];
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, i) => createModel(servers[i % 2]!, datasetId, { name: `m${i}` })),
    );
    const ids = created.map((m) => m.id);
    expect(new Set(ids).size).toBe(40);

    // Each model gets a pin, a trained flag and a description from different servers at once:
    // none of the three writes may undo another.
    await Promise.all(
      ids.flatMap((id, i) => [
        servers[i % 2]!.ok(i % 3 === 0 ? UNPIN : PIN, { d: datasetId, id }),
        servers[(i + 1) % 2]!.ok(UPDATE, { d: datasetId, id, isTrained: i % 2 === 0 }),
        servers[i % 2]!.ok(UPDATE, { d: datasetId, id, description: `d${i}`, meta: { i } }),
        // Idempotent repeats race with the writes above.
        servers[(i + 1) % 2]!.ok(i % 3 === 0 ? UNPIN : PIN, { d: datasetId, id }),
      ]),
    );
    for (const [i, id] of ids.entries()) {
      const { model } = await servers[i % 2]!.ok<{ model: Record<string, unknown> }>(GET, { d: datasetId, id });
      expect(model).toEqual({ id, description: `d${i}`, isTrained: i % 2 === 0, isPinned: i % 3 !== 0, meta: { i } });
    }

    const all = await walk(null, 40);
    expect(all.map((r) => r.id).sort()).toEqual([...ids].sort());
    const pinned = all.filter((r) => r.isPinned).length;
    const trainedUnpinned = all.filter((r) => r.isTrained && !r.isPinned).length;
    expect(pinned).toBe(ids.filter((_, i) => i % 3 !== 0).length);
    expect((await walk({ must: { isPinned: true } }, pinned)).every((r) => r.isPinned)).toBe(true);
    await walk({ must: { isTrained: true }, not: { isPinned: true } }, trainedUnpinned);
    await walk({ must: { nameContains: 'M1' } }, 11);
  });

  it('counts concurrent creates and deletes from both servers exactly', async () => {
    const servers = [one, two];
    const first = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createModel(servers[i % 2]!, datasetId, { isPinned: i % 2 === 0 })),
    );
    await Promise.all([
      ...first.slice(0, 10).map(({ id }, i) =>
        servers[i % 2]!.ok('mutation($d: ID!, $id: ID!){ deleteModel(datasetId: $d, id: $id) }', {
          d: datasetId,
          id,
        }),
      ),
      ...Array.from({ length: 10 }, (_, i) => createModel(servers[(i + 1) % 2]!, datasetId, { isTrained: true })),
    ]);
    await walk(null, 30);
    await walk({ must: { isPinned: true } }, 10);
    await walk({ must: { isTrained: true } }, 10);
  });

  it('refuses a duplicate name created on both servers at once', async () => {
    const results = await Promise.all(
      [one, two, one, two].map((api) =>
        api.gql('mutation($d: String!){ createSlice(datasetId: $d, name: "train") { id } }', { d: datasetId }),
      ),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors !== undefined))
      expect(r.errors?.[0]).toMatchObject({ code: 'BAD_REQUEST', extensions: { field: 'name' } });
    const datasets = await Promise.all(
      [one, two].map((api) => api.gql('mutation { createDataset(name: "twin") { id } }')),
    );
    expect(datasets.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(datasets.find((r) => r.errors !== undefined)?.errors?.[0]).toMatchObject({ code: 'BAD_REQUEST' });
    await expect(createSlice(two, datasetId, 'train')).rejects.toThrow(/already exists/);
  });

  it('never half-deletes a slice that a concurrent create links to', async () => {
    for (let i = 0; i < 5; i++) {
      const sliceId = await createSlice(one, datasetId, `s${i}`);
      const [created, deleted] = await Promise.all([
        one.gql(
          'mutation($d: ID!, $s: ID!){ createModel(datasetId: $d, name: "m", baselineModel: "b", trainingSliceIds: [$s], validationSliceIds: []) { id } }',
          { d: datasetId, s: sliceId },
        ),
        two.gql('mutation($d: String!, $id: ID!){ deleteSlice(datasetId: $d, id: $id) }', {
          d: datasetId,
          id: sliceId,
        }),
      ]);
      // Either order is fine; a crash (INTERNAL) or both succeeding is not.
      if (created.errors === undefined) expect(deleted.errors?.[0]).toMatchObject({ code: 'BAD_REQUEST' });
      else expect([created.errors[0]?.code, deleted.errors]).toEqual(['NOT_FOUND', undefined]);
    }
  });

  it('lets several servers start on one new database at once', async () => {
    const url = await createPostgresDatabase();
    const storages = await Promise.all([openStorage(url), openStorage(url), openStorage(url)]);
    try {
      // One migration run and one cursor secret for all of them.
      expect(new Set(storages.map((s) => s.cursorSecret.toString('hex'))).size).toBe(1);
      expect(new Set(storages.map((s) => s.contentUrlSecret.toString('hex'))).size).toBe(1);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        storages[0].db,
      );
      expect(applied.rows).toEqual(Object.keys(migrations).map((name) => ({ name })));
    } finally {
      await Promise.all(storages.map((s) => s.close()));
    }
  });
});
