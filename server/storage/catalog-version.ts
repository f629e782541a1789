// Catalog version (README "Performance", executed pages): one counter in the database, bumped in the
// same transaction as every write that can change a GraphQL query result. The response cache
// (server/graphql/response-cache.ts) keys its entries by it, so every process on the database sees
// another's write on its next read.
import { sql, type CompiledQuery, type Transaction } from 'kysely';
import type { DB, Db } from './db';

const readQuery = new WeakMap<Db, CompiledQuery<{ version: number | string }>>();

/** The current version as text (PostgreSQL returns bigint as a string, SQLite as a number). */
export async function readCatalogVersion(db: Db): Promise<string> {
  // Compiled once per database: this runs on every GraphQL query.
  let query = readQuery.get(db);
  if (query === undefined) {
    query = db.selectFrom('catalog_version').select('version').where('id', '=', 1).compile();
    readQuery.set(db, query);
  }
  const row = (await db.executeQuery(query)).rows[0];
  if (row === undefined) throw new Error('catalog_version has no row; the 0003 migration did not run');
  return String(row.version);
}

/** Call inside a write transaction, after its writes (see writeTransaction). */
export async function bumpCatalogVersion(db: Db): Promise<void> {
  await sql`update catalog_version set version = version + 1 where id = 1`.execute(db);
}

/**
 * Runs `work` in a transaction and bumps the catalog version as its last statement: nothing is held
 * after that lock but the commit, so writers on PostgreSQL cannot deadlock on it. A failing `work`
 * rolls back without a bump.
 */
export function writeTransaction<T>(db: Db, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await bumpCatalogVersion(trx);
    return result;
  });
}
