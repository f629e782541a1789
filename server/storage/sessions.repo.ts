// Browser sign-in state in the database (README "Signing in (server with access keys)"), so every
// server process on it behaves as one: each accepts a session any of them created, a sign-out on one
// is refused by all, and failed sign-ins count towards one limit. Rows hold a SHA-256 hash of the
// cookie's token, never the token.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './db';

export interface NewSession {
  tokenHash: string;
  accessKey: string;
  /** Epoch milliseconds, like every time below. */
  expiresAt: number;
}

export interface FailureWindow {
  count: number;
  since: number;
}

/** Where sign-in state lives: the database here, Maps in proxy mode (which has no database). */
export interface SignInStore {
  /** Saves a session, first dropping expired ones and, at `maxRows` live ones, the oldest. */
  addSession(session: NewSession, now: number): Promise<void>;
  /** The access key of the unexpired session with this hash, or null. */
  sessionKey(tokenHash: string, now: number): Promise<string | null>;
  removeSession(tokenHash: string): Promise<void>;
  /** Failures from `address` in a window that began after `windowStart`, or null. */
  failures(address: string, windowStart: number): Promise<FailureWindow | null>;
  /** Counts a failure; a window that began at or before `windowStart` is over, so a new one begins `now`. */
  addFailure(address: string, now: number, windowStart: number): Promise<void>;
  clearFailures(address: string): Promise<void>;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function databaseSignInStore(db: Db, maxRows: number): SignInStore {
  /** Makes room for one more row by dropping the oldest beyond `maxRows`, so neither table grows unbounded. */
  async function makeRoom(table: string, key: string, age: string): Promise<void> {
    const count = (query: RawBuilder<{ n: number | string }>) => query.execute(db).then((r) => Number(r.rows[0]?.n));
    const excess = (await count(sql`select count(*) as n from ${sql.table(table)}`)) - maxRows + 1;
    if (excess <= 0) return;
    await sql`delete from ${sql.table(table)} where ${sql.ref(key)} in
      (select ${sql.ref(key)} from ${sql.table(table)} order by ${sql.ref(age)}, ${sql.ref(key)} limit ${excess})`.execute(
      db,
    );
  }

  return {
    async addSession({ tokenHash, accessKey, expiresAt }, now) {
      await db.deleteFrom('sessions').where('expires_at', '<=', iso(now)).execute();
      // Every session lasts equally long, so the soonest to expire is the oldest.
      await makeRoom('sessions', 'token_hash', 'expires_at');
      await db
        .insertInto('sessions')
        .values({ token_hash: tokenHash, access_key: accessKey, expires_at: iso(expiresAt) })
        .execute();
    },

    async sessionKey(tokenHash, now) {
      const row = await db
        .selectFrom('sessions')
        .select('access_key')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', iso(now))
        .executeTakeFirst();
      return row?.access_key ?? null;
    },

    async removeSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    async failures(address, windowStart) {
      const row = await db
        .selectFrom('sign_in_failures')
        .select(['failures', 'since'])
        .where('address', '=', address)
        .where('since', '>', iso(windowStart))
        .executeTakeFirst();
      return row ? { count: row.failures, since: Date.parse(row.since) } : null;
    },

    async addFailure(address, now, windowStart) {
      await db.deleteFrom('sign_in_failures').where('since', '<=', iso(windowStart)).execute();
      await makeRoom('sign_in_failures', 'address', 'since');
      // One statement, so failures arriving at several processes at once all count.
      await db
        .insertInto('sign_in_failures')
        .values({ address, failures: 1, since: iso(now) })
        .onConflict((oc) =>
          oc.column('address').doUpdateSet((eb) => ({ failures: eb('sign_in_failures.failures', '+', 1) })),
        )
        .execute();
    },

    async clearFailures(address) {
      await db.deleteFrom('sign_in_failures').where('address', '=', address).execute();
    },
  };
}
