// Keyset page assembly shared by the list queries.
import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';
import type { DB, Storage } from './db';
import { afterCondition, filterConditions, type NormalFilter } from './filters';

export interface Page<T> {
  items: T[];
  next: string | null;
}

/** `rows` were fetched with limit length + 1; the extra row only says whether another page exists. */
export function toPage<R extends { created_at: string; id: string }, T>(
  rows: R[],
  length: number,
  map: (row: R) => T,
  cursor: { secret: Buffer; scope: string },
): Page<T> {
  const pageRows = rows.slice(0, length);
  const last = pageRows.at(-1);
  const next =
    rows.length > length && last !== undefined
      ? encodeCursor(cursor.secret, cursor.scope, { createdAt: last.created_at, id: last.id } satisfies CursorPosition)
      : null;
  return { items: pageRows.map(map), next };
}

type Listed = 'datasets' | 'slices';

/**
 * One keyset page of a datasets or slices list, newest first, with the filtered total. `base` selects
 * the rows in scope (e.g. one dataset's slices); the cursor is bound to `scope`, so it only continues
 * the list it came from.
 */
export async function listPage<T extends Listed, V>(
  storage: Storage,
  table: T,
  base: SelectQueryBuilder<DB, T, object>,
  query: { filter: NormalFilter; scope: string; cursor: string | null; length: number },
  map: (row: Selectable<DB[T]>) => V,
): Promise<Page<V> & { totalCount: number }> {
  const { filter, scope, cursor, length } = query;
  const after = cursor === null ? null : decodeCursor(storage.cursorSecret, scope, cursor);
  if (filter.matchesNothing) return { items: [], next: null, totalCount: 0 };
  const conditions = filterConditions(storage.db, table, filter);
  const filtered = conditions.length > 0 ? base.where((eb) => eb.and(conditions)) : base;
  const paged = after === null ? filtered : filtered.where(afterCondition(table, after));
  // Kysely cannot narrow selectAll() over a generic table; both listed tables have these columns.
  const rows = (await paged
    .selectAll()
    .orderBy(sql.ref('created_at'), 'desc')
    .orderBy(sql.ref('id'), 'desc')
    .limit(length + 1)
    .execute()) as unknown as Array<Selectable<DB[T]> & { created_at: string; id: string }>;
  const count = await filtered.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  const page = toPage(rows, length, map, { secret: storage.cursorSecret, scope });
  return { ...page, totalCount: Number(count.n) };
}
