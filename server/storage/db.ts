// Storage entry point: the Kysely Database interface and openStorage(url).
// Portable layout (README §12, STYLE rule 16): text ids made by the app, ISO-8601 UTC text
// timestamps (they sort as text; byte order on PostgreSQL too, see migrations.ts), 0/1 integer
// flags, JSON as text. A file path gives SQLite, a postgres:// URL PostgreSQL.
import { createHmac } from 'node:crypto';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type ColumnType, type Generated, type Selectable } from 'kysely';
import type { DiagnosisStatus, ModelStatus, ModelTaskType, ReportItemType } from '../../src/api/schemas';
import { migrateToLatest } from './migrations';
import { kyselySqlite } from './sqlite-database';

/** 0 or 1; integers keep one code path for SQLite and PostgreSQL. */
export type Flag = 0 | 1;

export interface DatasetsTable {
  id: string;
  name: string;
  /** name.toLowerCase(), for case-insensitive nameContains on every dialect. */
  name_lower: string;
  description: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface SlicesTable {
  id: string;
  dataset_id: string;
  name: string;
  name_lower: string;
  description: string | null;
  is_pinned: Flag;
  data_count: number | null;
  created_at: string;
  created_by: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface ModelsTable {
  id: string;
  dataset_id: string;
  name: string;
  /** name.toLowerCase(): case-insensitive nameContains without dialect-specific ILIKE/collations. */
  name_lower: string;
  description: string | null;
  baseline_model: string;
  model_content_id: string | null;
  is_trained: Flag;
  is_pinned: Flag;
  trained_at: string | null;
  /** JSON text of the meta object. */
  meta: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string | null;
  updated_by: string | null;
  // Newer API (migration 0005, README "API generations"). `baseline_model` is '' for a model created
  // through it; `trained_at` is its completedAt; `is_trained` is 1 exactly when `status` is COMPLETED.
  status: ModelStatus;
  task_type: ModelTaskType | null;
  custom_dag_id: string | null;
  total_data_count: number | null;
  /** Set through the newer API; null: derived from the slices. */
  train_data_count: number | null;
  validation_data_count: number | null;
  /** JSON text of trainingParameters. */
  training_parameters: string | null;
  /** JSON text of contents (file name → content id). */
  contents: string | null;
  score_key: string | null;
  score_value: number | null;
  score_unit: string | null;
  /** JSON text of the per-class metrics, in order: `[class, annotationType, ap, trainCount, validationCount][]` (migration 0007). */
  training_classes: string;
  /**
   * Sum of the data counts of the model's training (validation) slices, null when none has one (README
   * §12): kept by every write to the links or to a slice's count (model-training.ts), so a list page
   * reads it with the model (migration 0010).
   */
  training_slices_data_count: number | null;
  validation_slices_data_count: number | null;
}

/** One chart of a model's training report (newer API); the chart's JSON lives in content storage. */
export interface ModelReportItemsTable {
  id: string;
  model_id: string;
  name: string;
  type: ReportItemType;
  content_id: string | null;
  description: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

/** A content (content files, migration 0006): a folder of named files, or one file of its own. */
export interface ContentsTable {
  /** A ULID, as the SDK checks for model contents. */
  id: string;
  key: string | null;
  /** As createContent was given it; "FOLDER" for a folder. */
  content_type: string | null;
  created_at: string;
  created_by: string | null;
}

/** One stored file of a content; its bytes are the chunks of `upload_id`. '' names the content's own file. */
export interface ContentFilesTable {
  content_id: string;
  file_name: string;
  content_type: string;
  size: number;
  upload_id: string;
  chunk_count: number;
  updated_at: string;
}

/** A piece (up to 1 MiB) of an upload; chunks of an upload no file points at are left over from a failed one. */
export interface ContentFileChunksTable {
  upload_id: string;
  position: number;
  data: Buffer;
  created_at: string;
}

/** An evaluation run of a dataset (migration 0009, storage/diagnoses.repo.ts). */
export interface DiagnosesTable {
  id: string;
  dataset_id: string;
  name: string;
  name_lower: string;
  description: string | null;
  status: DiagnosisStatus;
  score_key: string | null;
  score_value: number | null;
  score_unit: string | null;
  /** JSON text of diagnosisParameters. */
  diagnosis_parameters: string | null;
  /** JSON text of contents (file name → content id). */
  contents: string | null;
  source_slice_id: string | null;
  target_slice_id: string | null;
  source_data_count: number | null;
  target_data_count: number | null;
  diagnosis_data_count: number | null;
  /** No foreign key: the id stays when the model is deleted. */
  model_id: string | null;
  discriminator_key: string | null;
  /** JSON text of discriminatorValues (an array of strings). */
  discriminator_values: string | null;
  completed_at: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

/** One chart of a diagnosis report, optionally bound to one discriminator value. */
export interface DiagnosisReportItemsTable extends Omit<ModelReportItemsTable, 'model_id'> {
  diagnosis_id: string;
  discriminator_value: string | null;
}

export type ModelHistoryKind = 'CREATED' | 'UPDATED' | 'PINNED' | 'UNPINNED' | 'DELETED';

/** One write to a model (migration 0008, storage/model-history.ts). */
export interface ModelHistoryTable {
  /** Generated: newest first is seq descending. PostgreSQL's bigint arrives as text. */
  seq: Generated<number | string>;
  dataset_id: string;
  model_id: string;
  model_name: string;
  at: string;
  actor: string;
  kind: ModelHistoryKind;
  /** JSON text: `[{ field, from, to }]`. */
  changes: string;
}

export type SliceRole = 'training' | 'validation';

export interface ModelSlicesTable {
  model_id: string;
  role: SliceRole;
  position: number;
  slice_id: string;
}

/**
 * One row per dataset: model counts by (isPinned, isTrained) bucket plus a write version.
 * Kept in the same transaction as every model write (see counts.ts); answers flag-only
 * filters by arithmetic and keys the in-memory count cache for text/id filters.
 */
export interface DatasetModelStatsTable {
  dataset_id: string;
  version: ColumnType<number, number | undefined, number>;
  unpinned_untrained: ColumnType<number, number | undefined, number>;
  unpinned_trained: ColumnType<number, number | undefined, number>;
  pinned_untrained: ColumnType<number, number | undefined, number>;
  pinned_trained: ColumnType<number, number | undefined, number>;
}

/** Small key/value store, e.g. the cursor-signing secret shared by every process on the database. */
export interface AppSettingsTable {
  key: string;
  value: string;
}

/** Browser sessions (sessions.repo.ts): a hash of the cookie token, never the token. */
export interface SessionsTable {
  /** Hex SHA-256 of the cookie token. */
  token_hash: string;
  access_key: string;
  /** ISO-8601 UTC, like every timestamp: compares as text. */
  expires_at: string;
}

/** Failed sign-ins per client address, for the shared limit (sessions.repo.ts). */
export interface SignInFailuresTable {
  address: string;
  failures: number;
  /** When the first failure of the current window happened (ISO-8601 UTC). */
  since: string;
}

/** One row (id 1): bumped by every catalog write, see catalog-version.ts. */
export interface CatalogVersionTable {
  id: number;
  version: ColumnType<number | string, never, never>;
}

export interface DB {
  datasets: DatasetsTable;
  slices: SlicesTable;
  models: ModelsTable;
  model_slices: ModelSlicesTable;
  model_report_items: ModelReportItemsTable;
  model_history: ModelHistoryTable;
  contents: ContentsTable;
  content_files: ContentFilesTable;
  content_file_chunks: ContentFileChunksTable;
  diagnoses: DiagnosesTable;
  diagnosis_report_items: DiagnosisReportItemsTable;
  dataset_model_stats: DatasetModelStatsTable;
  app_settings: AppSettingsTable;
  catalog_version: CatalogVersionTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
}

export type Db = Kysely<DB>;
export type DatasetRow = Selectable<DatasetsTable>;
export type SliceRow = Selectable<SlicesTable>;
export type ModelRow = Selectable<ModelsTable>;
export type DiagnosisRow = Selectable<DiagnosesTable>;

export interface Storage {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** Secret that signs list cursors; generated once and stored in the database. */
  cursorSecret: Buffer;
  /** Secret that signs content file URLs (server/contents/): derived from the cursor secret, so every process on the database shares it. */
  contentUrlSecret: Buffer;
  close(): Promise<void>;
}

function openSqlite(path: string, cacheMb: number): Db {
  const sqlite = new Database(path);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Memory (README "Performance"): no mmap, whose touched pages all count as the process's resident
  // memory (a 300 MB file made a 500 MB process); the OS file cache keeps the file close anyway, and
  // SQLite's own cache holds the pages hot list queries read (indexes and recent rows).
  sqlite.pragma('mmap_size = 0');
  sqlite.pragma(`cache_size = ${-cacheMb * 1024}`);
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: kyselySqlite(sqlite) }) });
}

/** pg is loaded only here: a server on SQLite (the default) keeps it out of its memory. */
async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', () => undefined);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/**
 * Opens the database named by `url` and migrates it to the latest schema.
 * A `postgres://` (or `postgresql://`) URL gives PostgreSQL; a file path (or `file:` URL) or
 * `:memory:` gives SQLite, with `sqliteCacheMb` of page cache.
 */
export async function openStorage(url: string, { sqliteCacheMb = 16 } = {}): Promise<Storage> {
  const dialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  let db: Db;
  if (dialect === 'postgres') {
    db = await openPostgres(url);
  } else {
    const path = url.startsWith('file:')
      ? decodeURIComponent(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
      : url;
    if (path === '') throw new Error('Database path is empty');
    db = openSqlite(path, sqliteCacheMb);
  }
  try {
    await migrateToLatest(db);
    const cursorSecret = await loadCursorSecret(db);
    // Derived from the stored secret rather than stored beside it: every process on the database agrees on
    // it, upgrading adds no row, and a leaked file URL key reveals nothing about the cursor key.
    const contentUrlSecret = createHmac('sha256', cursorSecret).update('model-catalog content file URLs').digest();
    return { db, dialect, cursorSecret, contentUrlSecret, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** A unique constraint refused the write (a concurrent writer got there first). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

async function loadCursorSecret(db: Db): Promise<Buffer> {
  // Insert-if-absent then read back, so concurrent processes converge on one secret.
  const candidate = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  await db
    .insertInto('app_settings')
    .values({ key: 'cursor_secret', value: candidate })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', 'cursor_secret')
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}
