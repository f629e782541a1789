// Lists in a chosen order (newer API `orderBy`, README "API generations"): models and diagnoses. Keyset
// pages over (sort key, id), both in the requested direction; nulls sort as the smallest value (empty
// text, the lowest double), so a page boundary on a null is as exact as on any value. The cursor holds
// the sort key as text (a number's text for scoreValue) and is bound to the list, filter and order.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { ModelOrderBy } from '../../src/api/schemas';
import { decodeCursor, type CursorPosition } from './cursor';
import { toPage, type Page } from './paging';

export type OrderedTable = 'models' | 'diagnoses';

const LOWEST_DOUBLE = -Number.MAX_VALUE;

/** The column each table keeps completedAt in (a model's is the first generation's trained_at). */
const COMPLETED_AT: Record<OrderedTable, string> = { models: 'trained_at', diagnoses: 'completed_at' };

/** Sort key of each field, never null. */
function sortKey(table: OrderedTable, field: ModelOrderBy['field']): RawBuilder<unknown> {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  switch (field) {
    case 'createdAt':
      return sql`${col('created_at')}`;
    case 'updatedAt':
      return sql`coalesce(${col('updated_at')}, '')`;
    case 'completedAt':
      return sql`coalesce(${col(COMPLETED_AT[table])}, '')`;
    case 'name':
      return sql`${col('name_lower')}`;
    case 'scoreValue':
      return sql`coalesce(${col('score_value')}, ${LOWEST_DOUBLE})`;
  }
}

/** How one ordered page is read: the sort key to select, the keyset condition, the order clauses. */
export interface OrderedQuery {
  sortKey: RawBuilder<unknown>;
  /** Rows after the cursor's position; null on the first page. */
  after: Expression<SqlBool> | null;
  orderBy: [RawBuilder<unknown>, RawBuilder<unknown>];
}

/** Decodes the cursor (refusing one of another list, filter or order) and builds the page's SQL parts. */
export function orderedQuery(
  table: OrderedTable,
  orderBy: ModelOrderBy,
  cursor: { secret: Buffer; scope: string; value: string | null },
): OrderedQuery {
  const position: CursorPosition | null =
    cursor.value === null ? null : decodeCursor(cursor.secret, cursor.scope, cursor.value);
  const key = sortKey(table, orderBy.field);
  const id = sql.ref(`${table}.id`);
  let after: Expression<SqlBool> | null = null;
  if (position !== null) {
    const value = orderBy.field === 'scoreValue' ? Number(position.createdAt) : position.createdAt;
    after =
      orderBy.direction === 'DESC'
        ? sql<SqlBool>`(${key} < ${value} or (${key} = ${value} and ${id} < ${position.id}))`
        : sql<SqlBool>`(${key} > ${value} or (${key} = ${value} and ${id} > ${position.id}))`;
  }
  const direction = orderBy.direction === 'DESC' ? sql`desc` : sql`asc`;
  return { sortKey: key, after, orderBy: [sql`${key} ${direction}`, sql`${id} ${direction}`] };
}

/** Scope a cursor of an ordered list is bound to. */
export const orderedScope = (list: string, datasetId: string, filterKey: string, orderBy: ModelOrderBy) =>
  `${list}\n${datasetId}\n${filterKey}\n${orderBy.field} ${orderBy.direction}`;

/** `rows` were read with limit length + 1 and their sort key selected as `sort_key`. */
export function toOrderedPage<R extends { id: string; sort_key: unknown }, T>(
  rows: R[],
  length: number,
  map: (row: R) => T,
  cursor: { secret: Buffer; scope: string },
): Page<T> {
  // toPage keys the cursor by created_at: hand it the sort key in that place.
  const keyed = rows.map((row) => ({ id: row.id, created_at: String(row.sort_key), row }));
  return toPage(keyed, length, (k) => map(k.row), cursor);
}
