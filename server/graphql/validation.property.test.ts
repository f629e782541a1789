// Property: over the API, createModel/updateModel accept exactly the inputs that the
// shared zod rules (src/api/schemas.ts) accept and store what the rules output; everything else gets a
// coded error (BAD_REQUEST for invalid values, NOT_FOUND for unknown datasets, models and slices) and
// leaves the storage byte-for-byte unchanged.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createModelInputSchema, LIMITS, updateModelInputSchema, type CreateModelInput } from '../../src/api/schemas';
import { createDataset, createModel, createSlice, engines, setup, type TestApi } from '../test-kit/setup';
import { propertyParameters } from '../test-kit/property';
import { snapshotStorage } from '../test-kit/snapshot';

/** What the server receives: JSON turns NaN and ±Infinity into null and -0 into 0, and drops undefined. */
const overTheWire = (value: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** Mostly a valid value, sometimes a hostile one, so that both outcomes are common. */
const mostly = (valid: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: hostile });

const validText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });

/** Text around every rule: blank, padded, unicode, NUL, unpaired surrogates, at and past the limit, not a string. */
const hostileText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('', ' ', '\t\n ', '\u3000\u00a0\ufeff', ' padded ', `%_\\'"; --`, 'a\u0000b', 'x\ud800', '\udc00y'),
    fc.constantFrom('😀👍🏽', 'e\u0301', 'İΣ', '\u202eevil'),
    fc.constantFrom(max - 1, max, max + 1).map((n) => 'é'.repeat(n)),
    fc.constantFrom(max, max + 1).map((n) => `  ${'n'.repeat(n)}  `),
    fc.constantFrom(null, 7, true, ['x'], { x: 1 }),
  );

const text = (max: number) => mostly(validText, hostileText(max));
const absentOr = (arbitrary: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 19, arbitrary }, { weight: 1, arbitrary: fc.constant(undefined) });

const count = mostly(
  fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constant(null)),
  fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom(-1, 0.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1e20, Number.MAX_SAFE_INTEGER, '3', NaN, Infinity),
  ),
);

const ap = mostly(
  fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)),
  fc.oneof(
    fc.double(),
    fc.constantFrom(-Number.EPSILON, 1 + Number.EPSILON, -0, NaN, Infinity, -Infinity, 'NaN', 'Infinity', '0.5'),
  ),
);

const trainClass = fc.record(
  {
    class: text(LIMITS.nameMax),
    annotationType: fc.oneof(text(LIMITS.nameMax), fc.constant(null)),
    ap,
    trainingAnnotationsCount: count,
    validationAnnotationsCount: count,
  },
  { requiredKeys: ['class'] },
);

/** Class lists, sometimes with a repeated class (as given, or padded so it repeats only after trimming). */
const trainingClasses = mostly(
  fc.oneof(
    fc.array(trainClass, { maxLength: 4 }).chain((list) =>
      list.length === 0
        ? fc.constant(list)
        : fc.oneof(
            fc.constant(list),
            fc.nat(list.length - 1).map((i) => {
              const repeated = list[i]!;
              const name = repeated.class;
              return [...list, { ...repeated, class: typeof name === 'string' ? ` ${name} ` : name }];
            }),
          ),
    ),
    fc.constant(null),
  ),
  fc
    .constantFrom(LIMITS.classesMax, LIMITS.classesMax + 1)
    .map((n) => Array.from({ length: n }, (_, i) => ({ class: `c${i}`, ap: 0.5 }))),
);

const nested = (depth: number) => {
  let value: Record<string, unknown> = { leaf: 'x' };
  for (let level = 1; level < depth; level++) value = { value };
  return value;
};

const meta = mostly(
  fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), fc.constant(null)),
  fc.oneof(
    fc.constantFrom(LIMITS.metaDepthMax - 1, LIMITS.metaDepthMax, LIMITS.metaDepthMax + 1, 200).map(nested),
    fc.constantFrom(LIMITS.metaBytesMax - 20, LIMITS.metaBytesMax + 1).map((n) => ({ s: 'x'.repeat(n) })),
    fc.constantFrom([], [1], 'text', 3, true),
  ),
);

const trainedAt = mostly(
  fc.oneof(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom('2025-11-04T09:07:46.123456', '2025-11-04', '2025-11-04 09:07', '2025-11-04T09:07:46+09:00', null),
  ),
  fc.constantFrom('2025-02-30T00:00:00', '2025-13-01', '04/11/2025', '', 'now', '2025-11-04T24:00:00', 1730710066000),
);

const flag = mostly(fc.oneof(fc.boolean(), fc.constant(null)), fc.constantFrom('true', 1, 0, 'yes'));
const description = mostly(
  fc.oneof(fc.string({ maxLength: 40 }), fc.constant(null)),
  fc.oneof(
    hostileText(LIMITS.descriptionMax),
    fc.constantFrom(LIMITS.descriptionMax, LIMITS.descriptionMax + 1).map((n) => 'd'.repeat(n)),
  ),
);
const modelContentId = mostly(
  fc.oneof(validText, fc.constant(null)),
  fc.oneof(
    hostileText(LIMITS.contentIdMax),
    fc.constantFrom(LIMITS.contentIdMax, LIMITS.contentIdMax + 1).map((n) => 'c'.repeat(n)),
  ),
);

/** Runs per property and engine: enough to hit every hostile constant, small enough for a loaded CI machine. */
const RUNS = 80;
const TIMEOUT = 60_000;

interface Fixture {
  api: TestApi;
  datasetId: string;
  otherDatasetId: string;
  /** Slices of datasetId. */
  sliceIds: string[];
  otherSliceId: string;
  otherModelId: string;
}

const CREATE = `mutation($datasetId: ID!, $name: String!, $description: String, $baselineModel: String!,
  $trainingClasses: [ModelTrainClassInput!], $trainingSliceIds: [ID!]!, $validationSliceIds: [ID!]!,
  $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $isPinned: Boolean, $meta: JSONObject) {
  createModel(datasetId: $datasetId, name: $name, description: $description, baselineModel: $baselineModel,
    trainingClasses: $trainingClasses, trainingSliceIds: $trainingSliceIds, validationSliceIds: $validationSliceIds,
    modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt, isPinned: $isPinned, meta: $meta) {
    ...Stored
  }
}`;

const UPDATE = `mutation($datasetId: ID!, $id: ID!, $name: String, $description: String,
  $trainingClasses: [ModelTrainClassInput!], $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime,
  $meta: JSONObject) {
  updateModel(datasetId: $datasetId, id: $id, name: $name, description: $description,
    trainingClasses: $trainingClasses, modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt,
    meta: $meta) {
    ...Stored
  }
}`;

const READ = 'query($datasetId: ID!, $id: ID!) { model(datasetId: $datasetId, id: $id) { ...Stored } }';

/** Every field an input can set. */
const STORED = `fragment Stored on Model {
  id name description baselineModel isPinned isTrained trainedAt meta modelContent { id downloadURL }
  trainingClasses { class annotationType ap trainingAnnotationsCount validationAnnotationsCount }
  trainingSlices { id } validationSlices { id }
}`;

type StoredModel = {
  id: string;
  name: string;
  description: string | null;
  baselineModel: string;
  isPinned: boolean;
  isTrained: boolean;
  trainedAt: string | null;
  meta: Record<string, unknown> | null;
  modelContent: { id: string; downloadURL: string | null } | null;
  trainingClasses: Array<{
    class: string;
    annotationType: string | null;
    ap: number | null;
    trainingAnnotationsCount: number | null;
    validationAnnotationsCount: number | null;
  }>;
  trainingSlices: Array<{ id: string }>;
  validationSlices: Array<{ id: string }>;
};

type ClassesInput = CreateModelInput['trainingClasses'];

const storedClasses = (classes: ClassesInput): StoredModel['trainingClasses'] =>
  (classes ?? []).map((c) => ({
    class: c.class,
    annotationType: c.annotationType ?? null,
    ap: c.ap ?? null,
    trainingAnnotationsCount: c.trainingAnnotationsCount ?? null,
    validationAnnotationsCount: c.validationAnnotationsCount ?? null,
  }));

const storedContent = (id: string | null | undefined) => (id == null ? null : { id, downloadURL: null });

describe.each(engines)('model input validation on %s', (engine) => {
  let fx: Fixture;
  /** Storage as of the last accepted write; refreshed lazily. */
  let snapshot: string | undefined;
  /** Outcomes seen by a property; each must occur, or the generators test only one side. */
  let outcomes = { OK: 0, BAD_REQUEST: 0, NOT_FOUND: 0 };
  beforeEach(() => {
    outcomes = { OK: 0, BAD_REQUEST: 0, NOT_FOUND: 0 };
  });
  afterEach(() => {
    for (const seen of Object.values(outcomes)) expect(seen).toBeGreaterThan(0);
  });

  beforeAll(async () => {
    const api = await setup({ engine });
    const datasetId = await createDataset(api, 'validation');
    const otherDatasetId = await createDataset(api, 'other');
    const sliceIds = [await createSlice(api, datasetId, 'train', 10), await createSlice(api, datasetId, 'val')];
    const otherSliceId = await createSlice(api, otherDatasetId, 'foreign');
    const otherModelId = (await createModel(api, otherDatasetId)).id;
    fx = { api, datasetId, otherDatasetId, sliceIds, otherSliceId, otherModelId };
  });
  afterAll(() => fx.api.close());

  const datasetIds = () => mostly(fc.constant(fx.datasetId), fc.constantFrom(fx.otherDatasetId, 'missing-dataset', ''));
  const sliceIdLists = () =>
    mostly(
      fc.array(fc.constantFrom(...fx.sliceIds), { maxLength: 3 }),
      fc.array(fc.constantFrom(...fx.sliceIds, fx.otherSliceId, 'missing-slice', ''), { minLength: 1, maxLength: 3 }),
    );

  /** Sends one mutation and checks the outcome the rules predict; returns the model when it was stored. */
  async function check(
    document: string,
    variables: Record<string, unknown>,
    expected: 'OK' | 'BAD_REQUEST' | 'NOT_FOUND',
  ): Promise<StoredModel | undefined> {
    outcomes[expected] += 1;
    snapshot ??= await snapshotStorage(fx.api.storage);
    const result = await fx.api.gql<Record<string, StoredModel | null>>(`${document}\n${STORED}`, variables);
    expect(result.status).toBe(200);
    if (expected === 'OK') {
      expect(result.errors).toBeUndefined();
      snapshot = undefined;
      const stored = Object.values(result.data ?? {})[0];
      expect(stored).toBeTruthy();
      // What the answer claims must be what was stored.
      const reread = await fx.api.ok<{ model: StoredModel }>(`${READ}\n${STORED}`, {
        datasetId: fx.datasetId,
        id: stored!.id,
      });
      expect(reread.model).toEqual(stored);
      return stored!;
    }
    expect(result.errors?.[0]).toMatchObject({ code: expected, extensions: { code: expected } });
    expect(Object.values(result.data ?? {}).every((v) => v === null)).toBe(true);
    expect(await snapshotStorage(fx.api.storage)).toBe(snapshot);
    return undefined;
  }

  it(
    'createModel accepts exactly what createModelInputSchema accepts, and stores its output',
    async () => {
      const inputs = fc.record({
        datasetId: datasetIds(),
        name: absentOr(text(LIMITS.nameMax)),
        baselineModel: absentOr(text(LIMITS.nameMax)),
        description,
        trainingClasses,
        trainingSliceIds: absentOr(sliceIdLists()),
        validationSliceIds: absentOr(sliceIdLists()),
        modelContentId,
        isTrained: flag,
        trainedAt,
        isPinned: flag,
        meta,
      });
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          const wire = overTheWire(input);
          const rules = createModelInputSchema.safeParse(wire);
          const known = new Set(fx.sliceIds);
          const expected = !rules.success
            ? 'BAD_REQUEST'
            : wire['datasetId'] !== fx.datasetId ||
                [...rules.data.trainingSliceIds, ...rules.data.validationSliceIds].some((id) => !known.has(id))
              ? 'NOT_FOUND'
              : 'OK';
          const startedAt = new Date().toISOString();
          const stored = await check(CREATE, wire, expected);
          if (stored === undefined || !rules.success) return;
          const out = rules.data;
          // Created trained without a trainedAt: the server's clock (README "API generations").
          const stamped = out.trainedAt === undefined && out.isTrained === true;
          if (stamped) expect(stored.trainedAt! >= startedAt).toBe(true);
          expect(stored).toEqual({
            id: stored.id,
            name: out.name,
            description: out.description ?? null,
            baselineModel: out.baselineModel,
            isPinned: out.isPinned ?? false,
            isTrained: out.isTrained ?? false,
            trainedAt: stamped ? stored.trainedAt : (out.trainedAt ?? null),
            meta: out.meta ?? null,
            modelContent: storedContent(out.modelContentId),
            trainingClasses: storedClasses(out.trainingClasses),
            trainingSlices: out.trainingSliceIds.map((id) => ({ id })),
            validationSlices: out.validationSliceIds.map((id) => ({ id })),
          });
          // Keeps the storage (and so each snapshot) small.
          await fx.api.ok('mutation($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', {
            d: fx.datasetId,
            id: stored.id,
          });
        }),
        propertyParameters(RUNS),
      );
    },
    TIMEOUT,
  );

  it(
    'updateModel accepts exactly what updateModelInputSchema accepts, and applies only what was given',
    async () => {
      const target = await createModel(fx.api, fx.datasetId, {
        name: 'target',
        trainingClasses: [{ class: 'car', ap: 0.5 }],
      });
      snapshot = undefined;
      const patches = fc.record(
        {
          datasetId: datasetIds(),
          id: mostly(fc.constant(target.id), fc.constantFrom(fx.otherModelId, 'missing-model')),
          name: text(LIMITS.nameMax),
          description,
          trainingClasses,
          modelContentId,
          isTrained: flag,
          trainedAt,
          meta,
        },
        { requiredKeys: ['datasetId', 'id'] },
      );
      await fc.assert(
        fc.asyncProperty(patches, async (patch) => {
          const wire = overTheWire(patch);
          const rules = updateModelInputSchema.safeParse(wire);
          const expected = !rules.success
            ? 'BAD_REQUEST'
            : wire['datasetId'] !== fx.datasetId || wire['id'] !== target.id
              ? 'NOT_FOUND'
              : 'OK';
          const before = await fx.api.ok<{ model: StoredModel }>(`${READ}\n${STORED}`, {
            datasetId: fx.datasetId,
            id: target.id,
          });
          const startedAt = new Date().toISOString();
          const stored = await check(UPDATE, wire, expected);
          if (stored === undefined || !rules.success) return;
          const out = rules.data;
          const old = before.model;
          // Becoming trained stamps trainedAt with the server's clock, leaving it clears trainedAt; a given
          // trainedAt wins (README "API generations").
          const stamped = out.trainedAt === undefined && out.isTrained === true && !old.isTrained;
          const cleared = out.trainedAt === undefined && out.isTrained === false && old.isTrained;
          if (stamped) expect(stored.trainedAt! >= startedAt).toBe(true);
          expect(stored).toEqual({
            ...old,
            name: out.name ?? old.name,
            description: out.description === undefined ? old.description : out.description,
            isTrained: out.isTrained ?? old.isTrained,
            trainedAt: stamped
              ? stored.trainedAt
              : cleared
                ? null
                : out.trainedAt === undefined
                  ? old.trainedAt
                  : out.trainedAt,
            meta: out.meta === undefined ? old.meta : out.meta,
            modelContent: out.modelContentId === undefined ? old.modelContent : storedContent(out.modelContentId),
            trainingClasses:
              out.trainingClasses === undefined ? old.trainingClasses : storedClasses(out.trainingClasses),
          });
        }),
        propertyParameters(RUNS),
      );
    },
    TIMEOUT,
  );
});
