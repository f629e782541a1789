// Model operations through the GraphQL endpoint: create/get/update/pin/unpin/delete and their rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MODEL_FIELDS,
  createDataset,
  createModel,
  createSlice,
  engines,
  setup,
  type TestApi,
  type WireResult,
} from '../test-kit/setup';

interface ModelOut {
  id: string;
  name: string;
  description: string | null;
  baselineModel: string;
  trainingClasses: Array<Record<string, unknown>>;
  trainingDataCount: number | null;
  validationDataCount: number | null;
  isPinned: boolean;
  isTrained: boolean;
  trainedAt: string | null;
  modelContent: { id: string; downloadURL: string | null } | null;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string | null;
  meta: Record<string, unknown> | null;
  trainingSlices: Array<{ id: string; name: string }>;
  validationSlices: Array<{ id: string; name: string }>;
  datasetId: string;
}

const CREATE = `mutation($datasetId: ID!, $name: String!, $description: String, $baselineModel: String!,
  $trainingClasses: [ModelTrainClassInput!], $trainingSliceIds: [ID!]!, $validationSliceIds: [ID!]!,
  $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $isPinned: Boolean, $meta: JSONObject) {
  createModel(datasetId: $datasetId, name: $name, description: $description, baselineModel: $baselineModel,
    trainingClasses: $trainingClasses, trainingSliceIds: $trainingSliceIds, validationSliceIds: $validationSliceIds,
    modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt, isPinned: $isPinned, meta: $meta) { ${MODEL_FIELDS} }
}`;

const UPDATE = `mutation($datasetId: ID!, $id: ID!, $name: String, $description: String, $trainingClasses: [ModelTrainClassInput!],
  $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $meta: JSONObject) {
  updateModel(datasetId: $datasetId, id: $id, name: $name, description: $description, trainingClasses: $trainingClasses,
    modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt, meta: $meta) { ${MODEL_FIELDS} }
}`;

const GET = `query($datasetId: ID!, $modelId: ID!) { model(datasetId: $datasetId, id: $modelId) { ${MODEL_FIELDS} } }`;
const COUNT = `query($datasetId: ID!, $filter: ModelFilter) { models(datasetId: $datasetId, filter: $filter, length: 50) { totalCount models { id } } }`;

let api: TestApi;
let datasetId: string;
let trainId: string;
let valId: string;

describe.each(engines)('on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
    datasetId = await createDataset(api);
    trainId = await createSlice(api, datasetId, 'train', 800);
    valId = await createSlice(api, datasetId, 'val', 200);
  });
  afterEach(() => api.close());

  const base = () => ({
    datasetId,
    name: 'detector',
    baselineModel: 'yolov8n',
    trainingSliceIds: [trainId],
    validationSliceIds: [valId],
  });

  function expectError(result: WireResult, code: string, field?: string) {
    expect(result.status).toBe(200);
    expect(result.errors?.length).toBeGreaterThan(0);
    const error = result.errors![0]!;
    expect(error.code).toBe(code);
    expect(error.extensions.code).toBe(code);
    expect(typeof error.message).toBe('string');
    if (field !== undefined) expect(error.extensions.field).toBe(field);
    expect(JSON.stringify(result.body)).not.toMatch(/stack|at .*\.ts:/);
  }

  const getModel = async (id: string) => (await api.ok<{ model: ModelOut }>(GET, { datasetId, modelId: id })).model;
  const total = async () =>
    (await api.ok<{ models: { totalCount: number } }>(COUNT, { datasetId, filter: null })).models.totalCount;

  describe('createModel', () => {
    it('stores every field and derives the rest', async () => {
      const { createModel: m } = await api.ok<{ createModel: ModelOut }>(CREATE, {
        ...base(),
        name: '  detector v1  ',
        description: 'first try',
        trainingClasses: [
          {
            class: 'car',
            annotationType: 'box',
            ap: 0.75,
            trainingAnnotationsCount: 10,
            validationAnnotationsCount: 3,
          },
          { class: 'person' },
        ],
        trainingSliceIds: [trainId, trainId],
        modelContentId: 'content-1',
        isTrained: true,
        trainedAt: '2025-11-04T09:07:46.123456',
        meta: { lr: 0.01, tags: ['a'], nested: { ok: true } },
      });
      expect(m).toMatchObject({
        datasetId,
        name: 'detector v1',
        description: 'first try',
        baselineModel: 'yolov8n',
        trainingClasses: [
          {
            class: 'car',
            annotationType: 'box',
            ap: 0.75,
            trainingAnnotationsCount: 10,
            validationAnnotationsCount: 3,
          },
          {
            class: 'person',
            annotationType: null,
            ap: null,
            trainingAnnotationsCount: null,
            validationAnnotationsCount: null,
          },
        ],
        trainingDataCount: 800,
        validationDataCount: 200,
        isPinned: false,
        isTrained: true,
        trainedAt: '2025-11-04T09:07:46.123Z',
        modelContent: { id: 'content-1', downloadURL: null },
        createdBy: 'local',
        updatedBy: 'local',
        meta: { lr: 0.01, tags: ['a'], nested: { ok: true } },
        trainingSlices: [{ id: trainId, name: 'train' }],
        validationSlices: [{ id: valId, name: 'val' }],
      });
      expect(m.id).toEqual(expect.any(String));
      expect(m.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(await getModel(m.id)).toEqual(m);
      // A list page (children loaded for the whole page, fields reached through a fragment) shows the same model.
      const listed = await api.ok<{ models: { models: ModelOut[] } }>(
        `query($d: ID!){ models(datasetId: $d, filter: null, cursor: null, length: 10) { models { ...F } } } fragment F on Model { ${MODEL_FIELDS} }`,
        { d: datasetId },
      );
      expect(listed.models.models).toEqual([m]);
    });

    it('applies defaults for omitted and null optional arguments', async () => {
      const { createModel: m } = await api.ok<{ createModel: ModelOut }>(CREATE, {
        ...base(),
        trainingSliceIds: [],
        validationSliceIds: [],
      });
      expect(m).toMatchObject({
        description: null,
        trainingClasses: [],
        isPinned: false,
        isTrained: false,
        trainedAt: null,
        modelContent: null,
        meta: null,
        trainingSlices: [],
        validationSlices: [],
        trainingDataCount: null,
        validationDataCount: null,
      });
      const { createModel: n } = await api.ok<{ createModel: ModelOut }>(CREATE, {
        ...base(),
        isTrained: null,
        isPinned: null,
        trainingClasses: null,
        meta: null,
      });
      expect(n).toMatchObject({ isTrained: false, isPinned: false, trainingClasses: [], meta: null });
    });

    it('accepts date-times with offsets, Z, microseconds or no time zone (UTC)', async () => {
      for (const [input, stored] of [
        ['2025-11-04T09:07:46', '2025-11-04T09:07:46.000Z'],
        ['2025-11-04T09:07:46.5+02:00', '2025-11-04T07:07:46.500Z'],
        ['2025-11-04T09:07:46.999999Z', '2025-11-04T09:07:46.999Z'],
        ['2025-11-04T23:30:00-01:00', '2025-11-05T00:30:00.000Z'],
      ] as const) {
        const { createModel: m } = await api.ok<{ createModel: ModelOut }>(CREATE, { ...base(), trainedAt: input });
        expect(m.trainedAt).toBe(stored);
      }
    });

    it('creates the model pinned when asked', async () => {
      const { createModel: m } = await api.ok<{ createModel: ModelOut }>(CREATE, { ...base(), isPinned: true });
      expect(m.isPinned).toBe(true);
    });

    it('sums slice data counts, ignoring slices without one, and gives null when none has one', async () => {
      const noCount = await createSlice(api, datasetId, 'no-count');
      const other = await createSlice(api, datasetId, 'other', 50);
      const { createModel: m } = await api.ok<{ createModel: ModelOut }>(CREATE, {
        ...base(),
        trainingSliceIds: [trainId, noCount, other],
        validationSliceIds: [noCount],
      });
      expect(m.trainingDataCount).toBe(850);
      expect(m.validationDataCount).toBeNull();
    });

    it('refuses unknown slices and slices of another dataset with NOT_FOUND, storing nothing', async () => {
      const otherDataset = await createDataset(api, 'other');
      const foreign = await createSlice(api, otherDataset, 'train');
      expectError(
        await api.gql(CREATE, { ...base(), trainingSliceIds: [trainId, 'nope'] }),
        'NOT_FOUND',
        'trainingSliceIds.1',
      );
      expectError(
        await api.gql(CREATE, { ...base(), validationSliceIds: [foreign] }),
        'NOT_FOUND',
        'validationSliceIds.0',
      );
      expect(await total()).toBe(0);
    });

    it('refuses an unknown dataset with NOT_FOUND', async () => {
      expectError(await api.gql(CREATE, { ...base(), datasetId: 'missing' }), 'NOT_FOUND');
    });
  });

  describe('validation rules (BAD_REQUEST, nothing stored)', () => {
    const classes = (extra: Record<string, unknown>) => [
      { class: 'ok', ap: 0.5 },
      { class: 'bad', ...extra },
    ];
    const cases: Array<[string, Record<string, unknown>, string | undefined]> = [
      ['empty name', { name: '' }, 'name'],
      ['blank name', { name: '   ' }, 'name'],
      ['name over 200', { name: 'x'.repeat(201) }, 'name'],
      ['empty baseline model', { baselineModel: ' ' }, 'baselineModel'],
      ['description over 10,000', { description: 'd'.repeat(10_001) }, 'description'],
      ['AP above 1', { trainingClasses: classes({ ap: 1.5 }) }, 'trainingClasses.1.ap'],
      ['AP below 0', { trainingClasses: classes({ ap: -0.1 }) }, 'trainingClasses.1.ap'],
      [
        'negative annotation count',
        { trainingClasses: classes({ trainingAnnotationsCount: -1 }) },
        'trainingClasses.1.trainingAnnotationsCount',
      ],
      [
        'negative validation count',
        { trainingClasses: classes({ validationAnnotationsCount: -3 }) },
        'trainingClasses.1.validationAnnotationsCount',
      ],
      ['fractional annotation count', { trainingClasses: classes({ trainingAnnotationsCount: 1.5 }) }, undefined],
      ['empty class name', { trainingClasses: classes({ class: '  ' }) }, 'trainingClasses.1.class'],
      [
        'too many classes',
        { trainingClasses: Array.from({ length: 1_001 }, (_, i) => ({ class: `c${i}` })) },
        'trainingClasses',
      ],
      ['meta array', { meta: [1, 2] }, undefined],
      ['meta string', { meta: 'x' }, undefined],
      ['meta too deep', { meta: JSON.parse(`${'{"a":'.repeat(33)}1${'}'.repeat(33)}`) as unknown }, 'meta'],
      ['meta over 256 KB', { meta: { blob: 'x'.repeat(256 * 1024) } }, 'meta'],
      ['trainedAt not a date', { trainedAt: 'yesterday' }, undefined],
      ['trainedAt impossible date', { trainedAt: '2025-02-30T00:00:00' }, undefined],
    ];
    it.each(cases)('createModel refuses %s', async (_label, override, field) => {
      expectError(await api.gql(CREATE, { ...base(), ...override }), 'BAD_REQUEST', field);
      expect(await total()).toBe(0);
    });

    it('accepts the limits themselves', async () => {
      const { createModel: m } = await api.ok<{ createModel: ModelOut }>(CREATE, {
        ...base(),
        name: 'n'.repeat(200),
        description: 'd'.repeat(10_000),
        trainingClasses: [
          { class: 'zero', ap: 0, trainingAnnotationsCount: 0 },
          { class: 'one', ap: 1 },
          ...Array.from({ length: 998 }, (_, i) => ({ class: `c${i}` })),
        ],
        meta: JSON.parse(`${'{"a":'.repeat(31)}1${'}'.repeat(31)}`) as unknown,
      });
      expect(m.trainingClasses).toHaveLength(1_000);
      expect(m.name).toHaveLength(200);
    });

    const updatable = cases.filter(([, override]) => !('baselineModel' in override));
    it.each(updatable)('updateModel refuses %s and changes nothing', async (_label, override, field) => {
      const { id } = await createModel(api, datasetId, { name: 'keep', trainingClasses: [{ class: 'car', ap: 0.1 }] });
      const before = await getModel(id);
      expectError(await api.gql(UPDATE, { datasetId, id, ...override }), 'BAD_REQUEST', field);
      expect(await getModel(id)).toEqual(before);
    });

    it('refuses page lengths outside 1–50 and defaults a null length to 10', async () => {
      for (let i = 0; i < 12; i++) await createModel(api, datasetId);
      const list = (length: unknown) =>
        api.gql<{ models: { models: unknown[] } }>(
          'query($d: ID!, $l: Int){ models(datasetId: $d, length: $l) { models { id } } }',
          { d: datasetId, l: length },
        );
      for (const length of [0, -1, 51]) expectError(await list(length), 'BAD_REQUEST', 'length');
      expect((await list(null)).data?.models.models).toHaveLength(10);
      expect((await list(1)).data?.models.models).toHaveLength(1);
    });
  });

  describe('model lookups', () => {
    it('gives NOT_FOUND for an unknown id, an id of another dataset and an unknown dataset', async () => {
      const { id } = await createModel(api, datasetId);
      const other = await createDataset(api, 'other');
      expectError(await api.gql(GET, { datasetId, modelId: 'missing' }), 'NOT_FOUND');
      expectError(await api.gql(GET, { datasetId: other, modelId: id }), 'NOT_FOUND');
      expectError(await api.gql(GET, { datasetId: 'missing', modelId: id }), 'NOT_FOUND');
      for (const op of ['pinModel', 'unpinModel', 'deleteModel']) {
        const selection = op === 'deleteModel' ? '' : '{ id }';
        expectError(
          await api.gql(`mutation($d: ID!, $i: ID!){ ${op}(datasetId: $d, id: $i) ${selection} }`, { d: other, i: id }),
          'NOT_FOUND',
        );
      }
      expectError(await api.gql(UPDATE, { datasetId: other, id, name: 'x' }), 'NOT_FOUND');
      expect((await getModel(id)).name).toBe('model');
    });
  });

  describe('updateModel', () => {
    it('leaves omitted fields alone, clears nullable ones on null and refreshes updatedAt/updatedBy', async () => {
      const { createModel: created } = await api.ok<{ createModel: ModelOut }>(CREATE, {
        ...base(),
        description: 'desc',
        trainingClasses: [{ class: 'car', ap: 0.5 }],
        modelContentId: 'c1',
        isTrained: true,
        trainedAt: '2025-01-01T00:00:00Z',
        meta: { a: 1 },
      });
      await new Promise((r) => setTimeout(r, 5));
      const { updateModel: renamed } = await api.ok<{ updateModel: ModelOut }>(
        UPDATE,
        { datasetId, id: created.id, name: ' renamed ' },
        {
          'x-ignored': '1',
        },
      );
      expect(renamed).toEqual({ ...created, name: 'renamed', updatedAt: renamed.updatedAt });
      expect(renamed.updatedAt! > created.updatedAt!).toBe(true);

      const { updateModel: cleared } = await api.ok<{ updateModel: ModelOut }>(UPDATE, {
        datasetId,
        id: created.id,
        description: null,
        modelContentId: null,
        trainedAt: null,
        meta: null,
        trainingClasses: null,
      });
      expect(cleared).toMatchObject({
        name: 'renamed',
        description: null,
        modelContent: null,
        trainedAt: null,
        meta: null,
        trainingClasses: [],
        isTrained: true,
        baselineModel: 'yolov8n',
        trainingSlices: [{ id: trainId }],
      });
      expect(await getModel(created.id)).toEqual(cleared);
    });

    it('replaces the whole class list and the whole meta object', async () => {
      const { id } = await createModel(api, datasetId, { trainingClasses: [{ class: 'a' }, { class: 'b' }] });
      const { updateModel: m } = await api.ok<{ updateModel: ModelOut }>(UPDATE, {
        datasetId,
        id,
        trainingClasses: [{ class: 'c', ap: 0.9 }],
        meta: { only: 'this' },
        isTrained: true,
      });
      expect(m.trainingClasses).toEqual([
        { class: 'c', annotationType: null, ap: 0.9, trainingAnnotationsCount: null, validationAnnotationsCount: null },
      ]);
      expect(m.meta).toEqual({ only: 'this' });
      expect(m.isTrained).toBe(true);
    });

    it('refuses a null name or isTrained', async () => {
      const { id } = await createModel(api, datasetId);
      const before = await getModel(id);
      expectError(await api.gql(UPDATE, { datasetId, id, name: null }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(UPDATE, { datasetId, id, isTrained: null }), 'BAD_REQUEST', 'isTrained');
      expect(await getModel(id)).toEqual(before);
    });

    // isPinned is an updateModel argument since the newer API (README "API generations").
    it('has no arguments for fixed fields, so sending one is a validation error', async () => {
      const { id } = await createModel(api, datasetId);
      for (const arg of ['baselineModel: "x"', 'trainingSliceIds: []', 'validationSliceIds: []']) {
        expectError(
          await api.gql(`mutation($d: ID!, $i: ID!){ updateModel(datasetId: $d, id: $i, ${arg}) { id } }`, {
            d: datasetId,
            i: id,
          }),
          'BAD_REQUEST',
        );
      }
    });
  });

  describe('pinModel / unpinModel', () => {
    const PIN = (op: string) =>
      `mutation($datasetId: ID!, $id: ID!){ ${op}(datasetId: $datasetId, id: $id) { ${MODEL_FIELDS} } }`;

    it('sets and clears isPinned, idempotently, returning the full model', async () => {
      const { id } = await createModel(api, datasetId, { trainingSliceIds: [trainId] });
      const pinnedCount = async () =>
        (await api.ok<{ models: { totalCount: number } }>(COUNT, { datasetId, filter: { must: { isPinned: true } } }))
          .models.totalCount;
      for (let i = 0; i < 2; i++) {
        const { pinModel } = await api.ok<{ pinModel: ModelOut }>(PIN('pinModel'), { datasetId, id });
        expect(pinModel).toMatchObject({ id, isPinned: true, name: 'model', trainingSlices: [{ id: trainId }] });
        expect(await pinnedCount()).toBe(1);
      }
      for (let i = 0; i < 2; i++) {
        const { unpinModel } = await api.ok<{ unpinModel: ModelOut }>(PIN('unpinModel'), { datasetId, id });
        expect(unpinModel).toMatchObject({ id, isPinned: false });
        expect(await pinnedCount()).toBe(0);
      }
      expect(await total()).toBe(1);
    });
  });

  describe('deleteModel', () => {
    const DELETE = 'mutation($datasetId: ID!, $id: ID!){ deleteModel(datasetId: $datasetId, id: $id) }';

    it('returns true, removes the model and keeps its slices', async () => {
      const { id } = await createModel(api, datasetId, {
        trainingSliceIds: [trainId],
        validationSliceIds: [valId],
        trainingClasses: [{ class: 'x' }],
      });
      expect(await api.ok(DELETE, { datasetId, id })).toEqual({ deleteModel: true });
      expectError(await api.gql(GET, { datasetId, modelId: id }), 'NOT_FOUND');
      expectError(await api.gql(DELETE, { datasetId, id }), 'NOT_FOUND');
      expect(await total()).toBe(0);
      const slices = await api.ok<{ slices: { totalCount: number } }>(
        'query($d: String!){ slices(datasetId: $d) { totalCount } }',
        { d: datasetId },
      );
      expect(slices.slices.totalCount).toBe(2);
      const left = await api.storage.db.selectFrom('model_slices').select('model_id').execute();
      expect(left).toEqual([]);
    });
  });
});
