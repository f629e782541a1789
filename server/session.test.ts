import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpHandler } from './http';
import { createSessions, SESSION_PATH, type SessionOptions } from './session';
import { createStaticHandler } from './static';
import { openStorage, type Storage } from './storage/db';
import { createApp } from './yoga';

const KEY = { accessKey: 'dash', accessKeySecret: 'correct horse' };
const CSRF = { 'X-Requested-With': 'model-catalog' };

async function start(accessKeys: (typeof KEY)[], options?: SessionOptions | (() => number)) {
  const storage: Storage = await openStorage(':memory:');
  const sessions = createSessions(accessKeys, options);
  const server: Server = createServer(
    createHttpHandler({
      api: createApp({ storage, accessKeys, authenticate: sessions.authenticate }),
      auth: sessions.handle,
      serveStatic: createStaticHandler('/nonexistent'),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await storage.close();
  };
  return { base, close };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('browser sessions with access keys set', () => {
  let base: string;
  let close: () => Promise<void>;
  let now = 0;

  beforeAll(async () => {
    ({ base, close } = await start([KEY], () => now));
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
    expect(setCookie).toMatch(/^mc_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
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
    const basic = `Basic ${Buffer.from('dash:correct horse').toString('base64')}`;
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

describe('cookies and credentials an attacker might try', () => {
  let base: string;
  let close: () => Promise<void>;
  let now = 0;

  beforeAll(async () => {
    ({ base, close } = await start([KEY], { clock: () => now, failureDelayMs: 300, maxFailures: 3 }));
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
    const basic = { Authorization: `Basic ${Buffer.from('dash:correct horse').toString('base64')}` };
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
