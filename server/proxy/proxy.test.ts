import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseConfig, StartupError, type Config } from '../cli/config';
import { parseSdkConfig } from './sdk-config';
import { SESSION_PATH } from '../auth/sessions';
import { postRaw } from '../test-kit/graphql';
import { closeServer as close, listen, setup, startProxy, type TestApi } from '../test-kit/setup';

const UPSTREAM_KEY = { accessKey: 'host-key', accessKeySecret: 'host secret 123' };
const PROXY_KEY = { accessKey: 'proxy', accessKeySecret: 'proxy secret' };
const CSRF = { 'X-Requested-With': 'model-catalog' };
const basic = (k: string, s: string) => `Basic ${Buffer.from(`${k}:${s}`).toString('base64')}`;

const post = (base: string, query: string, variables: Record<string, unknown> = {}, headers = {}) =>
  postRaw(`${base}/graphql/`, query, variables, { headers: { ...CSRF, ...headers } });

/** Everything a browser could read from an answer. */
const visible = async (res: Response) => JSON.stringify([...res.headers]) + (await res.text());

describe('proxy to a Superb AI host', () => {
  let host: TestApi;
  let upstream: { base: string; server: Server };
  let proxy: { base: string; server: Server };

  beforeAll(async () => {
    host = await setup({ accessKeys: [UPSTREAM_KEY] });
    upstream = await listen(host.app);
    proxy = await startProxy({ host: upstream.base, upstreamKey: UPSTREAM_KEY });
  });
  afterAll(async () => {
    await close(proxy.server);
    await close(upstream.server);
    await host.close();
  });

  it('creates and lists through the proxy with the host key, which the browser never sees', async () => {
    const created = await post(proxy.base, 'mutation($n: String!) { createDataset(name: $n) { name createdBy } }', {
      n: 'via proxy',
    });
    expect(created.status).toBe(200);
    const createdText = await visible(created);
    expect(JSON.parse(createdText.slice(createdText.indexOf('{"data"')))).toMatchObject({
      data: { createDataset: { name: 'via proxy', createdBy: 'host-key' } },
    });

    const listed = await post(proxy.base, '{ datasets(length: 10) { datasets { name } totalCount } }');
    const text = await visible(listed);
    expect(text).toContain('"totalCount":1');
    for (const leaked of [UPSTREAM_KEY.accessKeySecret, basic(UPSTREAM_KEY.accessKey, UPSTREAM_KEY.accessKeySecret)]) {
      expect(createdText).not.toContain(leaked);
      expect(text).not.toContain(leaked);
    }
    // GraphQL errors come back as the host sent them.
    const missing = await post(proxy.base, 'query($id: ID!) { dataset(datasetId: $id) { id } }', { id: 'nope' });
    expect(missing.status).toBe(200);
    expect(await missing.json()).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
  });

  it('says the upstream refused the key when it answers 401', async () => {
    const wrong = await startProxy({ host: upstream.base, upstreamKey: { ...UPSTREAM_KEY, accessKeySecret: 'stale' } });
    try {
      const res = await post(wrong.base, '{ datasets { totalCount } }');
      expect(res.status).toBe(401);
      // The dashboard (X-Requested-With) gets no login-box challenge; any other client does.
      expect(res.headers.get('www-authenticate')).toBeNull();
      expect(await res.json()).toMatchObject({
        errors: [{ code: 'UNAUTHENTICATED', message: expect.stringMatching(/refused the access key/) }],
      });
      const sdk = await postRaw(`${wrong.base}/graphql/`, '{ __typename }');
      expect(sdk.status).toBe(401);
      expect(sdk.headers.get('www-authenticate')).toBe('Basic realm="Model Catalog"');
    } finally {
      await close(wrong.server);
    }
  });

  it('answers 502 UPSTREAM_UNAVAILABLE when the host cannot be reached', async () => {
    const gone = await listen(() => undefined);
    await close(gone.server);
    const unreachable = await startProxy({ host: gone.base, upstreamKey: UPSTREAM_KEY });
    try {
      const res = await post(unreachable.base, '{ datasets { totalCount } }');
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({
        errors: [{ code: 'UPSTREAM_UNAVAILABLE', extensions: { code: 'UPSTREAM_UNAVAILABLE' } }],
      });
    } finally {
      await close(unreachable.server);
    }
  });

  it('answers 504 when the host is too slow, and 502 for its 5xx, sending a mutation once', async () => {
    let calls = 0;
    const flaky = await listen((req, res) => {
      calls += 1;
      if (req.headers['x-test-hang'] === undefined) {
        res.writeHead(500).end('boom');
      }
      // otherwise never answer
    });
    const slow = await listen(() => undefined);
    const viaFlaky = await startProxy({ host: flaky.base, upstreamKey: UPSTREAM_KEY, timeoutMs: 200 });
    const viaSlow = await startProxy({ host: slow.base, upstreamKey: UPSTREAM_KEY, timeoutMs: 200 });
    try {
      const failed = await post(viaFlaky.base, 'mutation { createDataset(name: "x") { id } }');
      expect(failed.status).toBe(502);
      expect(await failed.json()).toMatchObject({
        errors: [{ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/failed \(HTTP 500\)/) }],
      });
      expect(calls).toBe(1);

      const timedOut = await post(viaSlow.base, '{ datasets { totalCount } }');
      expect(timedOut.status).toBe(504);
      expect(await timedOut.json()).toMatchObject({
        errors: [{ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/did not answer within 0.2 s/) }],
      });
    } finally {
      slow.server.closeAllConnections();
      for (const s of [viaFlaky, viaSlow, flaky, slow]) await close(s.server);
    }
  });

  it('with its own keys, is no open relay: needs Basic auth or a browser session', async () => {
    const guarded = await startProxy({ host: upstream.base, upstreamKey: UPSTREAM_KEY, accessKeys: [PROXY_KEY] });
    try {
      const query = '{ datasets { totalCount } }';
      expect((await post(guarded.base, query)).status).toBe(401);
      // The host's own key is no way in: the proxy only knows its own.
      expect(
        (
          await post(
            guarded.base,
            query,
            {},
            { Authorization: basic(UPSTREAM_KEY.accessKey, UPSTREAM_KEY.accessKeySecret) },
          )
        ).status,
      ).toBe(401);
      expect(
        (await post(guarded.base, query, {}, { Authorization: basic(PROXY_KEY.accessKey, PROXY_KEY.accessKeySecret) }))
          .status,
      ).toBe(200);

      const signIn = await fetch(guarded.base + SESSION_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...CSRF },
        body: JSON.stringify(PROXY_KEY),
      });
      const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect((await post(guarded.base, query, {}, { Cookie: cookie })).status).toBe(200);
      expect((await post(guarded.base, query, {}, { Cookie: cookie, Origin: 'https://evil.example' })).status).toBe(
        401,
      );
    } finally {
      await close(guarded.server);
    }
  });
});

describe('proxy configuration', () => {
  const sdkFile = parseSdkConfig(
    '# SDK config\n[default]\nhost = https://file.example\naccess_key = file-key\naccess_key_secret = file secret\n',
    '/home/me/.spb/onprem-config',
  );
  const parse = (argv: string[], env: Record<string, string> = {}, file = sdkFile) =>
    parseConfig(argv, env, () => file) as Config;

  it('reads the SDK config file', () => {
    expect(sdkFile).toEqual({
      file: '/home/me/.spb/onprem-config',
      host: 'https://file.example',
      accessKey: 'file-key',
      accessKeySecret: 'file secret',
    });
  });

  it('takes the upstream key from flags, then the environment, then the SDK file; --upstream wins over its host', () => {
    const fromFlags = parse(['--upstream', 'https://h.example', '--access-key', 'a', '--access-key-secret', 'b']);
    expect(fromFlags.upstream).toMatchObject({ host: 'https://h.example', accessKey: 'a', accessKeySecret: 'b' });
    expect(fromFlags.accessKeys).toEqual([]);

    const fromEnv = parse([], {
      MODEL_CATALOG_UPSTREAM: 'https://h.example/',
      MODEL_CATALOG_ACCESS_KEY: 'e',
      MODEL_CATALOG_ACCESS_KEY_SECRET: 'f',
    });
    expect(fromEnv.upstream).toMatchObject({
      host: 'https://h.example/',
      accessKey: 'e',
      keySource: 'MODEL_CATALOG_ACCESS_KEY',
    });

    const fromFile = parse(['--upstream', 'https://h.example', '--upstream-timeout', '5']);
    expect(fromFile.upstream).toEqual({
      host: 'https://h.example',
      accessKey: 'file-key',
      accessKeySecret: 'file secret',
      keySource: '/home/me/.spb/onprem-config',
      timeoutMs: 5000,
    });
  });

  it('refuses to relay beyond loopback without its own key, and needs an upstream key', () => {
    expect(() => parse(['--upstream', 'https://h.example', '--host', '0.0.0.0'])).toThrow(/proxy's own access key/);
    const beyondLoopback = (secret: string) => [
      '--upstream',
      'https://h.example',
      '--host',
      '0.0.0.0',
      '--proxy-access-key',
      'p',
      '--proxy-access-key-secret',
      secret,
    ];
    const open = parse(beyondLoopback('sixteen chars ok'));
    expect(open.accessKeys).toEqual([{ accessKey: 'p', accessKeySecret: 'sixteen chars ok' }]);
    expect(() => parse(beyondLoopback('q'))).toThrow(/shorter than 16 characters/);
    expect(() => parseConfig(['--upstream', 'https://h.example'], {}, () => undefined)).toThrow(StartupError);
    expect(() => parse(['--upstream', 'ftp://h.example'])).toThrow(/http\(s\) URL/);
    expect(() => parse(['--proxy-access-key', 'p', '--proxy-access-key-secret', 'q'])).toThrow(
      /only apply with --upstream/,
    );
  });
});
