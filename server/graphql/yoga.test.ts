// HTTP-level rules of the API: paths, methods, access keys, body limits, document limits, error shape.
import { afterEach, describe, expect, it } from 'vitest';
import { setup, type TestApi } from '../test-kit/setup';
import { MAX_BODY_BYTES } from './yoga';
import { basicAuthorization as basic } from '../auth/access';

const json = { 'Content-Type': 'application/json' };

let api: TestApi;
afterEach(() => api.close());

async function raw(path: string, init: RequestInit) {
  const response = await api.app.fetch(`http://localhost${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: JSON.parse(text) as {
      errors?: Array<{ code: string; message: string; extensions: { code: string } }>;
      data?: unknown;
    },
  };
}

describe('paths and methods', () => {
  it('answers /graphql and /graphql/ directly, and /system/graphql/ without keys', async () => {
    api = await setup();
    for (const path of ['/graphql', '/graphql/', '/system/graphql/']) {
      const result = await api.gql('{ __typename }', {}, { path });
      expect(result.status).toBe(200);
      expect(result.data).toEqual({ __typename: 'Query' });
    }
  });

  it('records x-user-email as the caller on /system/graphql/ and `local` on /graphql/', async () => {
    api = await setup();
    const system = await api.gql<{ createDataset: { createdBy: string } }>(
      'mutation { createDataset(name: "s") { createdBy } }',
      {},
      {
        path: '/system/graphql/',
        headers: { 'x-user-email': 'system@superb-ai.com' },
      },
    );
    expect(system.data?.createDataset.createdBy).toBe('system@superb-ai.com');
    const local = await api.gql<{ createDataset: { createdBy: string } }>(
      'mutation { createDataset(name: "l") { createdBy } }',
    );
    expect(local.data?.createDataset.createdBy).toBe('local');
  });

  it('runs queries by GET, refuses mutations by GET (405), other paths and non-JSON bodies', async () => {
    api = await setup();
    const get = await raw('/graphql/?query=%7B__typename%7D', { method: 'GET' });
    expect(get.status).toBe(200);
    expect(get.body).toEqual({ data: { __typename: 'Query' } });
    const getMutation = await raw('/graphql?query=mutation%7BcreateDataset(name%3A%22x%22)%7Bid%7D%7D', {
      method: 'GET',
    });
    expect(getMutation.status).toBe(405);
    expect(getMutation.headers.get('allow')).toMatch(/POST/);
    expect(getMutation.body.errors?.[0]?.code).toBe('BAD_REQUEST');
    expect(getMutation.body.data).toBeUndefined();
    expect(await api.ok('{ datasets { totalCount } }')).toEqual({ datasets: { totalCount: 0 } });
    const put = await raw('/graphql/', { method: 'PUT', headers: json, body: '{"query":"{__typename}"}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect(put.body.errors?.[0]?.code).toBe('BAD_REQUEST');
    const nowhere = await raw('/other', { method: 'POST', headers: json, body: '{"query":"{__typename}"}' });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.errors?.[0]?.code).toBe('NOT_FOUND');
    const text = await raw('/graphql/', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"query":"{__typename}"}',
    });
    expect(text.status).toBe(415);
    expect(text.body.errors?.[0]?.code).toBe('BAD_REQUEST');
  });
});

describe('GraphQL over HTTP', () => {
  const typename = JSON.stringify({ query: '{ __typename }' });

  it.each(['Application/JSON', 'application/json ; charset=utf-8', 'application/json;charset=UTF-8'])(
    'accepts Content-Type %s',
    async (type) => {
      api = await setup();
      const answer = await raw('/graphql/', { method: 'POST', headers: { 'Content-Type': type }, body: typename });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { __typename: 'Query' } });
    },
  );

  it.each(['text/plain', 'application/json; charset=latin1', 'application/jsonx', ''])(
    'refuses Content-Type %j with a JSON 415',
    async (type) => {
      api = await setup();
      const answer = await raw('/graphql/', { method: 'POST', headers: { 'Content-Type': type }, body: typename });
      expect(answer.status).toBe(415);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.body.errors?.[0]?.code).toBe('BAD_REQUEST');
    },
  );

  it('honours Accept: application/graphql-response+json, with 400 for documents that never run', async () => {
    api = await setup();
    const accept = { ...json, Accept: 'application/graphql-response+json' };
    const ok = await raw('/graphql/', { method: 'POST', headers: accept, body: typename });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(ok.body).toEqual({ data: { __typename: 'Query' } });
    for (const query of ['{', '{ nope }']) {
      const bad = await raw('/graphql/', { method: 'POST', headers: accept, body: JSON.stringify({ query }) });
      expect(bad.status, query).toBe(400);
      expect(bad.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
      expect(bad.body.data, query).toBeUndefined();
      expect(bad.body.errors?.[0]?.code).toBe('BAD_REQUEST');
    }
    // A cached answer keeps the media type asked for.
    const again = await raw('/graphql/', { method: 'POST', headers: accept, body: typename });
    expect(again.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const plain = await raw('/graphql/', {
      method: 'POST',
      headers: { ...json, Accept: 'application/json' },
      body: '{"query":"{"}',
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('marks API answers Cache-Control: no-store, and Vary: Accept-Encoding when compressed', async () => {
    api = await setup({ dev: true });
    const big = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const gzipped = await api.app.fetch('http://localhost/graphql/', {
      method: 'POST',
      headers: { ...json, 'Accept-Encoding': 'gzip' },
      body: big,
    });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(gzipped.headers.get('cache-control')).toBe('no-store');
    for (const answer of [
      await raw('/graphql/', { method: 'POST', headers: json, body: typename }),
      await raw('/graphql/', { method: 'POST', headers: json, body: '{' }),
      await raw('/nowhere/graphql', { method: 'GET' }),
    ]) {
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('access keys', () => {
  const keys = [
    { accessKey: 'alice', accessKeySecret: 's3cret' },
    { accessKey: 'bob', accessKeySecret: 'pässwörd' },
  ];

  it('answers 401 with a JSON UNAUTHENTICATED error without valid Basic credentials', async () => {
    api = await setup({ accessKeys: keys });
    for (const authorization of [
      undefined,
      basic('alice', 'wrong'),
      basic('mallory', 's3cret'),
      'Bearer x',
      'Basic !!!',
      basic('alice', 's3cre'),
    ]) {
      const result = await api.gql(
        '{ __typename }',
        {},
        { headers: authorization === undefined ? {} : { authorization } },
      );
      expect(result.status).toBe(401);
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'UNAUTHENTICATED', extensions: { code: 'UNAUTHENTICATED' } }),
      ]);
    }
  });

  it('accepts each configured pair and records the key as createdBy/updatedBy', async () => {
    api = await setup({ accessKeys: keys });
    const alice = await api.gql<{ createDataset: { id: string; createdBy: string } }>(
      'mutation { createDataset(name: "a") { id createdBy } }',
      {},
      {
        headers: { authorization: basic('alice', 's3cret') },
      },
    );
    expect(alice.status).toBe(200);
    expect(alice.data?.createDataset.createdBy).toBe('alice');
    const bob = await api.gql<{ updateDataset: { createdBy: string; updatedBy: string } }>(
      'mutation($id: ID!) { updateDataset(id: $id, description: "x") { createdBy updatedBy } }',
      { id: alice.data?.createDataset.id },
      { headers: { authorization: basic('bob', 'pässwörd') } },
    );
    expect(bob.data?.updateDataset).toEqual({ createdBy: 'alice', updatedBy: 'bob' });
  });

  it('refuses /system/graphql/ like an unauthenticated request once keys are set', async () => {
    api = await setup({ accessKeys: keys });
    const attempts: Array<Record<string, string>> = [
      { 'x-user-email': 'system@superb-ai.com' },
      { authorization: basic('alice', 's3cret') },
    ];
    for (const headers of attempts) {
      const result = await api.gql('{ __typename }', {}, { path: '/system/graphql/', headers });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets an extra authenticate hook admit a request (e.g. a session cookie)', async () => {
    api = await setup({
      accessKeys: keys,
      authenticate: (request) => (request.headers.get('cookie') === 'session=ok' ? 'carol' : null),
    });
    const result = await api.gql<{ createDataset: { createdBy: string } }>(
      'mutation { createDataset(name: "c") { createdBy } }',
      {},
      { headers: { cookie: 'session=ok' } },
    );
    expect(result.data?.createDataset.createdBy).toBe('carol');
    expect((await api.gql('{ __typename }', {}, { headers: { cookie: 'session=no' } })).status).toBe(401);
  });
});

describe('request bodies', () => {
  it('answers 413 for bodies over 5 MB, by Content-Length and by counted bytes, before running anything', async () => {
    api = await setup();
    const name = 'x'.repeat(MAX_BODY_BYTES);
    const body = JSON.stringify({
      query: 'mutation($n: String!){ createDataset(name: $n) { id } }',
      variables: { n: name },
    });
    const declared = await raw('/graphql/', { method: 'POST', headers: json, body });
    expect(declared.status).toBe(413);
    expect(declared.headers.get('retry-after')).toBeNull();
    expect(declared.body.errors?.[0]?.code).toBe('BAD_REQUEST');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(body);
        for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.subarray(i, i + 65_536));
        controller.close();
      },
    });
    const streamed = await raw('/graphql/', {
      method: 'POST',
      headers: json,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const list = await api.ok<{ datasets: { totalCount: number } }>('{ datasets { totalCount } }');
    expect(list.datasets.totalCount).toBe(0);
  });

  it('answers 400 for a batched (JSON array) body and for malformed JSON', async () => {
    api = await setup();
    const batch = await raw('/graphql/', {
      method: 'POST',
      headers: json,
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    expect(batch.body.errors?.[0]?.code).toBe('BAD_REQUEST');
    const broken = await raw('/graphql/', { method: 'POST', headers: json, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0]?.code).toBe('BAD_REQUEST');
  });
});

describe('document limits and GraphQL errors', () => {
  it('refuses documents over 2,000 tokens, deeper than 10 levels, or with over 50 root fields or aliases', async () => {
    api = await setup();
    const tooLong = `{ datasets(filter: { must: { idIn: [${'"a", '.repeat(2_000)}] } }) { totalCount } }`;
    const deep = `{ datasets { ${'datasets { '.repeat(10)}id${' }'.repeat(10)} } }`;
    const roots = `{ ${'__typename '.repeat(51)} }`;
    const aliases = `{ datasets { ${Array.from({ length: 51 }, (_, i) => `a${i}: totalCount`).join(' ')} } }`;
    for (const [query, pattern] of [
      [tooLong, /2000 tokens/],
      [deep, /levels deep/],
      [roots, /root fields/],
      [aliases, /aliases/],
    ] as const) {
      const result = await api.gql(query);
      expect(result.status).toBe(200);
      expect(result.data ?? null).toBeNull();
      expect(
        result.errors?.some((e) => e.code === 'BAD_REQUEST' && pattern.test(e.message)),
        query.slice(0, 40),
      ).toBe(true);
    }
    const fifty = `{ datasets { ${Array.from({ length: 50 }, (_, i) => `a${i}: totalCount`).join(' ')} } }`;
    expect((await api.gql(fifty)).errors).toBeUndefined();
    expect((await api.gql(`{ ${'__typename '.repeat(50)} }`)).errors).toBeUndefined();
  });

  it('gives parse, validation and variable errors a top-level BAD_REQUEST code with HTTP 200', async () => {
    api = await setup();
    for (const [query, variables] of [
      ['{ models(', {}],
      ['{ nope }', {}],
      ['query($d: ID!){ models(datasetId: $d) { totalCount } }', {}],
      ['query($l: Int){ datasets(length: $l) { totalCount } }', { l: 'ten' }],
      ['query($d: String!){ models(datasetId: $d) { totalCount } }', { d: 'x' }],
      ['mutation($m: JSONObject){ updateModel(datasetId: "d", id: "i", meta: $m) { id } }', { m: [1] }],
      ['mutation($t: DateTime){ updateModel(datasetId: "d", id: "i", trainedAt: $t) { id } }', { t: '04/11/2025' }],
    ] as const) {
      const result = await api.gql(query, variables);
      expect(result.status, query).toBe(200);
      expect(result.errors?.length, query).toBeGreaterThan(0);
      for (const error of result.errors!) {
        expect(error.code).toBe('BAD_REQUEST');
        expect(error.extensions.code).toBe('BAD_REQUEST');
      }
    }
  });

  it('serves GraphiQL only with dev', async () => {
    api = await setup();
    const page = { method: 'GET', headers: { accept: 'text/html' } };
    const noPage = await api.app.fetch('http://localhost/graphql/', page);
    expect(noPage.status).toBe(400);
    expect(await noPage.text()).not.toMatch(/graphiql/i);
    await api.close();
    api = await setup({ dev: true });
    const response = await api.app.fetch('http://localhost/graphql', page);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it('keeps introspection off unless dev is set', async () => {
    api = await setup();
    const off = await api.gql('{ __schema { queryType { name } } }');
    expect(off.errors?.[0]?.code).toBe('BAD_REQUEST');
    await api.close();
    api = await setup({ dev: true });
    const on = await api.gql('{ __schema { queryType { name } } }');
    expect(on.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers a crash with HTTP 500, code INTERNAL and no internals', async () => {
    api = await setup();
    await api.storage.close();
    const original = console.error;
    console.error = () => {};
    try {
      const result = await api.gql('{ datasets { totalCount } }');
      expect(result.status).toBe(500);
      expect(result.errors).toEqual([
        expect.objectContaining({ message: 'Unexpected error.', code: 'INTERNAL', extensions: { code: 'INTERNAL' } }),
      ]);
      expect(JSON.stringify(result.body)).not.toMatch(/stack|destroyed|kysely|sqlite/i);
    } finally {
      console.error = original;
    }
    api = await setup();
  });
});
