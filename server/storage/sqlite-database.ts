// The SQLite database as Kysely runs it (db.ts openSqlite): better-sqlite3 with two savings on the
// hot list pages (README "Performance").
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Reads rows as arrays and makes them into objects here: better-sqlite3 builds each row object one
 * property at a time in native code, which took about as long as the whole read of a 50-model page.
 */
function objectRows(statement: Database.Statement): SqliteStatement {
  if (!statement.reader) return statement;
  const columns = statement.columns().map((column) => column.name);
  statement.raw(true);
  // One object literal per statement's columns (names from the statement's own SQL, quoted as JSON):
  // every row gets its shape at once, where assigning the names one by one made each row walk V8's
  // shape transitions (a 51-row page reads ~10% faster).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from column names only
  const toObject = new Function(
    'values',
    `return { ${columns.map((name, i) => `${JSON.stringify(name)}: values[${i}]`).join(', ')} };`,
  ) as (values: unknown[]) => Record<string, unknown>;
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(values);
    },
  };
}

/** better-sqlite3 prepares a statement on every call; Kysely's SQL strings repeat, so prepared statements are kept. */
export function kyselySqlite(sqlite: Database.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  const prepare = (source: string): SqliteStatement => {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = objectRows(sqlite.prepare(source));
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      cache.set(source, statement);
    }
    return statement;
  };
  return { prepare, close: () => sqlite.close() };
}
