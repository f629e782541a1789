// Compiled execution (README "Performance"): a query's first run goes through graphql-js, later runs
// through code graphql-jit compiled for it. Both must give the same answer, errors included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataset, createModel, createSlice, engines, MODEL_FIELDS, setup, type TestApi } from '../test-kit/setup';

describe.each(engines)('on %s', (engine) => {
  let api: TestApi;
  let datasetId: string;
  let modelId: string;
  beforeEach(async () => {
    api = await setup({ engine });
    datasetId = await createDataset(api);
    const slice = await createSlice(api, datasetId, 'train', 40);
    modelId = (
      await createModel(api, datasetId, {
        name: 'Model "one"',
        trainingSliceIds: [slice],
        isTrained: true,
        trainingClasses: [{ class: 'car', ap: 0.5, annotationType: 'box' }],
      })
    ).id;
    await createModel(api, datasetId, { name: 'two', isPinned: true });
  });
  afterEach(() => api.close());

  const cases: Array<[string, string, (ids: { d: string; m: string }) => Record<string, unknown>]> = [
    [
      'a filtered page with every model field',
      `query($d: ID!, $f: ModelFilter) { models(datasetId: $d, filter: $f, length: 1) { models { ${MODEL_FIELDS} } next totalCount } }`,
      ({ d }) => ({ d, f: { must: { nameContains: 'ONE' }, not: { isPinned: true } } }),
    ],
    [
      'a model with fragments and aliases',
      'query($d: ID!, $m: ID!) { a: model(datasetId: $d, id: $m) { ...F } b: model(datasetId: $d, id: $m) { id } } fragment F on Model { name meta createdAt trainingDataCount }',
      ({ d, m }) => ({ d, m }),
    ],
    [
      'an unknown model (NOT_FOUND)',
      'query($d: ID!) { model(datasetId: $d, id: "missing") { id } }',
      ({ d }) => ({ d }),
    ],
    [
      'a refused argument (BAD_REQUEST from the rules)',
      'query($d: ID!) { models(datasetId: $d, length: 0) { totalCount } }',
      ({ d }) => ({ d }),
    ],
    [
      'a null where the schema promises a value, and a broken cursor',
      'query($d: ID!) { models(datasetId: $d, cursor: "bogus") { totalCount } datasets { totalCount } }',
      ({ d }) => ({ d }),
    ],
    ['a refused variable', 'query($l: Int) { datasets(length: $l) { totalCount } }', () => ({ l: 1.5 })],
  ];

  it.each(cases)('%s: every run answers the same', async (_label, query, variables) => {
    const vars = variables({ d: datasetId, m: modelId });
    // A different unused variable on each run, so the response cache answers none of them.
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await api.gql(query, { ...vars, run }));
    expect(runs[0]?.status).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
