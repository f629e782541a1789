// Model lists in an order other than the default (newer API `orderBy`, README "API generations").
// Keyset pages over (sort key, id), both in the requested direction; nulls sort as the smallest value
// (empty text, the lowest double), so a page boundary on a null is as exact as on any value. The default
// order (createdAt descending) stays with models.repo.ts's listModels.
import { sql, type SqlBool } from 'kysely';
import type { ModelOrderBy } from '../../src/api/schemas';
import { countModels, readModelStats } from './counts';
import { decodeCursor } from './cursor';
import type { Storage } from './db';
import { filterConditions, type NormalFilter } from './filters';
import { notFound } from '../graphql/errors';
import { toModelRecord } from './models.repo';
import { toPage } from './paging';

const LOWEST_DOUBLE = -Number.MAX_VALUE;

/** Sort key of each field, never null. */
const SORT_KEYS = {
  createdAt: sql`models.created_at`,
  updatedAt: sql`coalesce(models.updated_at, '')`,
  completedAt: sql`coalesce(models.trained_at, '')`,
  name: sql`models.name_lower`,
  scoreValue: sql`coalesce(models.score_value, ${LOWEST_DOUBLE})`,
} as const;

/** createdAt descending: the order of models.repo.ts's listModels. */
export const isDefaultOrder = (orderBy: ModelOrderBy): boolean =>
  orderBy.field === 'createdAt' && orderBy.direction === 'DESC';

export async function listModelsOrdered(
  storage: Storage,
  datasetId: string,
  filter: NormalFilter,
  orderBy: ModelOrderBy,
  cursor: string | null,
  length: number,
) {
  const { db } = storage;
  const stats = await readModelStats(db, datasetId);
  if (stats === undefined) throw notFound(`Dataset ${datasetId} not found`);
  const scope = `models\n${datasetId}\n${filter.key}\n${orderBy.field} ${orderBy.direction}`;
  // The cursor's position holds the sort key as text (a number's text for scoreValue).
  const after = cursor === null ? null : decodeCursor(storage.cursorSecret, scope, cursor);
  if (filter.matchesNothing) return { models: [], next: null, totalCount: 0 };
  const key = SORT_KEYS[orderBy.field];
  const numeric = orderBy.field === 'scoreValue';
  const conditions = filterConditions('models', filter);
  if (after !== null) {
    const value = numeric ? Number(after.createdAt) : after.createdAt;
    conditions.push(
      orderBy.direction === 'DESC'
        ? sql<SqlBool>`(${key} < ${value} or (${key} = ${value} and models.id < ${after.id}))`
        : sql<SqlBool>`(${key} > ${value} or (${key} = ${value} and models.id > ${after.id}))`,
    );
  }
  const direction = orderBy.direction === 'DESC' ? sql`desc` : sql`asc`;
  const base = db
    .selectFrom('models')
    .selectAll()
    .select(key.as('sort_key'))
    .where('models.dataset_id', '=', datasetId);
  const rows = await (conditions.length > 0 ? base.where((eb) => eb.and(conditions)) : base)
    .orderBy(sql`${key} ${direction}`)
    .orderBy(sql`models.id ${direction}`)
    .limit(length + 1)
    .execute();
  const totalCount = await countModels(db, datasetId, stats, filter);
  // toPage keys the cursor by created_at: hand it the sort key in that place.
  const keyed = rows.map((r) => ({ ...r, created_at: String(r.sort_key), row: r }));
  const page = toPage(keyed, length, (k) => toModelRecord(k.row), { secret: storage.cursorSecret, scope });
  return { models: page.items, next: page.next, totalCount };
}
