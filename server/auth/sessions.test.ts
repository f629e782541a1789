import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpApp } from '../http/app';
import { createSessions, SESSION_PATH, type SessionOptions } from './sessions';
import { openStorage, type Storage } from '../storage/db';
import { createPostgresDatabase, engines, type Engine } from '../test-kit/setup';
import { graphqlApi } from '../graphql/yoga';
import { basicAuthorization } from './access';
import { CSRF } from '../test-kit/graphql';

const KEY = { accessKey: 'dash', accessKeySecret: 'correct horse' };

/** Where sessions live: a database (shared by every process on it) or, in proxy mode, process memory. */
type Store = Engine | 'memory';
const STORES: Store[] = [...engines, 'memory'];

const sqliteFiles: string[] = [];
afterAll(async () => {
  for (const file of sqliteFiles) for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true });
});

/** A new, empty database that several servers can open at once. */
async function freshDatabase(engine: Engine): Promise<string> {
  if (engine === 'postgres') return createPostgresDatabase();
  const file = path.join(tmpdir(), `mc-sessions-${crypto.randomUUID()}.db`);
  sqliteFiles.push(file);
  return file;
}

async function start(
  accessKeys: (typeof KEY)[],
  options: SessionOptions | (() => number) = {},
  { store = 'sqlite', database }: { store?: Store; database?: string } = {},
) {
  const storage: Storage = await openStorage(
    store === 'memory' ? ':memory:' : (database ?? (await freshDatabase(store))),
  );
  const withClock = typeof options === 'function' ? { clock: options } : options;
  const sessions = createSessions(accessKeys, { ...withClock, db: store === 'memory' ? undefined : storage.db });
  const server: Server = createServer(createHttpApp({ api: graphqlApi({ storage }), accessKeys, sessions }).listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await storage.close();
  };
  return { base, close, storage };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe.each(STORES)('browser sessions with access keys set (%s)', (store) => {
  let base: string;
  let close: () => Promise<void>;
  let now = 0;

  beforeAll(async () => {
    ({ base, close } = await start([KEY], () => now, { store }));
  });
  afterAll(() => close());

  const signIn = async (credentials: unknown = KEY, headers: Record<string, string> = CSRF) =>
    fetch(base + SESSION_PATH, json(credentials, headers));
  const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';
  let datasets = 0;
  /** A write, so the answer shows who the server thinks is calling. */
  const whoAmI = (headers: Record<string, string>, path = '/graphql/') =>
    fetch(
      base + path,
      json(
        {
          query: 'mutation($n: String!) { createDataset(name: $n) { createdBy } }',
          variables: { n: `ds ${++datasets}` },
        },
        headers,
      ),
    );

  it('reports that sign-in is required', async () => {
    const res = await fetch(base + SESSION_PATH);
    expect(await res.json()).toEqual({ required: true, authenticated: false, accessKey: null });
  });

  it('refuses wrong secrets, malformed bodies and cross-site posts', async () => {
    const wrong = await signIn({ ...KEY, accessKeySecret: 'nope' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()) as unknown).toMatchObject({ errors: [{ code: 'UNAUTHENTICATED' }] });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await signIn({ accessKey: 'dash' })).status).toBe(400);
    expect((await signIn(KEY, {})).status).toBe(403);
    expect((await signIn(KEY, { ...CSRF, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('sets an HttpOnly SameSite=Strict cookie that authenticates same-origin API calls', async () => {
    const res = await signIn(KEY, { ...CSRF, Origin: base });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ required: true, authenticated: true, accessKey: 'dash' });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const [pair, ...attributes] = setCookie.split('; ');
    expect(pair).toMatch(/^mc_session=[\w-]{43}$/);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Strict']);
    const cookie = cookieOf(res);

    const ok = await whoAmI({ Cookie: cookie, ...CSRF, Origin: base });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ data: { createDataset: { createdBy: 'dash' } } });
    expect(await (await fetch(base + SESSION_PATH, { headers: { Cookie: cookie } })).json()).toMatchObject({
      authenticated: true,
    });

    // The cookie alone is not enough: a cross-site form can send it but not a custom header.
    expect((await whoAmI({ Cookie: cookie })).status).toBe(401);
    expect((await whoAmI({ Cookie: cookie, ...CSRF, Origin: 'http://evil.example' })).status).toBe(401);
    // The system path never takes it once keys are set.
    expect((await whoAmI({ Cookie: cookie, ...CSRF }, '/system/graphql/')).status).toBe(401);
  });

  it('keeps Basic auth working without a cookie', async () => {
    const basic = basicAuthorization('dash', 'correct horse');
    expect((await whoAmI({ Authorization: basic })).status).toBe(200);
  });

  it('signs out and expires sessions', async () => {
    const cookie = cookieOf(await signIn());
    const out = await fetch(base + SESSION_PATH, { method: 'DELETE', headers: { Cookie: cookie, ...CSRF } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await whoAmI({ Cookie: cookie, ...CSRF })).status).toBe(401);

    const later = cookieOf(await signIn());
    expect((await whoAmI({ Cookie: later, ...CSRF })).status).toBe(200);
    now += 12 * 60 * 60 * 1000;
    expect((await whoAmI({ Cookie: later, ...CSRF })).status).toBe(401);
  });
});

describe.each(STORES)('cookies and credentials an attacker might try (%s)', (store) => {
  let base: string;
  let close: () => Promise<void>;
  let now = 0;

  beforeAll(async () => {
    ({ base, close } = await start([KEY], { clock: () => now, failureDelayMs: 300, maxFailures: 3 }, { store }));
  });
  afterAll(() => close());

  const signIn = (credentials: unknown) => fetch(base + SESSION_PATH, json(credentials, CSRF));
  const list = (headers: Record<string, string>) =>
    fetch(base + '/graphql/', json({ query: '{ datasets(length: 5) { totalCount } }', variables: {} }, headers));

  it('refuses a forged or expired cookie', async () => {
    const forged = `mc_session=${'A'.repeat(43)}`;
    expect((await list({ Cookie: forged, ...CSRF })).status).toBe(401);
    const session = await fetch(base + SESSION_PATH, { headers: { Cookie: forged } });
    expect(await session.json()).toMatchObject({ required: true, authenticated: false });

    const cookie = (await signIn(KEY)).headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await list({ Cookie: cookie, ...CSRF })).status).toBe(200);
    now += 12 * 60 * 60 * 1000 + 1;
    const expired = await list({ Cookie: cookie, ...CSRF });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ errors: [{ code: 'UNAUTHENTICATED' }] });
  });

  it('refuses a valid cookie sent cross-site', async () => {
    const cookie = (await signIn(KEY)).headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await list({ Cookie: cookie, ...CSRF, Origin: 'https://evil.example' })).status).toBe(401);
    expect((await list({ Cookie: cookie, Origin: base })).status).toBe(401);
    const signOut = await fetch(base + SESSION_PATH, {
      method: 'DELETE',
      headers: { Cookie: cookie, ...CSRF, Origin: 'https://evil.example' },
    });
    expect(signOut.status).toBe(403);
    expect((await list({ Cookie: cookie, ...CSRF })).status).toBe(200);
  });

  it('answers a wrong secret slowly and stops an address after repeated failures', async () => {
    const started = performance.now();
    const wrong = await signIn({ ...KEY, accessKeySecret: 'guess 1' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(await wrong.json()).toMatchObject({
      errors: [{ code: 'UNAUTHENTICATED', message: 'The access key or secret is wrong.' }],
    });
    await signIn({ ...KEY, accessKeySecret: 'guess 2' });
    await signIn({ accessKey: 'other', accessKeySecret: 'guess 3' });
    // Even the right secret is refused until the window has passed.
    const blocked = await signIn(KEY);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/Too many failed/) }] });
    now += 15 * 60 * 1000;
    expect((await signIn(KEY)).status).toBe(200);
  });

  it('keeps the SDK flow working with Basic auth', async () => {
    const basic = { Authorization: basicAuthorization('dash', 'correct horse') };
    const created = await fetch(
      base + '/graphql/',
      json({ query: 'mutation($n: String!) { createDataset(name: $n) { id name } }', variables: { n: 'sdk' } }, basic),
    );
    expect(await created.json()).toMatchObject({ data: { createDataset: { name: 'sdk' } } });
    const listed = await list(basic);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ data: { datasets: { totalCount: 1 } } });
  });
});

describe('browser sessions without access keys', () => {
  it('says no sign-in is needed', async () => {
    const { base, close } = await start([]);
    try {
      expect(await (await fetch(base + SESSION_PATH)).json()).toEqual({
        required: false,
        authenticated: true,
        accessKey: null,
      });
      expect((await fetch(base + SESSION_PATH, json(KEY, CSRF))).status).toBe(400);
      expect((await fetch(base + '/auth/other')).status).toBe(404);
    } finally {
      await close();
    }
  });
});

describe.each(engines)('sessions kept in the database (%s)', (engine) => {
  const OTHER = { accessKey: 'rotated', accessKeySecret: 'new secret' };
  let now = 0;
  let servers: Awaited<ReturnType<typeof start>>[] = [];
  let database: string;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    // Three processes on one database; the third was restarted with another key.
    const options = { clock: () => now, failureDelayMs: 0, maxFailures: 2 };
    servers = [
      await start([KEY], options, { store: engine, database }),
      await start([KEY], options, { store: engine, database }),
      await start([OTHER], options, { store: engine, database }),
    ];
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  const signIn = (base: string, credentials = KEY) => fetch(base + SESSION_PATH, json(credentials, CSRF));
  const tokenOf = (res: Response) => /^mc_session=([\w-]+);/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const sessionOf = async (base: string, token: string) =>
    (await fetch(base + SESSION_PATH, { headers: { Cookie: `mc_session=${token}` } })).json();
  const list = (base: string, token: string) =>
    fetch(
      base + '/graphql/',
      json(
        { query: '{ datasets(length: 1) { totalCount } }', variables: {} },
        { Cookie: `mc_session=${token}`, ...CSRF },
      ),
    );
  const rows = async () =>
    (await sql<{ token_hash: string; access_key: string }>`select * from sessions`.execute(servers[0]!.storage.db))
      .rows;

  it('accepts a session on every server and refuses it on every server once signed out', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    const token = tokenOf(await signIn(a));
    expect(await sessionOf(b, token)).toEqual({ required: true, authenticated: true, accessKey: 'dash' });
    expect((await list(b, token)).status).toBe(200);

    const out = await fetch(b + SESSION_PATH, {
      method: 'DELETE',
      headers: { Cookie: `mc_session=${token}`, ...CSRF },
    });
    expect(out.status).toBe(204);
    expect(await sessionOf(a, token)).toMatchObject({ authenticated: false, accessKey: null });
    expect((await list(a, token)).status).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const token = tokenOf(await signIn(servers[0]!.base));
    const hash = createHash('sha256').update(token).digest('hex');
    const stored = await rows();
    expect(stored).toContainEqual(expect.objectContaining({ token_hash: hash, access_key: 'dash' }));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('refuses a session whose access key the server no longer accepts', async () => {
    const token = tokenOf(await signIn(servers[0]!.base));
    expect(await sessionOf(servers[2]!.base, token)).toMatchObject({ authenticated: false });
    expect((await list(servers[2]!.base, token)).status).toBe(401);
    expect((await list(servers[1]!.base, token)).status).toBe(200);
  });

  it('purges expired sessions when someone signs in', async () => {
    await signIn(servers[0]!.base);
    now += 12 * 60 * 60 * 1000;
    const token = tokenOf(await signIn(servers[1]!.base));
    expect((await rows()).map((r) => r.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);
  });

  it('counts failed sign-ins on every server towards one limit', async () => {
    const [a, b, c] = servers.map((s) => s.base) as [string, string, string];
    expect((await signIn(a, { ...KEY, accessKeySecret: 'guess 1' })).status).toBe(401);
    expect((await signIn(b, { ...KEY, accessKeySecret: 'guess 2' })).status).toBe(401);
    expect((await signIn(c, KEY)).status).toBe(429);
    expect((await signIn(a, KEY)).status).toBe(429);
    now += 15 * 60 * 1000;
    expect((await signIn(b, KEY)).status).toBe(200);
  });
});

describe('failed sign-ins behind a reverse proxy', () => {
  const wrong = { ...KEY, accessKeySecret: 'guess' };
  const signIn = (base: string, credentials: typeof KEY, forwardedFor?: string) =>
    fetch(
      base + SESSION_PATH,
      json(credentials, { ...CSRF, ...(forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor }) }),
    );

  it('with --trust-proxy, counts them per client address the proxy appended', async () => {
    const { base, close } = await start([KEY], { failureDelayMs: 0, maxFailures: 2, trustProxy: true });
    try {
      expect((await signIn(base, wrong, '203.0.113.7')).status).toBe(401);
      // Entries left of the proxy's own are the client's to invent, so they change nothing.
      expect((await signIn(base, wrong, '10.9.9.9, 203.0.113.7')).status).toBe(401);
      expect((await signIn(base, KEY, '198.51.100.1, 203.0.113.7')).status).toBe(429);
      // Another user behind the same proxy, and a direct caller, are not blocked.
      expect((await signIn(base, KEY, '203.0.113.7, 198.51.100.2')).status).toBe(200);
      expect((await signIn(base, KEY)).status).toBe(200);
    } finally {
      await close();
    }
  });

  it('without it, ignores X-Forwarded-For and counts per connecting address', async () => {
    const { base, close } = await start([KEY], { failureDelayMs: 0, maxFailures: 2 });
    try {
      expect((await signIn(base, wrong, '203.0.113.7')).status).toBe(401);
      expect((await signIn(base, wrong, '198.51.100.2')).status).toBe(401);
      expect((await signIn(base, KEY, '192.0.2.9')).status).toBe(429);
    } finally {
      await close();
    }
  });
});
