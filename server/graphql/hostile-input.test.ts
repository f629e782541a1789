// Hostile input over real HTTP: every malformed, oversized, mistyped, forged or
// foreign request gets a coded GraphQL error or a 4xx, never a 5xx and never a hang, and after the whole
// suite the stored data is byte-for-byte what it was. (Narrower checks of some limits live in
// yoga.test.ts and security.test.ts; this is the one complete suite.)
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/schemas';
import type { ErrorCode } from './errors';
import {
  closeServer,
  createDataset,
  createModel,
  createSlice,
  engines,
  listen,
  setup,
  type TestApi,
} from '../test-kit/setup';
import { postRaw } from '../test-kit/graphql';
import { snapshotStorage } from '../test-kit/snapshot';
import { MAX_BODY_BYTES } from './yoga';

/** No request may take longer than this (below the 20 s test timeout): a hang fails with a clear abort. */
const REQUEST_TIMEOUT_MS = 15_000;
const JSON_HEADERS = { 'Content-Type': 'application/json' };
const MB = 1024 * 1024;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body?: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; code?: string; extensions?: { code?: string } }>;
  };
}

/** The answer as sent, its body parsed when it is JSON. */
async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** Names chosen to trip naive SQL and LIKE handling: nameContains must match them literally. */
const TRICKY_NAMES = ['100% sure', '100 percent', 'snake_case', 'snakecase', 'back\\slash', "O'Brien", 'plain'];

interface Seed {
  datasetId: string;
  otherDatasetId: string;
  modelIds: string[];
  sliceId: string;
  otherModelId: string;
  otherSliceId: string;
}

async function seed(api: TestApi): Promise<Seed> {
  const datasetId = await createDataset(api, 'hostile');
  const otherDatasetId = await createDataset(api, 'other');
  const sliceId = await createSlice(api, datasetId, 'train', 5);
  const otherSliceId = await createSlice(api, otherDatasetId, 'foreign');
  const modelIds: string[] = [];
  for (const [i, name] of TRICKY_NAMES.entries()) {
    const model = await createModel(api, datasetId, {
      name,
      isPinned: i % 2 === 0,
      trainingSliceIds: [sliceId],
      trainingClasses: [{ class: 'car', ap: 0.5, trainingAnnotationsCount: 3 }],
    });
    modelIds.push(model.id);
  }
  const otherModelId = (await createModel(api, otherDatasetId, { name: 'foreign model' })).id;
  return { datasetId, otherDatasetId, modelIds, sliceId, otherModelId, otherSliceId };
}

const LIST = `query($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) { models { id name } next totalCount }
}`;
const CREATE = `mutation($datasetId: ID!, $name: String!, $baselineModel: String!, $trainingSliceIds: [ID!]!,
  $validationSliceIds: [ID!]!, $trainingClasses: [ModelTrainClassInput!], $meta: JSONObject, $description: String,
  $trainedAt: DateTime, $isTrained: Boolean) {
  createModel(datasetId: $datasetId, name: $name, baselineModel: $baselineModel, trainingSliceIds: $trainingSliceIds,
    validationSliceIds: $validationSliceIds, trainingClasses: $trainingClasses, meta: $meta,
    description: $description, trainedAt: $trainedAt, isTrained: $isTrained) { id }
}`;
const UPDATE = `mutation($datasetId: ID!, $id: ID!, $name: String, $trainingClasses: [ModelTrainClassInput!], $meta: JSONObject) {
  updateModel(datasetId: $datasetId, id: $id, name: $name, trainingClasses: $trainingClasses, meta: $meta) { id }
}`;

const many = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

/** `depth` nested objects; built iteratively so that building it cannot overflow the stack. */
function nestedObject(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < depth; level++) value = { a: value };
  return value;
}

describe.each(engines)('hostile input over HTTP on %s', (engine) => {
  let api: TestApi;
  let server: Server;
  let base: string;
  let ids: Seed;
  let before: string;
  // Transport, document and value checks never reach storage: they run on the first engine only.
  const once = engine === engines[0];

  beforeAll(async () => {
    api = await setup({ engine });
    ids = await seed(api);
    ({ server, base } = await listen(api.app));
    before = await snapshotStorage(api.storage);
  });
  afterAll(async () => {
    await closeServer(server);
    await api.close();
  });

  async function send(
    body: BodyInit | undefined,
    {
      headers = JSON_HEADERS,
      method = 'POST',
      path = '/graphql/',
    }: Partial<{
      headers: Record<string, string>;
      method: string;
      path: string;
    }> = {},
  ): Promise<Answer> {
    const init = { method, headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), duplex: 'half' };
    return read(await fetch(base + path, init));
  }

  /** An ordinary request whose variables carry the hostile input. */
  const post = async (query: string, variables: Record<string, unknown> = {}) =>
    read(await postRaw(`${base}/graphql/`, query, variables, { timeoutMs: REQUEST_TIMEOUT_MS }));

  /** A coded refusal: HTTP 4xx, or HTTP 200 whose errors all carry one of `codes` (top level and extensions). */
  function expectRefused(answer: Answer, codes: readonly ErrorCode[] = ['BAD_REQUEST']) {
    const context = `${answer.status} ${answer.text.slice(0, 300)}`;
    expect(answer.status, context).toBeLessThan(500);
    const errors = answer.body?.errors;
    if (answer.status === 200) expect(errors?.length, context).toBeGreaterThan(0);
    else expect(answer.status, context).toBeGreaterThanOrEqual(400);
    for (const error of errors ?? []) {
      expect(codes, context).toContain(error.code);
      expect(error.extensions?.code, context).toBe(error.code);
    }
    // Nothing ran: no root field produced a value.
    expect(
      Object.values(answer.body?.data ?? {}).every((value) => value === null),
      context,
    ).toBe(true);
  }

  /** The listed model names for a filter, walking every page. */
  async function namesFor(filter: unknown, datasetId = ids.datasetId): Promise<string[]> {
    const answer = await post(LIST, { datasetId, filter, cursor: null, length: 50 });
    expect(answer.status).toBe(200);
    expect(answer.body?.errors).toBeUndefined();
    const page = answer.body?.data?.['models'] as { models: Array<{ name: string }>; next: string | null };
    expect(page.next).toBeNull();
    return page.models.map((m) => m.name).sort();
  }

  async function realCursor(filter: unknown = null): Promise<string> {
    const answer = await post(LIST, { datasetId: ids.datasetId, filter, cursor: null, length: 1 });
    const next = (answer.body?.data?.['models'] as { next: string | null }).next;
    expect(next).toBeTruthy();
    return next!;
  }

  const createVars = (overrides: Record<string, unknown>) => ({
    datasetId: ids.datasetId,
    name: 'hostile',
    baselineModel: 'b',
    trainingSliceIds: [],
    validationSliceIds: [],
    ...overrides,
  });

  if (once)
    describe('malformed bodies and transport', () => {
      const bodies: Array<[string, BodyInit]> = [
        ['truncated JSON', '{"query": '],
        ['an empty body', ''],
        ['JSON null', 'null'],
        ['a JSON number', '42'],
        ['a JSON string', '"{ __typename }"'],
        ['an object without query', '{}'],
        ['a numeric query', '{"query": 5}'],
        ['a null query', '{"query": null}'],
        ['an object as query', '{"query": {"kind": "Document"}}'],
        ['variables as a string', '{"query": "{ __typename }", "variables": "x"}'],
        ['variables as an array', '{"query": "{ __typename }", "variables": [1]}'],
        ['a numeric operationName', '{"query": "{ __typename }", "operationName": 5}'],
        ['trailing garbage', '{"query": "{ __typename }"} trailing'],
        ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
        ['a batch (JSON array)', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
        [
          'a batch of 1,000 mutations',
          JSON.stringify(Array(1_000).fill({ query: 'mutation { createDataset(name: "b") { id } }' })),
        ],
        ['a NaN token', '{"query": "query($l: Int) { datasets(length: $l) { totalCount } }", "variables": {"l": NaN}}'],
        [
          'an Infinity token',
          '{"query": "query($l: Int) { datasets(length: $l) { totalCount } }", "variables": {"l": Infinity}}',
        ],
      ];
      it.each(bodies)('refuses %s', async (_name, body) => {
        expectRefused(await send(body));
      });

      const contentTypes: Array<[string, Record<string, string>, BodyInit]> = [
        ['text/plain', { 'Content-Type': 'text/plain' }, JSON.stringify({ query: '{ __typename }' })],
        ['a form post', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'query=%7B__typename%7D'],
        ['multipart', { 'Content-Type': 'multipart/form-data; boundary=x' }, '--x\r\n\r\n{}\r\n--x--'],
        ['application/graphql', { 'Content-Type': 'application/graphql' }, '{ __typename }'],
        ['application/xml', { 'Content-Type': 'application/xml' }, '<query/>'],
        ['no Content-Type', {}, new TextEncoder().encode(JSON.stringify({ query: '{ __typename }' }))],
      ];
      it.each(contentTypes)('refuses a body sent as %s', async (_name, headers, body) => {
        expectRefused(await send(body, { headers }));
      });

      it.each(['GET', 'PUT', 'PATCH', 'DELETE'])('refuses %s on the API', async (method) => {
        const query = encodeURIComponent('mutation { createDataset(name: "via-get") { id } }');
        expectRefused(await send(undefined, { method, path: `/graphql/?query=${query}` }));
      });

      it('refuses an unknown API path and a 100 KB header', async () => {
        expectRefused(await send(JSON.stringify({ query: '{ __typename }' }), { path: '/graphql/admin' }), [
          'NOT_FOUND',
        ]);
        const header = { ...JSON_HEADERS, 'X-Filler': 'x'.repeat(100 * 1024) };
        expectRefused(await send(JSON.stringify({ query: '{ __typename }' }), { headers: header }));
      });
    });

  if (once)
    describe('wrong and missing variables', () => {
      const q = {
        list: LIST,
        datasets: 'query($l: Int) { datasets(length: $l) { totalCount } }',
        slice: 'mutation($d: String!, $c: Int) { createSlice(datasetId: $d, name: "s-hostile", dataCount: $c) { id } }',
      };
      const cases: Array<[string, () => [string, Record<string, unknown>], ErrorCode[]?]> = [
        ['datasetId as an object', () => [q.list, { datasetId: { id: 'x' } }]],
        ['datasetId as a boolean', () => [q.list, { datasetId: true }]],
        ['datasetId as a number (coerced to an unknown id)', () => [q.list, { datasetId: 123 }], ['NOT_FOUND']],
        ['length as a string', () => [q.datasets, { l: '10' }]],
        ['a fractional length', () => [q.datasets, { l: 10.5 }]],
        ...[0, -1, 51, 2 ** 31, 1e300].map((l): [string, () => [string, Record<string, unknown>]] => [
          `length ${l}`,
          () => [q.datasets, { l }],
        ]),
        ['filter as a string', () => [q.list, { datasetId: ids.datasetId, filter: 'pinned' }]],
        ['filter.must as an array', () => [q.list, { datasetId: ids.datasetId, filter: { must: [] } }]],
        ['isPinned as a string', () => [q.list, { datasetId: ids.datasetId, filter: { must: { isPinned: 'true' } } }]],
        ['an unknown filter field', () => [q.list, { datasetId: ids.datasetId, filter: { must: { nameLike: '%' } } }]],
        ['a nested unknown filter', () => [q.list, { datasetId: ids.datasetId, filter: { must: { must: {} } } }]],
        ['cursor as an object', () => [q.list, { datasetId: ids.datasetId, cursor: { after: 1 } }]],
        ['missing datasetId', () => [q.list, {}]],
        ['null datasetId', () => [q.list, { datasetId: null }]],
        ['missing name', () => [CREATE, createVars({ name: undefined })]],
        ['null trainingSliceIds', () => [CREATE, createVars({ trainingSliceIds: null })]],
        ['trainingSliceIds as an object', () => [CREATE, createVars({ trainingSliceIds: { 0: ids.sliceId } })]],
        ['a null class entry', () => [CREATE, createVars({ trainingClasses: [null] })]],
        ['a numeric class name', () => [CREATE, createVars({ trainingClasses: [{ class: 5 }] })]],
        ['an unknown class field', () => [CREATE, createVars({ trainingClasses: [{ class: 'a', secret: 1 }] })]],
        ['meta as an array', () => [CREATE, createVars({ meta: [1, 2] })]],
        ['meta as a string', () => [CREATE, createVars({ meta: '{"a":1}' })]],
        ['trainedAt as a number', () => [CREATE, createVars({ trainedAt: 1730710066000 })]],
        ['trainedAt as words', () => [CREATE, createVars({ trainedAt: 'yesterday' })]],
        ['isTrained as a string', () => [CREATE, createVars({ isTrained: 'yes' })]],
        ['null name on update', () => [UPDATE, { datasetId: ids.datasetId, id: ids.modelIds[0], name: null }]],
        ['a blank name on update', () => [UPDATE, { datasetId: ids.datasetId, id: ids.modelIds[0], name: ' \u3000 ' }]],
        ['NUL in a name', () => [UPDATE, { datasetId: ids.datasetId, id: ids.modelIds[0], name: 'a\u0000b' }]],
        [
          'an unpaired surrogate in a name',
          () => [UPDATE, { datasetId: ids.datasetId, id: ids.modelIds[0], name: 'x\ud800' }],
        ],
        ...[-1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, '12'].map(
          (c): [string, () => [string, Record<string, unknown>]] => [
            `annotation count ${String(c)}`,
            () => [CREATE, createVars({ trainingClasses: [{ class: 'a', trainingAnnotationsCount: c }] })],
          ],
        ),
        ...[-1, 1.5, 2 ** 31].map((c): [string, () => [string, Record<string, unknown>]] => [
          `slice dataCount ${c}`,
          () => [q.slice, { d: ids.datasetId, c }],
        ]),
      ];
      it.each(cases)('refuses %s', async (_name, build, codes) => {
        const [query, variables] = build();
        expectRefused(await post(query, variables), codes);
      });

      it('refuses undeclared and unprovided variables', async () => {
        expectRefused(await post('{ models(datasetId: $d) { totalCount } }', { d: ids.datasetId }));
        expectRefused(
          await post('query($d: ID!, $x: Int!) { models(datasetId: $d) { totalCount } }', { d: ids.datasetId }),
        );
      });
    });

  if (once)
    describe('NaN, Infinity and out-of-range AP', () => {
      const classes = (ap: unknown) => ({ trainingClasses: [{ class: 'car', ap }] });
      it.each([NaN, Infinity, -Infinity].map(String))(
        'refuses the JSON token %s in a create and an update',
        async (token) => {
          const create = JSON.stringify({ query: CREATE, variables: createVars({}) }).replace(
            '"trainingSliceIds"',
            `"trainingClasses": [{"class": "car", "ap": ${token}}], "trainingSliceIds"`,
          );
          expectRefused(await send(create));
          const update = `{"query": ${JSON.stringify(UPDATE)}, "variables": {"datasetId": "${ids.datasetId}", "id": "${ids.modelIds[0]}", "trainingClasses": [{"class": "car", "ap": ${token}}]}}`;
          expectRefused(await send(update));
        },
      );

      it('refuses a number that overflows to Infinity (1e309) in JSON and in the document', async () => {
        const body = JSON.stringify({ query: CREATE, variables: createVars({}) }).replace(
          '"trainingSliceIds"',
          '"trainingClasses": [{"class": "car", "ap": 1e309}], "trainingSliceIds"',
        );
        expectRefused(await send(body));
        for (const literal of ['1e309', '-1e309', 'NaN', 'Infinity', '"0.5"', '1.0000001', '-0.0000001']) {
          const doc = `mutation($d: ID!, $i: ID!) { updateModel(datasetId: $d, id: $i, trainingClasses: [{ class: "car", ap: ${literal} }]) { id } }`;
          expectRefused(await post(doc, { d: ids.datasetId, i: ids.modelIds[0] }));
        }
      });

      it.each(['NaN', 'Infinity', '-Infinity', '1e309', '0.5', -0.01, 1.01, Number.MAX_VALUE])(
        'refuses AP %s sent as a value of the wrong kind or out of range',
        async (ap) => {
          expectRefused(await post(CREATE, createVars(classes(ap))));
          expectRefused(await post(UPDATE, { datasetId: ids.datasetId, id: ids.modelIds[1], ...classes(ap) }));
        },
      );
    });

  if (once)
    describe('huge input', () => {
      it('answers 413 to a 10 MB body, declared or streamed, before reading it all', async () => {
        const body = JSON.stringify({ query: CREATE, variables: createVars({ description: 'd'.repeat(10 * MB) }) });
        const declared = await send(body);
        expect(declared.status).toBe(413);
        // The rest of the body is never read, so the client must not send another request on this connection.
        expect(declared.headers.get('connection')).toBe('close');
        expectRefused(declared);
        const bytes = new TextEncoder().encode(body);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
            controller.close();
          },
        });
        const streamed = await send(stream);
        expect(streamed.status).toBe(413);
      });

      it('refuses a 1 MB name, description just under the body limit, nameContains, cursor and meta', async () => {
        const big = 'n'.repeat(MB);
        expectRefused(await post(CREATE, createVars({ name: big })));
        expectRefused(await post(UPDATE, { datasetId: ids.datasetId, id: ids.modelIds[0], name: big }));
        expectRefused(await post(CREATE, createVars({ description: 'd'.repeat(MAX_BODY_BYTES - 4096) })));
        expectRefused(await post(LIST, { datasetId: ids.datasetId, filter: { must: { nameContains: big } } }));
        expectRefused(await post(LIST, { datasetId: ids.datasetId, cursor: big }));
        expectRefused(await post(CREATE, createVars({ meta: { [big]: big.slice(0, 1_000) } })));
      });

      it('refuses a 1 MB document', async () => {
        expectRefused(await send(JSON.stringify({ query: `{ ${'__typename '.repeat(MB / 11)} }` })));
      });
    });

  if (once)
    describe('deep nesting, aliases and batching', () => {
      it('refuses meta nested 10,000 levels, as a variable and as a literal', async () => {
        const deepMeta = `${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}`;
        const variables = JSON.stringify(createVars({ meta: 'META' })).replace('"META"', deepMeta);
        expectRefused(await send(`{"query": ${JSON.stringify(CREATE)}, "variables": ${variables}}`));
        expectRefused(await post(CREATE, createVars({ meta: nestedObject(LIMITS.metaDepthMax + 1) })));
        const literal = `${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}`;
        expectRefused(
          await post(`mutation($d: ID!, $i: ID!) { updateModel(datasetId: $d, id: $i, meta: ${literal}) { id } }`, {
            d: ids.datasetId,
            i: ids.modelIds[0],
          }),
        );
      });

      it('survives JSON nested 100,000 levels deep and refuses it as meta', async () => {
        const deep = `{"query": ${JSON.stringify(UPDATE)}, "variables": {"datasetId": "${ids.datasetId}", "id": "${ids.modelIds[0]}", "meta": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`;
        expectRefused(await send(deep));
        const arrays = `{"query": "{ __typename }", "variables": {"v": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
        const answer = await send(arrays);
        expect(answer.status).toBeLessThan(500);
      });

      it('refuses deeply nested selections, fragment cycles and nested list literals', async () => {
        expectRefused(await post(`{ ${'datasets { datasets { '.repeat(5_000)}id${' } }'.repeat(5_000)} }`));
        expectRefused(await post(`{ datasets { ${'datasets { '.repeat(12)}id${' }'.repeat(12)} } }`));
        expectRefused(await post('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'));
        expectRefused(
          await post(
            `query($d: ID!) { models(datasetId: $d, filter: { must: { idIn: ${'['.repeat(100)}"x"${']'.repeat(100)} } }) { totalCount } }`,
            { d: ids.datasetId },
          ),
        );
      });

      it('refuses alias and field floods, including aliased deletes, without running any of them', async () => {
        const aliases = Array.from({ length: 1_000 }, (_, i) => `a${i}: datasets { totalCount }`).join(' ');
        expectRefused(await post(`{ ${aliases} }`));
        const deletes = ids.modelIds
          .flatMap((id, i) =>
            Array.from({ length: 10 }, (_, j) => `d${i}_${j}: deleteModel(datasetId: "${ids.datasetId}", id: "${id}")`),
          )
          .join(' ');
        expectRefused(await post(`mutation { ${deletes} }`));
        expectRefused(await post(`{ ${'__typename '.repeat(1_500)} }`));
        expectRefused(await post(`{ __typename ${'@include(if: true) '.repeat(300)} }`));
      });
    });

  describe('forged, tampered and foreign cursors', () => {
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const forgedPayload = Buffer.from(JSON.stringify(['9999-12-31T23:59:59.999Z', 'zzzz'])).toString('base64url');
    const variants: Array<[string, (real: string) => string]> = [
      ['a flipped payload character', (c) => flip(c, 2)],
      ['a flipped signature character', (c) => flip(c, c.length - 2)],
      ['a truncated cursor', (c) => c.slice(0, -1)],
      ['half a cursor', (c) => c.slice(0, c.length / 2)],
      ['only the payload', (c) => c.split('.')[0]!],
      ['an extra part', (c) => `${c}.x`],
      ['a forged payload with the real signature', (c) => `${forgedPayload}.${c.split('.')[1]!}`],
      ['a forged payload without a signature', () => forgedPayload],
      ['an empty cursor', () => ''],
      ['dots only', () => '..'],
      ['emoji', () => '😀.😀'],
      ['NUL', () => '\u0000.\u0000'],
      ['SQL', () => "' OR 1=1 --"],
      ['1 MB', (c) => c.repeat(Math.ceil(MB / c.length))],
    ];
    it.each(variants)('refuses %s', async (_name, forge) => {
      const cursor = forge(await realCursor());
      expectRefused(await post(LIST, { datasetId: ids.datasetId, cursor, length: 1 }));
    });

    it('refuses a real cursor with another dataset, another filter, or on another list', async () => {
      const cursor = await realCursor();
      expectRefused(await post(LIST, { datasetId: ids.otherDatasetId, cursor, length: 1 }));
      expectRefused(await post(LIST, { datasetId: ids.datasetId, filter: { must: { isPinned: true } }, cursor }));
      const pinned = await realCursor({ must: { isPinned: true } });
      expectRefused(await post(LIST, { datasetId: ids.datasetId, filter: null, cursor: pinned }));
      expectRefused(await post('query($c: String) { datasets(cursor: $c) { totalCount } }', { c: cursor }));
      expectRefused(
        await post('query($d: String!, $c: String) { slices(datasetId: $d, cursor: $c) { totalCount } }', {
          d: ids.datasetId,
          c: cursor,
        }),
      );
    });
  });

  describe('SQL and LIKE metacharacters', () => {
    const literalMatches = (text: string) =>
      TRICKY_NAMES.filter((name) => name.toLowerCase().includes(text.toLowerCase())).sort();
    it.each([
      '%',
      '_',
      '\\',
      "'",
      '%%',
      '_%',
      '\\%',
      'e_c',
      '0%',
      "' OR 1=1 --",
      "'; DROP TABLE models; --",
      '" OR ""="',
      '*',
    ])('matches nameContains %j literally', async (text) => {
      expect(await namesFor({ must: { nameContains: text } })).toEqual(literalMatches(text));
      const excluded = TRICKY_NAMES.filter((name) => !literalMatches(text).includes(name)).sort();
      expect(await namesFor({ not: { nameContains: text } })).toEqual(excluded);
    });

    it('treats SQL in ids and names of lookups as plain text', async () => {
      const sqlish = "' OR '1'='1";
      expectRefused(
        await post('query($d: ID!, $i: ID!) { model(datasetId: $d, id: $i) { id } }', { d: ids.datasetId, i: sqlish }),
        ['NOT_FOUND'],
      );
      expectRefused(
        await post('query($d: String!, $n: String) { slice(datasetId: $d, name: $n) { id } }', {
          d: ids.datasetId,
          n: sqlish,
        }),
        ['NOT_FOUND'],
      );
      expectRefused(await post('query($n: String) { dataset(name: $n) { id } }', { n: "hostile' --" }), ['NOT_FOUND']);
      expect(await namesFor({ must: { idIn: [sqlish, `${ids.modelIds[0]}' OR 1=1 --`] } })).toEqual([]);
      const datasets = await post('query($f: DatasetFilter) { datasets(filter: $f) { totalCount } }', {
        f: { must: { nameContains: '%' } },
      });
      expect(datasets.body?.data).toEqual({ datasets: { totalCount: 0 } });
    });
  });

  if (once)
    describe('id lists over the limit', () => {
      it('refuses a 100,000-element idIn in must and not, and one over the limit', async () => {
        for (const filter of [
          { must: { idIn: many(100_000) } },
          { not: { idIn: many(100_000) } },
          { must: { idIn: many(LIMITS.filterIdsMax + 1) } },
        ]) {
          expectRefused(await post(LIST, { datasetId: ids.datasetId, filter }));
        }
        expectRefused(
          await post('query($f: DatasetFilter) { datasets(filter: $f) { totalCount } }', {
            f: { must: { idIn: many(100_000) } },
          }),
        );
        expectRefused(
          await post('query($d: String!, $f: SliceFilter) { slices(datasetId: $d, filter: $f) { totalCount } }', {
            d: ids.datasetId,
            f: { must: { idIn: many(100_000) } },
          }),
        );
      });
    });

  describe('id lists', () => {
    it('answers an idIn at the limit correctly', async () => {
      const idIn = [...many(LIMITS.filterIdsMax - 1), ids.modelIds[2]!];
      expect(await namesFor({ must: { idIn } })).toEqual([TRICKY_NAMES[2]]);
    });

    it('refuses 100,000 unknown slice ids on create', async () => {
      expectRefused(await post(CREATE, createVars({ trainingSliceIds: many(100_000) })), ['NOT_FOUND']);
      expectRefused(
        await post(CREATE, createVars({ validationSliceIds: [...new Array<string>(100_000).fill(ids.sliceId), 'x'] })),
        ['NOT_FOUND'],
      );
    });
  });

  describe('ids from another dataset, unknown and malformed ids', () => {
    const cases: Array<[string, () => [string, Record<string, unknown>]]> = [
      [
        'model',
        () => [
          'query($d: ID!, $i: ID!) { model(datasetId: $d, id: $i) { id } }',
          { d: ids.datasetId, i: ids.otherModelId },
        ],
      ],
      ['updateModel', () => [UPDATE, { datasetId: ids.datasetId, id: ids.otherModelId, name: 'stolen' }]],
      [
        'pinModel',
        () => [
          'mutation($d: ID!, $i: ID!) { pinModel(datasetId: $d, id: $i) { id } }',
          { d: ids.datasetId, i: ids.otherModelId },
        ],
      ],
      [
        'unpinModel',
        () => [
          'mutation($d: ID!, $i: ID!) { unpinModel(datasetId: $d, id: $i) { id } }',
          { d: ids.otherDatasetId, i: ids.modelIds[0] },
        ],
      ],
      [
        'deleteModel',
        () => [
          'mutation($d: ID!, $i: ID!) { deleteModel(datasetId: $d, id: $i) }',
          { d: ids.datasetId, i: ids.otherModelId },
        ],
      ],
      [
        'createModel with a foreign slice',
        () => [CREATE, createVars({ trainingSliceIds: [ids.sliceId, ids.otherSliceId] })],
      ],
      [
        'slice',
        () => [
          'query($d: String!, $i: ID) { slice(datasetId: $d, id: $i) { id } }',
          { d: ids.datasetId, i: ids.otherSliceId },
        ],
      ],
      [
        'updateSlice',
        () => [
          'mutation($d: String!, $i: ID!) { updateSlice(datasetId: $d, id: $i, name: "stolen") { id } }',
          { d: ids.datasetId, i: ids.otherSliceId },
        ],
      ],
      [
        'deleteSlice',
        () => [
          'mutation($d: String!, $i: ID!) { deleteSlice(datasetId: $d, id: $i) }',
          { d: ids.datasetId, i: ids.otherSliceId },
        ],
      ],
      ['models of an unknown dataset', () => [LIST, { datasetId: 'no-such-dataset' }]],
      ['models of a 1 MB dataset id', () => [LIST, { datasetId: 'd'.repeat(MB) }]],
      [
        'updateDataset of an unknown id',
        () => ['mutation($i: ID!) { updateDataset(id: $i, name: "x") { id } }', { i: 'no-such-dataset' }],
      ],
      [
        'deleteDataset of an unknown id',
        () => ['mutation($i: ID!) { deleteDataset(datasetId: $i) }', { i: 'no-such-dataset' }],
      ],
      [
        'a NUL id',
        () => ['mutation($d: ID!, $i: ID!) { deleteModel(datasetId: $d, id: $i) }', { d: ids.datasetId, i: 'a\u0000' }],
      ],
      ['a NUL dataset id', () => [LIST, { datasetId: '\u0000' }]],
      [
        'a NUL slice name',
        () => [
          'query($d: String!, $n: String) { slice(datasetId: $d, name: $n) { id } }',
          { d: ids.datasetId, n: 'x\u0000' },
        ],
      ],
      [
        'an unpaired surrogate id',
        () => ['query($d: ID!, $i: ID!) { model(datasetId: $d, id: $i) { id } }', { d: ids.datasetId, i: '\udc00' }],
      ],
    ];
    it.each(cases)('refuses %s', async (_name, build) => {
      const [query, variables] = build();
      expectRefused(await post(query, variables), ['NOT_FOUND', 'BAD_REQUEST']);
    });

    it('answers aliased foreign deletes within the limits with NOT_FOUND for each', async () => {
      const deletes = Array.from(
        { length: 50 },
        (_, i) => `d${i}: deleteModel(datasetId: "${ids.datasetId}", id: "${ids.otherModelId}")`,
      ).join(' ');
      const answer = await post(`mutation { ${deletes} }`);
      expectRefused(answer, ['NOT_FOUND']);
      // Mutations run in order and the first failure of a non-null field stops the rest.
      expect(answer.body?.errors?.length).toBeGreaterThan(0);
    });
  });

  if (once)
    describe('unknown operations, fields and arguments', () => {
      const documents = [
        '{ nope }',
        'mutation { dropDatabase }',
        'subscription { models(datasetId: "x") { totalCount } }',
        '{ models(datasetId: "x", bogus: 1) { totalCount } }',
        '{ model(datasetId: "x", id: "y") { secret } }',
        '{ __schema { types { name } } }',
        '{ __type(name: "Model") { fields { name } } }',
        '{ ...Missing }',
        '{ __typename @deprecated }',
        'query A { __typename } query A { __typename }',
        '{ __typename } { __typename }',
        `mutation { updateModel(datasetId: "x", id: "y", baselineModel: "z") { id } }`,
        `mutation { updateModel(datasetId: "x", id: "y", trainingSliceIds: []) { id } }`,
        `mutation { createModel(datasetId: "x", name: "n", baselineModel: "b", trainingSliceIds: [], validationSliceIds: [], trainingDataCount: 5) { id } }`,
      ];
      it.each(documents)('refuses %s', async (query) => {
        expectRefused(await post(query));
      });

      it('refuses an operationName that names no operation', async () => {
        expectRefused(await send(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })));
      });

      it('does not let __proto__ keys pollute prototypes', async () => {
        const body = `{"query": ${JSON.stringify(CREATE)}, "variables": {"__proto__": {"polluted": true}, "datasetId": "no-such-dataset", "name": "p", "baselineModel": "b", "trainingSliceIds": [], "validationSliceIds": [], "meta": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}}}`;
        expectRefused(await send(body), ['NOT_FOUND']);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      });
    });

  it('leaves the stored data byte-for-byte unchanged', async () => {
    expect(await snapshotStorage(api.storage)).toBe(before);
    // And the API still answers normally.
    expect(await namesFor(null)).toEqual([...TRICKY_NAMES].sort());
  });
});
