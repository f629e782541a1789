// Child rows of many parents in one value per parent: a JSON array of arrays built by the database.
// Turning 500 class rows into 500 JS objects costs more than the query itself (better-sqlite3 and
// pg build one object per row); one JSON text per parent parses several times faster.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './db';
import { isPostgres } from './dialect';

/**
 * Aggregate of the group's rows as a JSON array of `[column, …]` arrays in `order`. SQLite writes
 * doubles with 17 significant digits, so numbers survive the round trip exactly.
 */
export function jsonRowsOf<Row extends unknown[]>(
  db: Db,
  columns: readonly string[],
  order: readonly string[],
): RawBuilder<Row[] | string> {
  const values = sql.join(columns.map((c) => sql.ref(c)));
  const orderBy = sql.join(order.map((c) => sql.ref(c)));
  return isPostgres(db)
    ? sql<Row[]>`json_agg(json_build_array(${values}) order by ${orderBy})`
    : sql<string>`json_group_array(json_array(${values}) order by ${orderBy})`;
}

/** pg parses json columns itself; better-sqlite3 hands over the text. */
export const parseJsonRows = <Row>(value: Row[] | string): Row[] =>
  typeof value === 'string' ? (JSON.parse(value) as Row[]) : value;
