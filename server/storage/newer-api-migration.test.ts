// Upgrading a catalog written before the newer models API (schema 0003) keeps every byte: the old tables'
// rows are unchanged after migrating (the per-class rows now inside their model's row), the first generation
// reads them as before, every model is also readable through the newer API (status from isTrained,
// completedAt from trainedAt), and content files (0006) work on it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_GENERATION as OLD, NEWER_API as NEW } from '../test-kit/sdk-documents';
import { CONTENT_DOCUMENTS as CONTENTS } from '../test-kit/sdk-content-documents';
import { createPostgresDatabase, engines, inProcess, type Engine } from '../test-kit/setup';
import { openStorage, type Storage } from './db';
import { migrations } from './migrations';

/** Rows as the release before wrote them (its schema: migrations 0001–0003). */
const OLD_ROWS = {
  datasets: [
    {
      id: 'ds-1',
      name: 'Legacy ✓',
      name_lower: 'legacy ✓',
      description: 'written by the old release',
      created_at: '2025-11-01T00:00:00.000Z',
      created_by: 'key-1',
      updated_at: null,
      updated_by: null,
    },
  ],
  slices: [
    ['sl-a', 'train', 800],
    ['sl-b', 'val', null],
  ].map(([id, name, count]) => ({
    id,
    dataset_id: 'ds-1',
    name,
    name_lower: name,
    description: null,
    is_pinned: 0,
    data_count: count,
    created_at: '2025-11-01T00:00:01.000Z',
    created_by: 'key-1',
    updated_at: '2025-11-01T00:00:01.000Z',
    updated_by: 'key-1',
  })),
  models: [
    ['m-trained', 1, 1, '2025-11-04T09:07:46.123Z', '{"epochs":50,"note":"ünïcødé"}'],
    ['m-untrained', 0, 0, null, null],
    // The first generation allowed a trainedAt on an untrained model: it is kept as it is.
    ['m-odd', 0, 1, '2025-10-01T00:00:00.000Z', '{}'],
  ].map(([id, trained, pinned, trainedAt, meta], i) => ({
    id,
    dataset_id: 'ds-1',
    name: `Model ${i}`,
    name_lower: `model ${i}`,
    description: i === 0 ? 'best' : null,
    baseline_model: 'yolov8n',
    model_content_id: i === 0 ? 'weights-1' : null,
    is_trained: trained,
    is_pinned: pinned,
    trained_at: trainedAt,
    meta,
    created_at: `2025-11-02T00:00:0${i}.000Z`,
    created_by: 'key-1',
    updated_at: `2025-11-03T00:00:0${i}.000Z`,
    updated_by: 'key-1',
  })),
  model_classes: [
    ['car', 'box', 0.81, 1200, 300],
    ['person', null, 0.123456789012345, null, 7],
  ].map(([name, type, ap, train, validation], position) => ({
    model_id: 'm-trained',
    position,
    class_name: name,
    annotation_type: type,
    ap,
    training_annotations_count: train,
    validation_annotations_count: validation,
  })),
  model_slices: [
    { model_id: 'm-trained', role: 'training', position: 0, slice_id: 'sl-a' },
    { model_id: 'm-trained', role: 'validation', position: 0, slice_id: 'sl-b' },
  ],
  dataset_model_stats: [
    {
      dataset_id: 'ds-1',
      version: 4,
      unpinned_untrained: 1,
      unpinned_trained: 0,
      pinned_untrained: 1,
      pinned_trained: 1,
    },
  ],
  app_settings: [{ key: 'cursor_secret', value: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg' }],
};

type OldTable = keyof typeof OLD_ROWS;
const ORDER: Record<OldTable, string> = {
  datasets: 'id',
  slices: 'id',
  models: 'id',
  model_classes: 'model_id, position',
  model_slices: 'model_id, role, position',
  dataset_model_stats: 'dataset_id',
  app_settings: 'key',
};

/**
 * model_classes as its rows were, read back from where migration 0007 moved them: each model row's
 * training_classes column.
 */
async function inlinedClassRows(db: Kysely<unknown>): Promise<unknown[]> {
  const { rows } = await sql<{
    id: string;
    training_classes: string;
  }>`select id, training_classes from models order by id`.execute(db);
  return rows.flatMap(({ id, training_classes }) =>
    (JSON.parse(training_classes) as unknown[][]).map(([name, type, ap, train, validation], position) => ({
      model_id: id,
      position,
      class_name: name,
      annotation_type: type,
      ap,
      training_annotations_count: train,
      validation_annotations_count: validation,
    })),
  );
}

/** The old tables' rows, old columns only, as JSON text (after migrating, the classes from their new place). */
async function oldTablesText(db: Kysely<unknown>, { migrated = false } = {}): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.keys(ORDER) as OldTable[]) {
    if (migrated && table === 'model_classes') {
      out[table] = await inlinedClassRows(db);
      continue;
    }
    const columns = Object.keys(OLD_ROWS[table][0]!);
    const { rows } =
      await sql`select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)} order by ${sql.raw(ORDER[table])}`.execute(
        db,
      );
    out[table] = rows;
  }
  return JSON.stringify(out);
}

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A database at schema 0003 holding OLD_ROWS: its URL and its old tables' text. */
async function oldCatalog(engine: Engine): Promise<{ url: string; before: string }> {
  let url: string;
  let db: Kysely<unknown>;
  if (engine === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'catalog-upgrade-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    url = path.join(dir, 'old.db');
    db = new Kysely({ dialect: new SqliteDialect({ database: new Database(url) }) });
  } else {
    url = await createPostgresDatabase();
    db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
  }
  const provider = { getMigrations: () => Promise.resolve(migrations) };
  const { error } = await new Migrator({ db, provider }).migrateTo('0003_catalog_version');
  expect(error).toBeUndefined();
  for (const [table, rows] of Object.entries(OLD_ROWS) as Array<[string, Array<Record<string, unknown>>]>) {
    const columns = Object.keys(rows[0]!);
    const values = rows.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(
      db,
    );
  }
  const before = await oldTablesText(db);
  await db.destroy();
  return { url, before };
}

describe.each(engines)('on %s', (engine) => {
  it('migrates a catalog of the release before without changing a byte, readable through both APIs', async () => {
    const { url, before } = await oldCatalog(engine);
    const storage: Storage = await openStorage(url);
    cleanups.push(() => storage.close());
    expect(await oldTablesText(storage.db as unknown as Kysely<unknown>, { migrated: true })).toBe(before);

    const statuses = await storage.db.selectFrom('models').select(['id', 'status']).orderBy('id').execute();
    expect(statuses).toEqual([
      { id: 'm-odd', status: 'PENDING' },
      { id: 'm-trained', status: 'COMPLETED' },
      { id: 'm-untrained', status: 'PENDING' },
    ]);

    const { app, ok } = inProcess(storage);
    const gql = ok<Record<string, Record<string, unknown>>>;
    const old = (await gql(OLD.model, { datasetId: 'ds-1', modelId: 'm-trained' }))['model'];
    expect(old).toMatchObject({
      baselineModel: 'yolov8n',
      isTrained: true,
      isPinned: true,
      trainedAt: '2025-11-04T09:07:46.123Z',
      meta: { epochs: 50, note: 'ünïcødé' },
      modelContent: { id: 'weights-1', downloadURL: null },
      trainingDataCount: 800,
      validationDataCount: null,
      trainingClasses: [
        {
          class: 'car',
          annotationType: 'box',
          ap: 0.81,
          trainingAnnotationsCount: 1200,
          validationAnnotationsCount: 300,
        },
        {
          class: 'person',
          annotationType: null,
          ap: 0.123456789012345,
          trainingAnnotationsCount: null,
          validationAnnotationsCount: 7,
        },
      ],
      trainingSlices: [{ id: 'sl-a', name: 'train' }],
      updatedAt: '2025-11-03T00:00:00.000Z',
    });
    const all = (await gql(NEW.models, { dataset_id: 'ds-1', filter: null, order_by: null, cursor: null, length: 10 }))[
      'models'
    ] as { models: Array<Record<string, unknown>>; totalCount: number };
    expect(all.totalCount).toBe(3);
    expect(all.models).toEqual([
      expect.objectContaining({
        id: 'm-odd',
        status: 'PENDING',
        completedAt: '2025-10-01T00:00:00.000Z',
        isPinned: true,
      }),
      expect.objectContaining({ id: 'm-untrained', status: 'PENDING', completedAt: null, trainingAnnotations: [] }),
      expect.objectContaining({
        id: 'm-trained',
        status: 'COMPLETED',
        completedAt: '2025-11-04T09:07:46.123Z',
        taskType: null,
        trainDataCount: 800,
        trainSliceId: 'sl-a',
        validationSliceId: 'sl-b',
        trainingParameters: null,
        trainingReport: [],
        trainingAnnotations: [
          { className: 'car', annotationType: 'box', trainCount: 1200, validationCount: 300 },
          { className: 'person', annotationType: null, trainCount: null, validationCount: 7 },
        ],
      }),
    ]);
    // Content files (0006) start empty and work on the upgraded catalog.
    expect(await storage.db.selectFrom('contents').selectAll().execute()).toEqual([]);
    const folder = (await gql(CONTENTS.createFolderContent, {}))['createFolderContent'] as { id: string };
    const upload = (
      await gql(CONTENTS.generateFileUploadURL, {
        content_id: folder.id,
        file_name: 'reports.json',
        content_type: null,
      })
    )['generateFileUploadURL'] as unknown as string;
    const put = await app.fetch(upload, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"data":[]}',
    });
    expect(put.status).toBe(200);
    expect(await oldTablesText(storage.db as unknown as Kysely<unknown>, { migrated: true })).toBe(before);

    // The counters the old release kept still answer the flag filters.
    const trained = (
      await gql(OLD.models, { datasetId: 'ds-1', filter: { must: { isTrained: true } }, cursor: null, length: 10 })
    )['models'] as { totalCount: number };
    expect(trained.totalCount).toBe(1);
  });
});
