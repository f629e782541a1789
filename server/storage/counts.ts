// Cheap totalCount for model lists (README "Performance", executed pages): per-dataset counters by
// (isPinned, isTrained) bucket, kept in the same transaction as every model write, plus a write
// version. Flag-only filters are answered by arithmetic; text/id filters are counted once per
// (dataset, filter, version) and cached.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, DatasetModelStatsTable, Db } from './db';
import { isPostgres } from './dialect';
import { filterConditions, nameIndexCondition, type NormalFilter } from './filters';

export type ModelStats = Selectable<DatasetModelStatsTable>;
type Executor = Kysely<DB>; // a Db or a transaction
type BucketColumn = 'unpinned_untrained' | 'unpinned_trained' | 'pinned_untrained' | 'pinned_trained';

export interface Flags {
  isPinned: boolean;
  isTrained: boolean;
}

const BUCKETS: ReadonlyArray<Flags & { column: BucketColumn }> = [
  { isPinned: false, isTrained: false, column: 'unpinned_untrained' },
  { isPinned: false, isTrained: true, column: 'unpinned_trained' },
  { isPinned: true, isTrained: false, column: 'pinned_untrained' },
  { isPinned: true, isTrained: true, column: 'pinned_trained' },
];

const bucketColumn = (f: Flags): BucketColumn =>
  f.isPinned
    ? f.isTrained
      ? 'pinned_trained'
      : 'pinned_untrained'
    : f.isTrained
      ? 'unpinned_trained'
      : 'unpinned_untrained';

/**
 * Recomputes a dataset's counters from its models and bumps its version. Call it after writing
 * models directly (bulk/synthetic inserts); runs inside the given transaction if one is passed.
 */
export async function recountDataset(db: Executor, datasetId: string): Promise<void> {
  const rows = await db
    .selectFrom('models')
    .select(['is_pinned', 'is_trained', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('dataset_id', '=', datasetId)
    .groupBy(['is_pinned', 'is_trained'])
    .execute();
  const counts: Record<BucketColumn, number> = {
    unpinned_untrained: 0,
    unpinned_trained: 0,
    pinned_untrained: 0,
    pinned_trained: 0,
  };
  for (const r of rows)
    counts[bucketColumn({ isPinned: r.is_pinned === 1, isTrained: r.is_trained === 1 })] = Number(r.n);
  await db
    .insertInto('dataset_model_stats')
    .values({ dataset_id: datasetId, version: 1, ...counts })
    .onConflict((oc) =>
      oc.column('dataset_id').doUpdateSet({ ...counts, version: sql<number>`dataset_model_stats.version + 1` }),
    )
    .execute();
}

/**
 * First statement of every model write: bumps the dataset's version (taking SQLite's write lock
 * early, so concurrent writers wait instead of failing) and applies bucket moves.
 * `from` is the model's old flags (null on create), `to` the new ones (null on delete).
 * Returns false when the dataset does not exist.
 */
export async function touchDatasetModels(
  db: Executor,
  datasetId: string,
  from: Flags | null = null,
  to: Flags | null = null,
): Promise<boolean> {
  const deltas = new Map<BucketColumn, number>();
  if (from !== null) deltas.set(bucketColumn(from), (deltas.get(bucketColumn(from)) ?? 0) - 1);
  if (to !== null) deltas.set(bucketColumn(to), (deltas.get(bucketColumn(to)) ?? 0) + 1);
  const assignments = [sql`version = version + 1`];
  for (const [column, delta] of deltas)
    if (delta !== 0) assignments.push(sql`${sql.ref(column)} = ${sql.ref(column)} + ${delta}`);
  const run = () =>
    sql`update dataset_model_stats set ${sql.join(assignments)} where dataset_id = ${datasetId}`.execute(db);
  if (Number((await run()).numAffectedRows ?? 0) > 0) return true;
  // No counters row: an unknown dataset, or one written without them (self-heal).
  const dataset = await db.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
  if (dataset === undefined) return false;
  await recountDataset(db, datasetId);
  await run();
  return true;
}

/** The dataset's counters, or undefined when the dataset does not exist. */
export async function readModelStats(db: Executor, datasetId: string): Promise<ModelStats | undefined> {
  const stats = await db
    .selectFrom('dataset_model_stats')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .executeTakeFirst();
  if (stats !== undefined) return stats;
  const dataset = await db.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
  if (dataset === undefined) return undefined;
  await recountDataset(db, datasetId);
  return db.selectFrom('dataset_model_stats').selectAll().where('dataset_id', '=', datasetId).executeTakeFirstOrThrow();
}

/** Count of a flag-only filter from the counters: a bucket counts when `must` holds and no `not` condition does. */
export function countFromBuckets(stats: ModelStats, filter: NormalFilter): number {
  const { must, not } = filter;
  let total = 0;
  for (const b of BUCKETS) {
    if (must.isPinned !== undefined && must.isPinned !== b.isPinned) continue;
    if (must.isTrained !== undefined && must.isTrained !== b.isTrained) continue;
    if (not.isPinned !== undefined && not.isPinned === b.isPinned) continue;
    if (not.isTrained !== undefined && not.isTrained === b.isTrained) continue;
    total += Number(stats[b.column]);
  }
  return total;
}

// Counts of text/id filters, keyed by database, dataset, version and filter. Promises are cached so
// concurrent requests for the same new count share one scan. Bounded; oldest out first.
const CACHE_MAX = 2_000;
const cache = new WeakMap<Db, Map<string, Promise<number>>>();

async function scanCount(db: Db, datasetId: string, filter: NormalFilter): Promise<number> {
  const conditions = filterConditions(db, 'models', filter);
  // The name index lists the candidates: cheaper than checking every name of the dataset.
  const indexed = isPostgres(db) ? null : nameIndexCondition(filter.must.nameContains ?? '');
  if (indexed !== null) conditions.push(indexed);
  const row = await db
    .selectFrom('models')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('models.dataset_id', '=', datasetId)
    .where((eb) => eb.and(conditions))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** totalCount of a model list: arithmetic for flag-only filters, else a cached count(*). */
export function countModels(db: Db, datasetId: string, stats: ModelStats, filter: NormalFilter): Promise<number> {
  if (filter.matchesNothing) return Promise.resolve(0);
  if (filter.flagsOnly) return Promise.resolve(countFromBuckets(stats, filter));
  let entries = cache.get(db);
  if (entries === undefined) cache.set(db, (entries = new Map<string, Promise<number>>()));
  const key = `${datasetId}\n${stats.version}\n${filter.key}`;
  let count = entries.get(key);
  if (count === undefined) {
    count = scanCount(db, datasetId, filter);
    const settled = entries;
    count.catch(() => settled.delete(key));
    if (entries.size >= CACHE_MAX) entries.delete(entries.keys().next().value as string);
    entries.set(key, count);
  }
  return count;
}
