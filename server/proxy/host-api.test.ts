// Detection of the proxied host's API (README "Dashboard for a Superb AI host (proxy)"): GET /api/capabilities
// in proxy mode, against the stub upstreams of both generations, the local catalog (both) and broken hosts.
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { Capabilities } from '../../src/api/schemas';
import { closeServer, listen, setup, startProxy } from '../test-kit/setup';
import { post } from '../test-kit/graphql';
import { startStubUpstream, type StubUpstream } from '../test-kit/stub-upstream';
import { STUB_DATASET } from '../test-kit/stub-catalog';
import {
  PROBE_CONTENTS,
  PROBE_DIAGNOSES,
  PROBE_NEW,
  PROBE_OLD,
  PROBE_TRAINING_ANNOTATIONS,
  PROBE_TRAINING_REPORT,
} from './generation-probe';
import type { NewerApiRelease } from '../test-kit/stub-schemas';

const KEY = { accessKey: 'host-key', accessKeySecret: 'host secret 123' };
const CSRF = { 'X-Requested-With': 'model-catalog' };

const servers: Server[] = [];
const stubs: StubUpstream[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

/** Counts the probes (by document) the proxy sends, and every other request it forwards. */
function countingFetch() {
  const sent = { new: 0, old: 0, contents: 0, annotations: 0, report: 0, diagnoses: 0, other: 0 };
  const probes = new Map<string, keyof typeof sent>([
    [PROBE_NEW, 'new'],
    [PROBE_OLD, 'old'],
    [PROBE_CONTENTS, 'contents'],
    [PROBE_TRAINING_ANNOTATIONS, 'annotations'],
    [PROBE_TRAINING_REPORT, 'report'],
    [PROBE_DIAGNOSES, 'diagnoses'],
  ]);
  const fetchCounted: typeof fetch = (input, init) => {
    const body = init?.body;
    const query = typeof body === 'string' ? (JSON.parse(body) as { query: string }).query : undefined;
    sent[(query !== undefined && probes.get(query)) || 'other'] += 1;
    return fetch(input, init);
  };
  return { sent, fetch: fetchCounted };
}

async function proxyTo(host: string, options: Partial<Parameters<typeof startProxy>[0]> = {}) {
  const log: string[] = [];
  const proxy = await startProxy({ host, upstreamKey: KEY, log: (line) => log.push(line), ...options });
  servers.push(proxy.server);
  const capabilities = async () => {
    const res = await fetch(`${proxy.base}/api/capabilities`, { headers: CSRF });
    expect(res.status).toBe(200);
    return (await res.json()) as Capabilities;
  };
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    post(`${proxy.base}/graphql/`, query, variables, { headers: CSRF });
  return { ...proxy, upstream: host, log, capabilities, gql };
}

async function stub(generation: 'first' | 'newer', release?: NewerApiRelease) {
  const upstream = await startStubUpstream({ generation, release, accessKey: KEY });
  stubs.push(upstream);
  return upstream;
}

describe('GET /api/capabilities in proxy mode', () => {
  it('finds a first-generation host: first-generation documents only', async () => {
    const proxy = await proxyTo((await stub('first')).base);
    expect(await proxy.capabilities()).toEqual({
      mode: 'proxy',
      firstGeneration: true,
      newerGeneration: false,
      trainingReports: false,
      contents: false,
      trainingAnnotations: false,
      history: false,
      diagnoses: false,
      hostApi: 'OLD',
    });
    expect(proxy.log).toEqual([expect.stringMatching(/speaks the first generation/)]);
  });

  it.each([
    ['a v1.9 host: everything §6.4 probes', 'v1.9.0', true, 'with'],
    ['a v1.4.0-era host: no contents, training annotations, report types or diagnoses', 'v1.4.0', false, 'without'],
  ] as const)('finds the newer API on %s', async (_name, release, has, words) => {
    const proxy = await proxyTo((await stub('newer', release)).base);
    expect(await proxy.capabilities()).toEqual({
      mode: 'proxy',
      firstGeneration: false,
      newerGeneration: true,
      trainingReports: has,
      contents: has,
      trainingAnnotations: has,
      history: false,
      diagnoses: has,
      hostApi: 'NEW',
    });
    expect(proxy.log).toEqual([
      `Upstream ${proxy.upstream}/graphql/ speaks the newer API (SDK v1.4–v1.9), ${words} model contents, training annotations, training report types, diagnoses.`,
    ]);
  });

  it('finds a v1.6.1 host: everything but diagnoses (SDK v1.6.4)', async () => {
    const proxy = await proxyTo((await stub('newer', 'v1.6.1')).base);
    expect(await proxy.capabilities()).toMatchObject({
      newerGeneration: true,
      trainingReports: true,
      contents: true,
      trainingAnnotations: true,
      diagnoses: false,
    });
    expect(proxy.log).toEqual([expect.stringMatching(/, with .*training report types; without diagnoses\.$/)]);
  });

  it('forwards diagnosis operations to a host that has them; one without rejects them', async () => {
    const query = 'query($d: ID!) { diagnoses(datasetId: $d, length: 5) { totalCount diagnoses { id name } } }';
    const withDiagnoses = await proxyTo((await stub('newer')).base);
    const answered = await withDiagnoses.gql(query, { d: STUB_DATASET.id });
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ data: { diagnoses: { totalCount: 0, diagnoses: [] } } });

    const without = await proxyTo((await stub('newer', 'v1.6.1')).base);
    const rejected = await without.gql(query, { d: STUB_DATASET.id });
    expect(rejected.status).toBe(400);
    expect(rejected.body).toMatchObject({ errors: [{ code: 'GRAPHQL_VALIDATION_FAILED' }] });
  });

  describe('a Model Catalog as the host', () => {
    let host: Awaited<ReturnType<typeof setup>>;
    let served: { base: string; server: Server };
    beforeAll(async () => {
      host = await setup({ accessKeys: [KEY] });
      served = await listen(host.app);
    });
    afterAll(async () => {
      await closeServer(served.server);
      await host.close();
    });

    it('is a hybrid: it accepts both probes, so the dashboard uses both generations', async () => {
      const proxy = await proxyTo(served.base);
      expect(await proxy.capabilities()).toMatchObject({
        firstGeneration: true,
        newerGeneration: true,
        trainingReports: true,
        contents: true,
        trainingAnnotations: true,
        diagnoses: true,
        hostApi: 'HYBRID',
      });
    });

    it('with a key it refuses: AUTH_FAILED, nothing to use', async () => {
      const proxy = await proxyTo(served.base, { upstreamKey: { ...KEY, accessKeySecret: 'stale' } });
      expect(await proxy.capabilities()).toEqual({
        mode: 'proxy',
        firstGeneration: false,
        newerGeneration: false,
        trainingReports: false,
        contents: false,
        trainingAnnotations: false,
        history: false,
        diagnoses: false,
        hostApi: 'AUTH_FAILED',
      });
      expect(proxy.log).toEqual([expect.stringMatching(/cannot tell: the host refused the access key/)]);
    });
  });

  it('says NOT_GRAPHQL for a web page at the address', async () => {
    const page = await listen(
      (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Hi</h1>'),
    );
    servers.push(page.server);
    const proxy = await proxyTo(page.base);
    expect(await proxy.capabilities()).toMatchObject({
      hostApi: 'NOT_GRAPHQL',
      firstGeneration: false,
      newerGeneration: false,
    });
  });

  it('says UNKNOWN when the host rejects both probes (an allow-list, say)', async () => {
    const allowList = await listen((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Unknown type "Anything".', code: 'GRAPHQL_VALIDATION_FAILED' }] }));
    });
    servers.push(allowList.server);
    const proxy = await proxyTo(allowList.base);
    expect(await proxy.capabilities()).toMatchObject({
      hostApi: 'UNKNOWN',
      firstGeneration: false,
      newerGeneration: false,
    });
  });
});

describe('when the host is probed', () => {
  it('once per process, lazily: concurrent callers share one probe, later calls reuse its verdict', async () => {
    const counting = countingFetch();
    const proxy = await proxyTo((await stub('newer')).base, { fetch: counting.fetch });
    const none = { new: 0, old: 0, contents: 0, annotations: 0, report: 0, diagnoses: 0, other: 0 };
    expect(counting.sent).toEqual(none);
    const answers = await Promise.all([proxy.capabilities(), proxy.capabilities(), proxy.capabilities()]);
    expect(answers.map((a) => a.hostApi)).toEqual(['NEW', 'NEW', 'NEW']);
    await proxy.gql('query($d: ID!) { models(datasetId: $d) { totalCount } }', { d: STUB_DATASET.id });
    // An execution error (it has a path) is no reason to probe again.
    await proxy.gql('query($d: ID!, $m: ID) { model(datasetId: $d, modelId: $m) { id } }', { d: 'nope', m: 'x' });
    await proxy.capabilities();
    // Each §6.4 probe once too, after the §6.3 pair found the newer API.
    expect(counting.sent).toEqual({ new: 1, old: 1, contents: 1, annotations: 1, report: 1, diagnoses: 1, other: 2 });
    expect(proxy.log).toHaveLength(1);
  });

  it('again after a forwarded document is rejected: the host was upgraded', async () => {
    const upstream = await stub('first');
    const counting = countingFetch();
    const proxy = await proxyTo(upstream.base, { fetch: counting.fetch });
    expect((await proxy.capabilities()).hostApi).toBe('OLD');

    upstream.setGeneration('newer');
    const rejected = await proxy.gql('query($d: ID!) { models(datasetId: $d) { models { baselineModel } } }', {
      d: 'x',
    });
    expect(rejected.status).toBe(400);
    expect(await proxy.capabilities()).toMatchObject({ hostApi: 'NEW', firstGeneration: false, newerGeneration: true });
    expect(counting.sent).toMatchObject({ new: 2, old: 2 });
    expect(proxy.log).toEqual([
      expect.stringMatching(/speaks the first generation/),
      expect.stringMatching(/speaks the newer API/),
    ]);
  });

  it('again after a v1.4.0-era host rejected a document and was upgraded: its features follow', async () => {
    const upstream = await stub('newer', 'v1.4.0');
    const counting = countingFetch();
    const proxy = await proxyTo(upstream.base, { fetch: counting.fetch });
    expect(await proxy.capabilities()).toMatchObject({ contents: false, trainingAnnotations: false, diagnoses: false });

    upstream.setGeneration('newer', 'v1.9.0');
    // A first-generation probe stays rejected, so the kept verdict would not change without a failure.
    expect(await proxy.capabilities()).toMatchObject({ contents: false });
    const rejected = await proxy.gql('query($d: ID!) { models(datasetId: $d) { models { baselineModel } } }', {
      d: 'x',
    });
    expect(rejected.status).toBe(400);
    expect(await proxy.capabilities()).toMatchObject({
      hostApi: 'NEW',
      contents: true,
      trainingAnnotations: true,
      trainingReports: true,
      diagnoses: true,
    });
    expect(counting.sent).toMatchObject({ new: 2, old: 2, contents: 2, annotations: 2, report: 2, diagnoses: 2 });
    expect(proxy.log).toEqual([
      expect.stringMatching(/without model contents/),
      expect.stringMatching(/with model contents/),
    ]);
  });

  it('again after the host failed (5xx), and again while it stays unreachable', async () => {
    let failing = false;
    const upstream = await stub('newer');
    const flaky = await listen((req, res) => {
      if (failing) return void res.writeHead(502).end('Bad gateway');
      const target = new URL(req.url ?? '/', upstream.base);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void fetch(target, {
          method: 'POST',
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }).then(async (r) => res.writeHead(r.status, { 'Content-Type': 'application/json' }).end(await r.text()));
      });
    });
    servers.push(flaky.server);
    const counting = countingFetch();
    const proxy = await proxyTo(flaky.base, { fetch: counting.fetch });
    expect((await proxy.capabilities()).hostApi).toBe('NEW');

    failing = true;
    expect((await proxy.gql('{ datasets { totalCount } }')).status).toBe(502);
    // A probe answered 5xx (an HTML page from the gateway) is not kept either.
    expect((await proxy.capabilities()).hostApi).toBe('NOT_GRAPHQL');
    failing = false;
    expect((await proxy.capabilities()).hostApi).toBe('NEW');
    expect(counting.sent).toMatchObject({ new: 3, old: 3 });
  });

  it('again after a network failure: UNREACHABLE until the host answers', async () => {
    const gone = await listen(() => undefined);
    await closeServer(gone.server);
    const proxy = await proxyTo(gone.base);
    expect(await proxy.capabilities()).toMatchObject({
      hostApi: 'UNREACHABLE',
      firstGeneration: false,
      newerGeneration: false,
    });
    expect(proxy.log).toEqual([expect.stringMatching(/cannot tell yet: the host did not answer/)]);
    const port = Number(new URL(gone.base).port);
    const upstream = await startStubUpstream({ generation: 'first', accessKey: KEY, port });
    stubs.push(upstream);
    expect((await proxy.capabilities()).hostApi).toBe('OLD');
  });
});
