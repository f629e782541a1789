// Schema migrations, run at start by openStorage. One definition for SQLite and PostgreSQL:
// text ids, text ISO timestamps, integer flags, double precision metrics. The only dialect
// differences are below (`keyText`, the trigram index); both give the same behaviour.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './db';
import { isPostgres } from './dialect';

// Migrations see an untyped database: they describe the schema as it was at their time.
type AnyDb = Kysely<unknown>;

/**
 * Type of ids and timestamps, which lists order by (created_at desc, id desc) and compare in keyset
 * conditions. SQLite compares text bytewise; on PostgreSQL the database's locale could order
 * differently, so these columns use the "C" (byte order) collation there.
 */
const keyText = (db: AnyDb) => (isPostgres(db) ? sql`text collate "C"` : 'text');

const initial: Migration = {
  async up(db: AnyDb) {
    const key = keyText(db);
    await db.schema
      .createTable('datasets')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .execute();
    await db.schema
      .createIndex('datasets_created_idx')
      .on('datasets')
      .columns(['created_at desc', 'id desc'])
      .execute();

    await db.schema
      .createTable('slices')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('dataset_id', key, (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('is_pinned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('data_count', 'integer')
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .addUniqueConstraint('slices_dataset_name_key', ['dataset_id', 'name'])
      .execute();
    await db.schema
      .createIndex('slices_dataset_created_idx')
      .on('slices')
      .columns(['dataset_id', 'created_at desc', 'id desc'])
      .execute();

    await db.schema
      .createTable('models')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('dataset_id', key, (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('baseline_model', 'text', (c) => c.notNull())
      .addColumn('model_content_id', 'text')
      .addColumn('is_trained', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_pinned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('trained_at', 'text')
      .addColumn('meta', 'text')
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .execute();
    // Keyset pages: newest first within a dataset. The filter columns ride along so name and flag
    // conditions (and their counts) are checked in the index before any table row is read.
    await db.schema
      .createIndex('models_dataset_created_idx')
      .on('models')
      .columns(['dataset_id', 'created_at desc', 'id desc', 'name_lower', 'is_pinned', 'is_trained'])
      .execute();
    // Rare flag values (few pinned models) are found without a scan.
    await db.schema
      .createIndex('models_dataset_pinned_created_idx')
      .on('models')
      .columns(['dataset_id', 'is_pinned', 'created_at desc', 'id desc'])
      .execute();
    await db.schema
      .createIndex('models_dataset_trained_created_idx')
      .on('models')
      .columns(['dataset_id', 'is_trained', 'created_at desc', 'id desc'])
      .execute();

    await db.schema
      .createTable('model_classes')
      .addColumn('model_id', key, (c) => c.notNull().references('models.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('class_name', 'text', (c) => c.notNull())
      .addColumn('annotation_type', 'text')
      .addColumn('ap', 'double precision')
      .addColumn('training_annotations_count', 'integer')
      .addColumn('validation_annotations_count', 'integer')
      .addPrimaryKeyConstraint('model_classes_pkey', ['model_id', 'position'])
      .execute();

    await db.schema
      .createTable('model_slices')
      .addColumn('model_id', key, (c) => c.notNull().references('models.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      // No cascade: a slice that a model references cannot be deleted (README §11).
      .addColumn('slice_id', key, (c) => c.notNull().references('slices.id'))
      .addPrimaryKeyConstraint('model_slices_pkey', ['model_id', 'role', 'slice_id'])
      .execute();
    await db.schema.createIndex('model_slices_slice_idx').on('model_slices').column('slice_id').execute();

    await db.schema
      .createTable('dataset_model_stats')
      .addColumn('dataset_id', key, (c) => c.primaryKey().references('datasets.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unpinned_untrained', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unpinned_trained', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pinned_untrained', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pinned_trained', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('app_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    if (isPostgres(db)) {
      // nameContains is `name_lower LIKE '%…%'`; a trigram index answers it without a scan.
      // pg_trgm is a trusted extension: the database owner may create it.
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create index models_name_trgm_idx on models using gin (name_lower gin_trgm_ops)`.execute(db);
    }
  },
};

/**
 * Browser sign-in (README "Signing in"), shared by every process on the database: sessions, of which only a
 * SHA-256 hash of the cookie's token is stored (a database reader cannot replay one), and failed
 * sign-ins per client address, so the limit holds across processes.
 */
const sessions: Migration = {
  async up(db: AnyDb) {
    const key = keyText(db);
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', key, (c) => c.primaryKey())
      .addColumn('access_key', 'text', (c) => c.notNull())
      .addColumn('expires_at', key, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('address', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('since', key, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sign_in_failures_since_idx').on('sign_in_failures').column('since').execute();
  },
};

/**
 * Catalog version (README "Performance"): one counter row, bumped by every catalog write in its transaction,
 * that keys the GraphQL response cache of every process on the database (storage/catalog-version.ts).
 */
const catalogVersion: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('catalog_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();
    await sql`insert into catalog_version (id, version) values (1, 0)`.execute(db);
  },
};

/**
 * Model name search on SQLite: an FTS5 trigram index over name_lower (PostgreSQL has had its pg_trgm
 * index since 0001). The index keeps its own copy of each name under the model's rowid, so triggers
 * keep it in step with every insert, rename and delete (cascades included) in the same transaction;
 * existing models are indexed here. Nothing renumbers rowids (VACUUM copies them as they are).
 * `case_sensitive 1`: name_lower is already lower-cased the way the filter lower-cases its input,
 * so the index matches exactly the same substrings as LIKE.
 */
const modelNameSearch: Migration = {
  async up(db: AnyDb) {
    if (isPostgres(db)) return;
    await sql`create virtual table models_name_search using fts5(name_lower, tokenize = 'trigram case_sensitive 1')`.execute(
      db,
    );
    const add = sql`insert into models_name_search (rowid, name_lower) values (new.rowid, new.name_lower)`;
    const remove = sql`delete from models_name_search where rowid = old.rowid`;
    await sql`create trigger models_name_search_insert after insert on models begin ${add}; end`.execute(db);
    await sql`create trigger models_name_search_delete after delete on models begin ${remove}; end`.execute(db);
    await sql`create trigger models_name_search_rename after update of name_lower on models
      begin ${remove}; ${add}; end`.execute(db);
    await sql`insert into models_name_search (rowid, name_lower) select rowid, name_lower from models`.execute(db);
  },
};

/**
 * The newer models API (README "API generations"): its model fields as nullable columns beside the
 * first generation's, a status kept equal to is_trained for every existing model (COMPLETED when
 * trained, else PENDING), and training report items in a table of their own. Only adds: every
 * existing row keeps every byte and reads the same through the first generation's API.
 */
const newerModelsApi: Migration = {
  async up(db: AnyDb) {
    const key = keyText(db);
    await db.schema
      .alterTable('models')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('PENDING'))
      .execute();
    await sql`update models set status = 'COMPLETED' where is_trained = 1`.execute(db);
    const nullable: Array<[string, 'text' | 'integer' | 'double precision']> = [
      ['task_type', 'text'],
      ['custom_dag_id', 'text'],
      ['total_data_count', 'integer'],
      ['train_data_count', 'integer'],
      ['validation_data_count', 'integer'],
      ['training_parameters', 'text'],
      ['contents', 'text'],
      ['score_key', 'text'],
      ['score_value', 'double precision'],
      ['score_unit', 'text'],
    ];
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    for (const [name, type] of nullable) await db.schema.alterTable('models').addColumn(name, type).execute();
    await db.schema
      .createTable('model_report_items')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('model_id', key, (c) => c.notNull().references('models.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('content_id', 'text')
      .addColumn('description', 'text')
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .execute();
    await db.schema
      .createIndex('model_report_items_model_idx')
      .on('model_report_items')
      .columns(['model_id', 'created_at', 'id'])
      .execute();
  },
};

/**
 * Content files (README "API generations", content files): contents (a folder or a single file, ULID ids
 * as the SDK expects), their files by name, and each file's bytes as 1 MiB chunks, so an upload is
 * stored and a download served piece by piece, never as one value in memory. Every process on the
 * database serves every file. Only adds tables.
 */
const contentFiles: Migration = {
  async up(db: AnyDb) {
    const key = keyText(db);
    const bytes = isPostgres(db) ? 'bytea' : 'blob';
    await db.schema
      .createTable('contents')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('key', 'text')
      .addColumn('content_type', 'text')
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema
      .createTable('content_files')
      .addColumn('content_id', key, (c) => c.notNull().references('contents.id').onDelete('cascade'))
      .addColumn('file_name', key, (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('upload_id', key, (c) => c.notNull())
      .addColumn('chunk_count', 'integer', (c) => c.notNull())
      .addColumn('updated_at', key, (c) => c.notNull())
      .addPrimaryKeyConstraint('content_files_pk', ['content_id', 'file_name'])
      .execute();
    // Finding the chunks no file points at (storage/contents.repo.ts) looks files up by upload.
    await db.schema.createIndex('content_files_upload_idx').on('content_files').column('upload_id').execute();
    await db.schema
      .createTable('content_file_chunks')
      .addColumn('upload_id', key, (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('data', bytes, (c) => c.notNull())
      .addColumn('created_at', key, (c) => c.notNull())
      .addPrimaryKeyConstraint('content_file_chunks_pk', ['upload_id', 'position'])
      .execute();
    await db.schema
      .createIndex('content_file_chunks_created_idx')
      .on('content_file_chunks')
      .column('created_at')
      .execute();
  },
};

/**
 * A model's per-class metrics move into one JSON column of its row (README "Performance"): a list page
 * then reads every model with its classes in one indexed range, where a second query grouped 500 class
 * rows per page. Each class is `[class, annotationType, ap, trainingAnnotationsCount,
 * validationAnnotationsCount]` in the stored order. Both dialects write doubles so that they read
 * back exactly (SQLite with 17 significant digits, PostgreSQL the shortest exact form).
 */
const inlineModelClasses: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('models')
      .addColumn('training_classes', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    const columns = sql.raw(
      'class_name, annotation_type, ap, training_annotations_count, validation_annotations_count',
    );
    const classes = isPostgres(db)
      ? sql`select json_agg(json_build_array(${columns}) order by position)::text from model_classes c where c.model_id = models.id`
      : sql`select json_group_array(json_array(${columns}) order by position) from model_classes c where c.model_id = models.id`;
    await sql`update models set training_classes = (${classes}) where id in (select model_id from model_classes)`.execute(
      db,
    );
    await db.schema.dropTable('model_classes').execute();
  },
};

/**
 * Model history (README "Model history"): one row per write to a model, in the write's transaction.
 * `seq` orders events newest first across every process on the database; `model_id` is no foreign
 * key, so a deleted model's history stays. Deleting the dataset deletes its history.
 */
const modelHistory: Migration = {
  async up(db: AnyDb) {
    const key = keyText(db);
    await db.schema
      .createTable('model_history')
      .addColumn('seq', isPostgres(db) ? 'bigint' : 'integer', (c) =>
        isPostgres(db) ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
      )
      .addColumn('dataset_id', key, (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('model_id', key, (c) => c.notNull())
      .addColumn('model_name', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('model_history_model_idx').on('model_history').columns(['model_id', 'seq']).execute();
    await db.schema
      .createIndex('model_history_dataset_idx')
      .on('model_history')
      .columns(['dataset_id', 'seq'])
      .execute();
  },
};

/**
 * Diagnoses (README "API generations", newer-api.md §4.1): evaluation runs of a dataset, with their
 * report items. Deleting the dataset deletes them; `model_id` is no foreign key, so a diagnosis keeps
 * naming a model that was deleted. Sort keys use the byte-order key type, so orders match on both
 * dialects.
 */
const diagnoses: Migration = {
  async up(db: AnyDb) {
    const key = keyText(db);
    await db.schema
      .createTable('diagnoses')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('dataset_id', key, (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', key, (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('score_key', 'text')
      .addColumn('score_value', 'double precision')
      .addColumn('score_unit', 'text')
      .addColumn('diagnosis_parameters', 'text')
      .addColumn('contents', 'text')
      .addColumn('source_slice_id', 'text')
      .addColumn('target_slice_id', 'text')
      .addColumn('source_data_count', 'integer')
      .addColumn('target_data_count', 'integer')
      .addColumn('diagnosis_data_count', 'integer')
      .addColumn('model_id', 'text')
      .addColumn('discriminator_key', 'text')
      .addColumn('discriminator_values', 'text')
      .addColumn('completed_at', key)
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', key)
      .addColumn('updated_by', 'text')
      .execute();
    await db.schema
      .createIndex('diagnoses_dataset_created_idx')
      .on('diagnoses')
      .columns(['dataset_id', 'created_at desc', 'id desc'])
      .execute();
    await db.schema.createIndex('diagnoses_model_idx').on('diagnoses').column('model_id').execute();
    await db.schema
      .createTable('diagnosis_report_items')
      .addColumn('id', key, (c) => c.primaryKey())
      .addColumn('diagnosis_id', key, (c) => c.notNull().references('diagnoses.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('content_id', 'text')
      .addColumn('description', 'text')
      .addColumn('discriminator_value', 'text')
      .addColumn('created_at', key, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .execute();
    await db.schema
      .createIndex('diagnosis_report_items_diagnosis_idx')
      .on('diagnosis_report_items')
      .columns(['diagnosis_id', 'created_at', 'id'])
      .execute();
  },
};

/**
 * Each model's sums of its training and validation slices' data counts (db.ts ModelsTable), so a list
 * page reads them with the models instead of joining the slices (README "Performance").
 */
const modelSliceDataCounts: Migration = {
  async up(db: AnyDb) {
    const sum = (role: string) =>
      sql`(select sum(s.data_count) from model_slices l join slices s on s.id = l.slice_id
        where l.model_id = models.id and l.role = ${role})`;
    for (const column of ['training_slices_data_count', 'validation_slices_data_count'])
      await db.schema.alterTable('models').addColumn(column, 'integer').execute();
    await sql`update models set training_slices_data_count = ${sum('training')},
      validation_slices_data_count = ${sum('validation')} where id in (select model_id from model_slices)`.execute(db);
  },
};

/** Every migration, in order. Names sort: add new ones after the last. */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_sessions': sessions,
  '0003_catalog_version': catalogVersion,
  '0004_model_name_search': modelNameSearch,
  '0005_newer_models_api': newerModelsApi,
  '0006_content_files': contentFiles,
  '0007_inline_model_classes': inlineModelClasses,
  '0008_model_history': modelHistory,
  '0009_diagnoses': diagnoses,
  '0010_model_slice_data_counts': modelSliceDataCounts,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Applies pending migrations; throws with the failing migration's error. Several processes may
 * start on one new database at once: a loser of that race retries and then finds nothing to do.
 */
export async function migrateToLatest(db: Db, attempts = 5): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined && attempts > 1) {
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    return migrateToLatest(db, attempts - 1);
  }
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
}
