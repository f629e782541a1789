// A list page loads its models' children up front, only what the query selects (README "Performance"):
// whatever the selection, each model answers exactly as the single-model query (loaded per model) does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataset, createModel, createSlice, engines, setup, type TestApi } from '../../test-kit/setup';

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
  beforeEach(async () => {
    api = await setup({ engine });
    datasetId = await createDataset(api);
    const counted = await createSlice(api, datasetId, 'counted', 1_200);
    const uncounted = await createSlice(api, datasetId, 'uncounted', null);
    const other = await createSlice(api, datasetId, 'other', 30);
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
});
