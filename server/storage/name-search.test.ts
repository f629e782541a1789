// Model name search (README "Performance"): the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL)
// finds exactly what a case-insensitive substring match finds, for any input, and follows every write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, Migrator, sql, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engines, openTestStorage } from '../test-kit/setup';
import { insertSyntheticModels } from './bulk';
import { createDataset, deleteDataset } from './datasets.repo';
import { openStorage, type Storage } from './db';
import { normalizeFilter } from './filters';
import { migrations } from './migrations';
import { createModel, deleteModel, listModels, updateModel } from './models.repo';

const NAMES = [
  'yolov8m-exp-000001',
  'YOLOv8m-Exp-000002',
  'rtdetr-l run 3',
  '100% recall',
  '1000 recall',
  'under_score',
  'underXscore',
  'back\\slash',
  `it's "quoted"`,
  'Ünïcödé Modèl',
  'ab',
  'a',
];

const NEEDLES = [
  'yolov8m',
  'YOLOV8M',
  'exp-00000',
  '000002',
  'v8',
  'a',
  'b',
  'ab',
  '%',
  '0%',
  '% r',
  '_',
  'r_s',
  '\\',
  'k\\s',
  "'",
  '"',
  `s "q`,
  '""',
  'ünï',
  'ÜNÏCÖDÉ',
  'ödé m',
  '*',
  'NEAR',
  'recall',
  'nothing like it',
];

const expected = (needle: string, names: readonly string[]) =>
  names.filter((n) => n.toLowerCase().includes(needle.toLowerCase())).sort();

async function search(storage: Storage, datasetId: string, needle: string) {
  const page = await listModels(storage, datasetId, normalizeFilter({ must: { nameContains: needle } }), null, 500);
  return { names: page.models.map((m) => m.name).sort(), totalCount: page.totalCount };
}

const newModel = (name: string) => ({
  name,
  baselineModel: 'yolov8n',
  trainingSliceIds: [],
  validationSliceIds: [],
});

describe.each(engines)('on %s', (engine) => {
  let storage: Storage;
  let datasetId: string;
  beforeEach(async () => {
    storage = await openTestStorage(engine);
    datasetId = (await createDataset(storage, { name: 'd' }, 'test')).id;
  });
  afterEach(() => storage.close());

  it('nameContains finds exactly the names containing the text, ignoring case, for any input', async () => {
    for (const name of NAMES) await createModel(storage, datasetId, newModel(name), 'test');
    for (const needle of NEEDLES) {
      const want = expected(needle, NAMES);
      expect(await search(storage, datasetId, needle), needle).toEqual({ names: want, totalCount: want.length });
    }
  });

  it('pages through the matches newest first with cursors, whichever way they are found', async () => {
    const names = Array.from(
      { length: 30 },
      (_, i) => `${i % 3 === 0 ? 'match' : 'other'}-${String(i).padStart(2, '0')}`,
    );
    await insertSyntheticModels(
      storage.db,
      datasetId,
      names.map((name, i) => ({
        name,
        baselineModel: 'b',
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      })),
    );
    // 'match' is rare enough for the index to drive the page; 'e' (one character) is scanned for.
    for (const needle of ['match', 'e']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await listModels(
          storage,
          datasetId,
          normalizeFilter({ must: { nameContains: needle } }),
          cursor,
          4,
        );
        seen.push(...page.models.map((m) => m.name));
        cursor = page.next;
      } while (cursor !== null);
      expect(seen, needle).toEqual(names.filter((n) => n.includes(needle)).reverse());
    }
  });

  it('follows renames and deletes at once', async () => {
    const a = await createModel(storage, datasetId, newModel('alpha-model'), 'test');
    await createModel(storage, datasetId, newModel('beta-model'), 'test');
    await updateModel(storage, datasetId, a.id, { name: 'gamma-model' }, 'test');
    expect((await search(storage, datasetId, 'alpha')).names).toEqual([]);
    expect((await search(storage, datasetId, 'gamma')).names).toEqual(['gamma-model']);
    // A change that leaves the name alone keeps the model findable.
    await updateModel(storage, datasetId, a.id, { description: 'x' }, 'test');
    expect((await search(storage, datasetId, 'gamma')).names).toEqual(['gamma-model']);
    await deleteModel(storage, datasetId, a.id, 'test');
    expect(await search(storage, datasetId, 'model')).toEqual({ names: ['beta-model'], totalCount: 1 });
  });

  it('finds bulk-inserted models, and no model of another dataset', async () => {
    const other = (await createDataset(storage, { name: 'other' }, 'test')).id;
    await insertSyntheticModels(storage.db, other, [{ name: 'shared-name-1', baselineModel: 'b' }]);
    await insertSyntheticModels(
      storage.db,
      datasetId,
      Array.from({ length: 120 }, (_, i) => ({ name: `shared-name-${i}`, baselineModel: 'b' })),
    );
    expect(await search(storage, datasetId, 'name-11')).toEqual({
      names: ['shared-name-11', ...Array.from({ length: 10 }, (_, i) => `shared-name-11${i}`)].sort(),
      totalCount: 11,
    });
    expect((await search(storage, other, 'shared')).names).toEqual(['shared-name-1']);
  });
});

describe('the FTS5 index on SQLite', () => {
  let storage: Storage;
  let datasetId: string;
  beforeEach(async () => {
    storage = await openTestStorage('sqlite');
    datasetId = (await createDataset(storage, { name: 'd' }, 'test')).id;
  });
  afterEach(() => storage.close());

  const rowsOf = async (table: 'models' | 'models_name_search') =>
    (
      await sql<{
        rowid: number;
        name_lower: string;
      }>`select rowid, name_lower from ${sql.table(table)} order by rowid`.execute(storage.db)
    ).rows;

  it('stays equal to the models table through every kind of write', async () => {
    const a = await createModel(storage, datasetId, newModel('One'), 'test');
    await createModel(storage, datasetId, newModel('Two'), 'test');
    await updateModel(storage, datasetId, a.id, { name: 'Three' }, 'test');
    expect(await rowsOf('models_name_search')).toEqual(await rowsOf('models'));
    // Deleting the dataset cascades to its models: the index forgets them too.
    await deleteDataset(storage, datasetId);
    expect(await rowsOf('models_name_search')).toEqual([]);
  });
});

describe('migration 0004 on an existing SQLite file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'name-search-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes the models that were stored before it', async () => {
    const file = path.join(dir, 'old.db');
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
    const { error } = await new Migrator({
      db: old,
      provider: { getMigrations: () => Promise.resolve(before) },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    const at = '2026-01-01T00:00:00.000Z';
    await sql`insert into datasets (id, name, name_lower, created_at) values ('d1', 'd', 'd', ${at})`.execute(old);
    for (const [i, name] of ['Old-Model-A', 'old-model-b', 'new-thing'].entries()) {
      await sql`insert into models (id, dataset_id, name, name_lower, baseline_model, created_at)
        values (${`m${i}`}, 'd1', ${name}, ${name.toLowerCase()}, 'b', ${at})`.execute(old);
    }
    await old.destroy();

    const storage = await openStorage(file);
    try {
      expect(await search(storage, 'd1', 'OLD-MODEL')).toEqual({
        names: ['Old-Model-A', 'old-model-b'],
        totalCount: 2,
      });
      await createModel(storage, 'd1', newModel('old-model-c'), 'test');
      expect((await search(storage, 'd1', 'model-c')).names).toEqual(['old-model-c']);
    } finally {
      await storage.close();
    }
  });
});
