// A list page loads its models' children up front and reads only the columns the query selects
// (README "Performance"): whatever the selection, each model answers exactly as the single-model query
// (which reads every column and loads per model) does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, type GraphQLObjectType } from '../graphql';
import { schema } from '../executable-schema';
import { createDataset, createModel, createSlice, engines, setup, type TestApi } from '../../test-kit/setup';

/** `name`, or `name { …every field below it… }` for an object-typed field. */
function selectionOf(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields()).map((field) => {
    const named = getNamedType(field.type);
    return isObjectType(named) ? `${field.name} { ${selectionOf(named).join(' ')} }` : field.name;
  });
}
const MODEL_FIELDS = selectionOf(schema.getType('Model') as GraphQLObjectType);

const SELECTIONS = {
  'the dashboard list': 'id trainingDataCount validationDataCount trainingClasses { class ap }',
  'every class field, no slices':
    'id trainingClasses { class annotationType ap trainingAnnotationsCount validationAnnotationsCount } validationDataCount',
  'slices with their counts':
    'id trainingSlices { id dataCount } trainingDataCount validationSlices { name } validationDataCount',
  'fragments and aliases':
    'id ...Counts c: trainingClasses { annotationType } ... on Model { d: trainingClasses { class trainingAnnotationsCount } }',
};
const FRAGMENT = 'fragment Counts on Model { trainingDataCount }';

describe.each(engines)('on %s', (engine) => {
  let api: TestApi;
  let datasetId: string;
  let sliceIds: Record<'counted' | 'uncounted' | 'other', string>;
  beforeEach(async () => {
    api = await setup({ engine });
    datasetId = await createDataset(api);
    const counted = await createSlice(api, datasetId, 'counted', 1_200);
    const uncounted = await createSlice(api, datasetId, 'uncounted', null);
    const other = await createSlice(api, datasetId, 'other', 30);
    sliceIds = { counted, uncounted, other };
    const classes = [
      {
        class: 'car',
        annotationType: 'box',
        ap: 0.1 + 0.2,
        trainingAnnotationsCount: 7,
        validationAnnotationsCount: 2,
      },
      { class: 'bus', ap: null },
      { class: 'van', annotationType: 'polygon', ap: 1 / 3 },
    ];
    await createModel(api, datasetId, { name: 'none' });
    await createModel(api, datasetId, {
      name: 'uncounted only',
      trainingSliceIds: [uncounted],
      validationSliceIds: [uncounted],
    });
    await createModel(api, datasetId, {
      name: 'all',
      trainingSliceIds: [counted, uncounted, other],
      validationSliceIds: [other],
      trainingClasses: classes,
    });
    await createModel(api, datasetId, { name: 'reversed', trainingClasses: [...classes].reverse() });
  });
  afterEach(() => api.close());

  it.each(Object.entries(SELECTIONS))('%s: each listed model equals the model query', async (_label, fields) => {
    const fragment = fields.includes('...Counts') ? FRAGMENT : '';
    const list = await api.ok<{ models: { models: Array<{ id: string }> } }>(
      `query($d: ID!) { models(datasetId: $d) { models { ${fields} } } } ${fragment}`,
      { d: datasetId },
    );
    expect(list.models.models).toHaveLength(4);
    for (const listed of list.models.models) {
      const single = await api.ok<{ model: unknown }>(
        `query($d: ID!, $id: ID!) { model(datasetId: $d, id: $id) { ${fields} } } ${fragment}`,
        { d: datasetId, id: listed.id },
      );
      expect(listed).toEqual(single.model);
    }
  });

  it.each([
    ['newest first', null],
    ['by name', { field: 'name', direction: 'ASC' }],
  ])('every field selected alone, %s, equals the model query, for models of both generations', async (_, orderBy) => {
    const slice = await createSlice(api, datasetId, 'newer', 40);
    await api.ok(
      `mutation($d: ID!, $s: ID!) { createModel(datasetId: $d, name: "newer", description: "trained by the pipeline",
        taskType: OBJECT_DETECTION, customDagId: "dag-7", totalDataCount: 90, trainDataCount: 70, validationDataCount: 20,
        trainingParameters: { epochs: 3 }, trainSliceId: $s, validationSliceId: $s, scoreKey: "mAP", scoreValue: 0.5,
        scoreUnit: "%", contents: { best: "c-1" }, meta: { note: "n" }, modelContentId: "weights-1",
        trainingAnnotations: [{ className: "car", annotationType: "box", trainCount: 3, validationCount: 1 }]) { id } }`,
      { d: datasetId, s: slice },
    );
    expect(MODEL_FIELDS.length).toBeGreaterThan(30);
    for (const field of MODEL_FIELDS) {
      const list = await api.ok<{ models: { models: Array<Record<string, unknown>> } }>(
        `query($d: ID!, $o: ModelOrderBy) { models(datasetId: $d, orderBy: $o) { models { __typename i: id ${field} } } }`,
        { d: datasetId, o: orderBy },
      );
      expect(list.models.models).toHaveLength(5);
      for (const listed of list.models.models) {
        const single = await api.ok<{ model: unknown }>(
          `query($d: ID!, $id: ID!) { model(datasetId: $d, id: $id) { __typename i: id ${field} } }`,
          { d: datasetId, id: listed['i'] },
        );
        expect(listed, field).toEqual(single.model);
      }
    }
  });

  it('sums data counts like the slices do: null when no slice has one', async () => {
    const list = await api.ok<{
      models: { models: Array<{ trainingDataCount: number | null; validationDataCount: number | null }> };
    }>('query($d: ID!) { models(datasetId: $d) { models { trainingDataCount validationDataCount } } }', {
      d: datasetId,
    });
    expect(list.models.models).toEqual([
      { trainingDataCount: null, validationDataCount: null },
      { trainingDataCount: 1_230, validationDataCount: 30 },
      { trainingDataCount: null, validationDataCount: null },
      { trainingDataCount: null, validationDataCount: null },
    ]);
  });

  it("keeps the sums when a slice's count or a model's slices change", async () => {
    const listed = async () => {
      const list = await api.ok<{
        models: {
          models: Array<{ name: string; trainingDataCount: number | null; validationDataCount: number | null }>;
        };
      }>('query($d: ID!) { models(datasetId: $d) { models { name trainingDataCount validationDataCount } } }', {
        d: datasetId,
      });
      return Object.fromEntries(list.models.models.map((m) => [m.name, [m.trainingDataCount, m.validationDataCount]]));
    };
    const setCount = (id: string, dataCount: number | null) =>
      api.ok('mutation($d: String!, $id: ID!, $n: Int) { updateSlice(datasetId: $d, id: $id, dataCount: $n) { id } }', {
        d: datasetId,
        id,
        n: dataCount,
      });
    await setCount(sliceIds.other, 5);
    await setCount(sliceIds.uncounted, 7);
    expect(await listed()).toEqual({
      reversed: [null, null],
      all: [1_212, 5],
      'uncounted only': [7, 7],
      none: [null, null],
    });
    await setCount(sliceIds.counted, null);
    await setCount(sliceIds.uncounted, null);
    const { models } = await api.ok<{ models: { models: Array<{ id: string; name: string }> } }>(
      'query($d: ID!) { models(datasetId: $d) { models { id name } } }',
      { d: datasetId },
    );
    const reversed = models.models.find((m) => m.name === 'reversed')?.id;
    await api.ok(
      'mutation($d: ID!, $m: ID!, $s: ID) { updateModel(datasetId: $d, modelId: $m, trainSliceId: $s) { id } }',
      {
        d: datasetId,
        m: reversed,
        s: sliceIds.other,
      },
    );
    expect(await listed()).toEqual({
      reversed: [5, null],
      all: [5, 5],
      'uncounted only': [null, null],
      none: [null, null],
    });
  });
});
