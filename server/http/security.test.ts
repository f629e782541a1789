// Security properties of the whole HTTP stack: security headers on every kind of
// response, and no CORS grant that would let another origin read API answers.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY, createHttpApp } from './app';
import { createSessions, SESSION_PATH } from '../auth/sessions';
import { createStaticHandler } from './static';
import { openStorage, type Storage } from '../storage/db';
import { rawRequest, type RawAnswer } from '../test-kit/setup';
import { graphqlApi } from '../graphql/yoga';
import { basicAuthorization } from '../auth/access';

const KEY = { accessKey: 'sec-test', accessKeySecret: 'sec-test-secret' };
const BASIC = basicAuthorization(KEY.accessKey, KEY.accessKeySecret);
const EVIL = 'https://evil.example';

let dist: string;
let storage: Storage;
let server: Server;
let base: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'mc-security-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  await writeFile(path.join(dist, 'assets', 'app-1.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  storage = await openStorage(':memory:');
  const sessions = createSessions([KEY]);
  server = createServer(
    createHttpApp({
      api: graphqlApi({ storage }),
      accessKeys: [KEY],
      sessions,
      serveStatic: createStaticHandler(dist),
    }).listener,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await storage.close();
  await rm(dist, { recursive: true, force: true });
});

type Answer = RawAnswer;

/** A raw request: this also lets us send any Origin. */
const send = (method: string, url: string, headers: Record<string, string> = {}, body?: string) =>
  rawRequest(base + url, method, headers, body);

const graphql = (query: string, headers: Record<string, string> = {}) =>
  send('POST', '/graphql/', { 'Content-Type': 'application/json', ...headers }, JSON.stringify({ query }));

const authorized = { Authorization: BASIC };

describe('security headers', () => {
  const cases: Array<[string, () => Promise<Answer>, number]> = [
    ['the app shell', () => send('GET', '/datasets/x/models'), 200],
    ['a HEAD request', () => send('HEAD', '/'), 200],
    ['a script', () => send('GET', '/assets/app-1.js', { 'Accept-Encoding': 'gzip' }), 200],
    ['a missing asset', () => send('GET', '/assets/missing.js'), 404],
    ['a GraphQL answer', () => graphql('{ __typename }', authorized), 200],
    ['a GraphQL error', () => graphql('{ nope }', authorized), 200],
    ['an unauthenticated call', () => graphql('{ __typename }'), 401],
    ['a GET query', () => send('GET', '/graphql/?query=%7B__typename%7D', authorized), 200],
    [
      'a GET mutation',
      () => send('GET', '/graphql/?query=mutation%7BcreateDataset(name%3A%22g%22)%7Bid%7D%7D', authorized),
      405,
    ],
    ['a non-JSON body', () => send('POST', '/graphql/', { 'Content-Type': 'text/plain', ...authorized }, '{}'), 415],
    [
      'an unknown API path',
      () => send('POST', '/graphql/x', { 'Content-Type': 'application/json', ...authorized }, '{}'),
      404,
    ],
    [
      'a CORS preflight',
      () => send('OPTIONS', '/graphql/', { Origin: EVIL, 'Access-Control-Request-Method': 'POST' }),
      -1,
    ],
    ['the session endpoint', () => send('GET', SESSION_PATH), 200],
  ];

  it.each(cases)('are on %s', async (_name, call, status) => {
    const res = await call();
    if (status !== -1) expect(res.status).toBe(status);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('forbid framing, plugins and foreign scripts in the CSP', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });
});

describe('CORS: another origin cannot read API answers', () => {
  const noGrant = (res: Answer) => {
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  };

  it('grants nothing on an authorized API call from a foreign origin', async () => {
    const res = await graphql('{ datasets(length: 1) { totalCount } }', { ...authorized, Origin: EVIL });
    expect(res.status).toBe(200);
    noGrant(res);
  });

  it('grants nothing on a preflight, so credentialed or JSON cross-origin calls are never sent', async () => {
    const res = await send('OPTIONS', '/graphql/', {
      Origin: EVIL,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    });
    noGrant(res);
    expect(res.headers['access-control-allow-headers']).toBeUndefined();
    expect(res.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('grants nothing on the session endpoint', async () => {
    noGrant(await send('GET', SESSION_PATH, { Origin: EVIL }));
  });

  it('refuses a simple cross-site form post before running it', async () => {
    const form = await send(
      'POST',
      '/graphql/',
      { Origin: EVIL, 'Content-Type': 'text/plain', ...authorized },
      JSON.stringify({ query: 'mutation { createDataset(name: "csrf") { id } }' }),
    );
    expect(form.status).toBe(415);
    const { body } = await graphql('{ datasets(length: 50) { datasets { name } } }', authorized);
    expect(body).not.toContain('csrf');
  });
});
