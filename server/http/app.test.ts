import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY, createHttpApp, SECURITY_HEADERS } from './app';
import { CACHE_IMMUTABLE, createStaticHandler, pickEncoding } from './static';
import { openStorage, type Storage } from '../storage/db';
import { postRaw } from '../test-kit/graphql';
import { rawRequest } from '../test-kit/setup';
import { graphqlApi } from '../graphql/yoga';

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body></body></html>';
const APP_JS = `export const app = ${JSON.stringify('x'.repeat(4000))};`;

let dist: string;
let server: Server;
let base: string;
const apiCalls: string[] = [];

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'mc-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX_HTML);
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), APP_JS);
  await writeFile(path.join(dist, 'assets', 'logo-def456.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(dist, '.env'), 'SECRET=1');
  const app = createHttpApp({
    api: (request) => {
      const url = new URL(request.url);
      apiCalls.push(`${request.method} ${url.pathname}${url.search}`);
      if (url.search === '?boom') throw new Error('boom');
      return new Response('{"data":{}}', { headers: { 'Content-Type': 'application/json' } });
    },
    serveStatic: createStaticHandler(dist),
    onError: () => {},
  });
  server = createServer(app.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dist, { recursive: true, force: true });
});

/** A raw request, so redirects and encodings are seen as sent. */
const raw = (method: string, url: string, headers: Record<string, string> = {}) =>
  rawRequest(base + url, method, headers);

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
}

describe('http layer', () => {
  it('serves index.html for app routes, uncached, with security headers', async () => {
    for (const url of ['/', '/datasets/abc/models/def', '/compare?ids=a,b']) {
      const res = await raw('GET', url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(INDEX_HTML);
      expectSecurityHeaders(res.headers);
    }
  });

  it('tells the dashboard what the API speaks at /api/capabilities (the local catalog: both generations)', async () => {
    const res = await raw('GET', '/api/capabilities');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toEqual({
      mode: 'local',
      firstGeneration: true,
      newerGeneration: true,
      trainingReports: true,
      contents: true,
      trainingAnnotations: true,
      history: true,
      diagnoses: true,
    });
    const other = await raw('GET', '/api/other');
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body)).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
  });

  it('has a CSP that allows only same-origin scripts and connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('serves hashed assets with a long cache and compression', async () => {
    const plain = await raw('GET', '/assets/index-abc123.js');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect(plain.body).toBe(APP_JS);

    const gzipped = await raw('GET', '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzipped.bytes).toString()).toBe(APP_JS);

    const br = await raw('GET', '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBeLessThan(APP_JS.length);
  });

  it('answers conditional requests with 304', async () => {
    const first = await raw('GET', '/favicon.svg');
    expect(first.headers['content-type']).toBe('image/svg+xml');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await raw('GET', '/favicon.svg', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again.headers);
  });

  it('answers HEAD without a body', async () => {
    const res = await raw('HEAD', '/assets/logo-def456.png');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-length']).toBe('4');
    expect(res.bytes.length).toBe(0);
  });

  it.each([
    '/assets/missing-123.js',
    '/missing.css',
    '/assets/',
    '/.env',
    '/assets/..%2f..%2fetc%2fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/%E0%A4%A',
  ])('404s %s instead of falling back', async (url) => {
    const res = await raw('GET', url);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ errors: [{ code: 'NOT_FOUND', message: 'Not found' }] });
    expectSecurityHeaders(res.headers);
  });

  it('refuses writes to static paths', async () => {
    const res = await raw('POST', '/datasets');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('hands the GraphQL paths to the API directly, never the SPA or a redirect', async () => {
    apiCalls.length = 0;
    for (const url of ['/graphql', '/graphql/', '/system/graphql/']) {
      const res = await raw('POST', url, { 'Content-Type': 'application/json' });
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.headers['cache-control']).toBe('no-store');
      expectSecurityHeaders(res.headers);
    }
    const get = await raw('GET', '/graphql?query=%7B__typename%7D');
    expect(get.body).toBe('{"data":{}}');
    expect(apiCalls).toEqual([
      'POST /graphql',
      'POST /graphql/',
      'POST /system/graphql/',
      'GET /graphql?query=%7B__typename%7D',
    ]);
  });

  it.each(['/graphql/anything', '/graphqlx', '/auth/session'])('answers %s with a JSON 404 of its own', async (url) => {
    const res = await raw('POST', url, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
    expectSecurityHeaders(res.headers);
  });

  it('turns an API crash into a JSON 500 that tells nothing', async () => {
    const res = await raw('POST', '/graphql/?boom', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      errors: [{ message: 'Internal server error', code: 'INTERNAL', extensions: { code: 'INTERNAL' } }],
    });
    expectSecurityHeaders(res.headers);
  });
});

describe('pickEncoding', () => {
  it.each([
    [undefined, undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;q=0.5', 'br'],
  ])('%s → %s', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('http layer with the real GraphQL app', () => {
  let storage: Storage;
  let realServer: Server;
  let realBase: string;

  beforeAll(async () => {
    storage = await openStorage(':memory:');
    const app = createHttpApp({ api: graphqlApi({ storage }), serveStatic: createStaticHandler(dist) });
    realServer = createServer(app.listener);
    await new Promise<void>((resolve) => realServer.listen(0, '127.0.0.1', resolve));
    realBase = `http://127.0.0.1:${(realServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => realServer.close(resolve));
    await storage.close();
  });

  const post = (url: string) => postRaw(realBase + url, '{ datasets { totalCount } }');

  it.each(['/graphql', '/graphql/', '/system/graphql/'])(
    'answers POST %s directly, with security headers',
    async (url) => {
      const res = await post(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { datasets: { totalCount: 0 } } });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    },
  );

  it('keeps unknown API paths away from the SPA', async () => {
    for (const url of ['/graphql/extra', '/graphqlx']) {
      const res = await fetch(realBase + url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
