// Model lists in an order other than the default (newer API `orderBy`, README "API generations"),
// through ordered-page.ts. The default order (createdAt descending) stays with models.repo.ts's
// listModels.
import type { ModelOrderBy } from '../../src/api/schemas';
import { countModels, readModelStats } from './counts';
import type { Storage } from './db';
import { filterConditions, type NormalFilter } from './filters';
import { notFound } from '../graphql/errors';
import { pageColumns, toListedModelRecord, type ModelColumn } from './models.repo';
import { orderedQuery, orderedScope, toOrderedPage } from './ordered-page';

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
  columns?: readonly ModelColumn[],
) {
  const { db } = storage;
  const stats = await readModelStats(db, datasetId);
  if (stats === undefined) throw notFound(`Dataset ${datasetId} not found`);
  const scope = orderedScope('models', datasetId, filter.key, orderBy);
  const order = orderedQuery('models', orderBy, { secret: storage.cursorSecret, scope, value: cursor });
  if (filter.matchesNothing) return { models: [], next: null, totalCount: 0 };
  const conditions = filterConditions(db, 'models', filter);
  if (order.after !== null) conditions.push(order.after);
  const models = db.selectFrom('models');
  const base = (columns === undefined ? models.selectAll() : models.select(pageColumns(columns)))
    .select(order.sortKey.as('sort_key'))
    .where('models.dataset_id', '=', datasetId);
  const rows = await (conditions.length > 0 ? base.where((eb) => eb.and(conditions)) : base)
    .orderBy(order.orderBy[0])
    .orderBy(order.orderBy[1])
    .limit(length + 1)
    .execute();
  const totalCount = await countModels(db, datasetId, stats, filter);
  const page = toOrderedPage(rows, length, toListedModelRecord(datasetId), { secret: storage.cursorSecret, scope });
  return { models: page.items, next: page.next, totalCount };
}
