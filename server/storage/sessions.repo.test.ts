import { afterEach, describe, expect, it } from 'vitest';

import { createPostgresDatabase, engines, type Engine } from '../test-kit/setup';
import { openStorage, type Storage } from './db';
import { databaseSignInStore } from './sessions.repo';

const HOUR = 60 * 60 * 1000;

describe.each(engines)('sign-in state in the database (%s)', (engine: Engine) => {
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.close();
  });
  const open = async () => {
    storage = await openStorage(engine === 'postgres' ? await createPostgresDatabase() : ':memory:');
    return storage;
  };

  it('keeps at most the given number of live sessions, dropping the oldest first', async () => {
    const store = databaseSignInStore((await open()).db, 3);
    for (let i = 0; i < 5; i++) await store.addSession({ tokenHash: `h${i}`, accessKey: 'k', expiresAt: i + HOUR }, i);
    const live = await Promise.all([0, 1, 2, 3, 4].map((i) => store.sessionKey(`h${i}`, 10)));
    expect(live).toEqual([null, null, 'k', 'k', 'k']);
    expect(await store.sessionKey('h4', 4 + HOUR)).toBeNull(); // expired
  });

  it('counts failures per address within a window and starts a new window after it', async () => {
    const store = databaseSignInStore((await open()).db, 2);
    await store.addFailure('10.0.0.1', 1000, 1000 - HOUR);
    await store.addFailure('10.0.0.1', 2000, 2000 - HOUR);
    await store.addFailure('10.0.0.2', 3000, 3000 - HOUR);
    expect(await store.failures('10.0.0.1', 2000 - HOUR)).toEqual({ count: 2, since: 1000 });
    // A third address makes room by dropping the oldest window.
    await store.addFailure('10.0.0.3', 4000, 4000 - HOUR);
    expect(await store.failures('10.0.0.1', 4000 - HOUR)).toBeNull();
    expect(await store.failures('10.0.0.2', 4000 - HOUR)).toEqual({ count: 1, since: 3000 });
    // Once the window is over the count starts again.
    await store.addFailure('10.0.0.2', 3000 + HOUR, 3000);
    expect(await store.failures('10.0.0.2', 3001)).toEqual({ count: 1, since: 3000 + HOUR });
    await store.clearFailures('10.0.0.2');
    expect(await store.failures('10.0.0.2', 0)).toBeNull();
  });
});
