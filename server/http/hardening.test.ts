// The HTTP app against the attacks and conformance checks of README "Configuration", "Signing in" and "The API over HTTP": DNS rebinding without keys,
// guessing keys over Basic auth, the 401 challenge, and the GraphQL-over-HTTP audit (graphql-http).
import type { Server } from 'node:http';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BASIC_REALM, basicAuthorization as basic } from '../auth/access';
import { createHttpApp } from './app';
import { createSessions, SESSION_PATH } from '../auth/sessions';
import { openStorage, type Storage } from '../storage/db';
import { closeServer, listen, rawRequest } from '../test-kit/setup';
import { graphqlApi } from '../graphql/yoga';

const KEY = { accessKey: 'guarded', accessKeySecret: 'a secret of 24 characters' };
const CREATE = JSON.stringify({ query: 'mutation { createDataset(name: "rebound") { id } }' });
const COUNT = JSON.stringify({ query: '{ datasets { totalCount } }' });

/** Any Host header can be sent this way (fetch always sends the URL's host). */
const send = (base: string, method: string, path: string, headers: Record<string, string>, body?: string) =>
  rawRequest(base + path, method, headers, body);

let storage: Storage;
beforeAll(async () => {
  storage = await openStorage(':memory:');
});
afterAll(() => storage.close());

describe('Host guard without access keys (DNS rebinding)', () => {
  let server: Server;
  let base: string;
  let port: string;
  beforeAll(async () => {
    ({ server, base } = await listen(
      createHttpApp({ api: graphqlApi({ storage }), publicHosts: ['catalog.internal'], onError: () => {} }),
    ));
    port = new URL(base).port;
  });
  afterAll(() => closeServer(server));

  const post = (host: string, body: string) =>
    send(base, 'POST', '/graphql/', { Host: host, 'Content-Type': 'application/json' }, body);

  it.each(['rebind.attacker.example', 'rebind.attacker.example:80', '192.168.1.20', 'localhost.attacker.example'])(
    'refuses Host %s with a JSON 403 and runs nothing',
    async (host) => {
      for (const answer of [await post(host, CREATE), await send(base, 'GET', '/', { Host: host })]) {
        expect(answer.status).toBe(403);
        expect(answer.headers['content-type']).toMatch(/^application\/json/);
        expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ code: 'BAD_REQUEST', message: /--public-host/ }] });
      }
      const count = await post(`127.0.0.1:${port}`, COUNT);
      expect(JSON.parse(count.body)).toEqual({ data: { datasets: { totalCount: 0 } } });
    },
  );

  it.each(['127.0.0.1', '127.0.0.2', 'localhost', 'LOCALHOST', 'app.localhost', '[::1]', 'catalog.internal'])(
    'serves Host %s',
    async (name) => {
      const answer = await post(`${name}:${port}`, COUNT);
      expect(answer.status).toBe(200);
    },
  );

  it('leaves Host alone once access keys are required: the keys protect the catalog', async () => {
    const keyed = await listen(createHttpApp({ api: graphqlApi({ storage }), accessKeys: [KEY] }));
    try {
      const headers = { Host: 'catalog.example.com', 'Content-Type': 'application/json' };
      const answer = await send(
        keyed.base,
        'POST',
        '/graphql/',
        { ...headers, Authorization: basic(KEY.accessKey, KEY.accessKeySecret) },
        COUNT,
      );
      expect(answer.status).toBe(200);
    } finally {
      await closeServer(keyed.server);
    }
  });
});

describe('access keys over HTTP', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const sessions = createSessions([KEY], { failureDelayMs: 0, maxFailures: 3, failureWindowMs: 60_000 });
    ({ server, base } = await listen(createHttpApp({ api: graphqlApi({ storage }), accessKeys: [KEY], sessions })));
  });
  afterAll(() => closeServer(server));

  const graphql = (headers: Record<string, string>) =>
    fetch(`${base}/graphql/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: COUNT,
    });

  it('challenges with WWW-Authenticate, except the dashboard (X-Requested-With)', async () => {
    const bare = await graphql({});
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toBe(BASIC_REALM);
    expect(BASIC_REALM).toBe('Basic realm="Model Catalog"');
    expect(await bare.json()).toMatchObject({ errors: [{ code: 'UNAUTHENTICATED' }] });
    const dashboard = await graphql({ 'X-Requested-With': 'model-catalog' });
    expect(dashboard.status).toBe(401);
    expect(dashboard.headers.get('www-authenticate')).toBeNull();
  });

  it('counts wrong Basic guesses with failed sign-ins per address: 429 and Retry-After past the limit', async () => {
    const wrong = { Authorization: basic(KEY.accessKey, 'guess') };
    expect((await graphql(wrong)).status).toBe(401);
    expect((await graphql(wrong)).status).toBe(401);
    // A failed sign-in is the third failure from this address.
    const signIn = await fetch(base + SESSION_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'model-catalog' },
      body: JSON.stringify({ accessKey: KEY.accessKey, accessKeySecret: 'guess' }),
    });
    expect(signIn.status).toBe(401);
    for (const headers of [wrong, { Authorization: basic(KEY.accessKey, KEY.accessKeySecret) }]) {
      const blocked = await graphql(headers);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await blocked.json()).toMatchObject({ errors: [{ code: 'BAD_REQUEST', message: /Too many failed/ }] });
    }
  });
});

describe('GraphQL over HTTP conformance (graphql-http audit, --dev)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ server, base } = await listen(createHttpApp({ api: graphqlApi({ storage, dev: true }), dev: true })));
  });
  afterAll(() => closeServer(server));

  it('passes every MUST item', async () => {
    const audits = serverAudits({ url: `${base}/graphql/`, fetchFn: fetch });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failedMust = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failedMust.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(5);
  });

  it('passes every SHOULD item too', async () => {
    const results = await Promise.all(serverAudits({ url: `${base}/graphql/`, fetchFn: fetch }).map((a) => a.fn()));
    const failed = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok').map((r) => r.name);
    expect(failed).toEqual([]);
  });
});
