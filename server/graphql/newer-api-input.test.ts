// Bad input to the newer models API and to the arguments both generations share: each request gets a
// clear error with the code the SDK reads at the top level (and the argument it is about), and the
// stored catalog stays byte for byte as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEWER_API as NEW } from '../test-kit/sdk-documents';
import { engines, setup, type TestApi } from '../test-kit/setup';
import { snapshotStorage } from '../test-kit/snapshot';

type Json = Record<string, unknown>;

let api: TestApi;
let d: string;
let modelId: string;
let itemId: string;

interface Case {
  what: string;
  query: string;
  variables: () => Json;
  code: 'BAD_REQUEST' | 'NOT_FOUND';
  field?: string;
  message?: RegExp;
}

const CREATE_ANY = `mutation($d: ID!, $n: String!, $b: String, $t: ModelTaskType, $ids: [ID!], $one: ID) {
  createModel(datasetId: $d, name: $n, baselineModel: $b, taskType: $t, trainingSliceIds: $ids, trainSliceId: $one) { id } }`;
const GET_ANY = `query($d: ID!, $id: ID, $m: ID, $n: String) { model(datasetId: $d, id: $id, modelId: $m, name: $n) { id } }`;
const UPDATE_ANY = `mutation($d: ID!, $id: ID, $m: ID, $trained: Boolean, $s: ModelStatus) {
  updateModel(datasetId: $d, id: $id, modelId: $m, isTrained: $trained, status: $s) { id } }`;
const BOTH_SHAPES = `mutation($d: ID!, $classes: [ModelTrainClassInput!], $annotations: [TrainingAnnotationsInput!],
  $slices: [ID!], $slice: ID) { createModel(datasetId: $d, name: "m", baselineModel: "b", trainingClasses: $classes,
  trainingAnnotations: $annotations, trainingSliceIds: [], validationSliceIds: $slices, validationSliceId: $slice) { id } }`;
const DELETE_ANY = `mutation($d: ID!, $id: ID, $m: ID) { deleteModel(datasetId: $d, id: $id, modelId: $m) }`;
const LIST = `query($d: ID!, $f: ModelFilter, $o: ModelOrderBy) { models(datasetId: $d, filter: $f, orderBy: $o) { totalCount } }`;

/** A JSON object `levels` deep. */
const nested = (levels: number): Json => (levels <= 1 ? { leaf: true } : { next: nested(levels - 1) });
const create = (given: Json) => () => ({ dataset_id: d, name: 'm', task_type: 'OCR', ...given });
const update = (given: Json) => () => ({ dataset_id: d, model_id: modelId, ...given });
const item = (given: Json) => () => ({ dataset_id: d, model_id: modelId, training_report_id: itemId, ...given });

const CASES: Case[] = [
  {
    what: 'model by modelId and name at once',
    query: NEW.model,
    variables: () => ({ dataset_id: d, model_id: modelId, name: 'm' }),
    code: 'BAD_REQUEST',
    field: 'name',
    message: /exactly one of id, modelId and name/,
  },
  {
    what: 'model by neither',
    query: NEW.model,
    variables: () => ({ dataset_id: d }),
    code: 'BAD_REQUEST',
    message: /exactly one/,
  },
  {
    what: 'model by id and modelId',
    query: GET_ANY,
    variables: () => ({ d, id: modelId, m: modelId }),
    code: 'BAD_REQUEST',
    field: 'modelId',
  },
  {
    what: 'model by an unknown name',
    query: NEW.model,
    variables: () => ({ dataset_id: d, name: 'nope' }),
    code: 'NOT_FOUND',
  },
  {
    what: 'model by id and name',
    query: GET_ANY,
    variables: () => ({ d, id: modelId, n: 'm' }),
    code: 'BAD_REQUEST',
    message: /exactly one of id, modelId and name/,
  },
  {
    what: 'createModel with trainingClasses and trainingAnnotations',
    query: BOTH_SHAPES,
    variables: () => ({ d, classes: [{ class: 'car' }], annotations: [{ className: 'car' }] }),
    code: 'BAD_REQUEST',
    field: 'trainingAnnotations',
  },
  {
    what: 'createModel with validationSliceIds and validationSliceId',
    query: BOTH_SHAPES,
    variables: () => ({ d, slices: [], slice: 'x' }),
    code: 'BAD_REQUEST',
    field: 'validationSliceId',
  },
  {
    what: 'updateModel with id and modelId',
    query: UPDATE_ANY,
    variables: () => ({ d, id: modelId, m: modelId }),
    code: 'BAD_REQUEST',
    message: /exactly one of id and modelId/,
  },
  {
    what: 'updateModel naming no model',
    query: UPDATE_ANY,
    variables: () => ({ d }),
    code: 'BAD_REQUEST',
    field: 'modelId',
  },
  {
    what: 'deleteModel with id and modelId',
    query: DELETE_ANY,
    variables: () => ({ d, id: modelId, m: modelId }),
    code: 'BAD_REQUEST',
  },
  { what: 'deleteModel naming no model', query: DELETE_ANY, variables: () => ({ d }), code: 'BAD_REQUEST' },
  {
    what: 'createModel without taskType or baselineModel',
    query: CREATE_ANY,
    variables: () => ({ d, n: 'm' }),
    code: 'BAD_REQUEST',
    field: 'taskType',
  },
  {
    what: 'createModel with trainingSliceIds and trainSliceId',
    query: CREATE_ANY,
    variables: () => ({ d, n: 'm', t: 'OCR', ids: [], one: 'x' }),
    code: 'BAD_REQUEST',
    field: 'trainSliceId',
  },
  {
    what: 'createModel with an unknown train slice',
    query: NEW.createModel,
    variables: create({ train_slice_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'trainSliceId',
  },
  {
    what: 'createModel in an unknown dataset',
    query: NEW.createModel,
    variables: () => ({ dataset_id: 'nope', name: 'm', task_type: 'OCR' }),
    code: 'NOT_FOUND',
  },
  {
    what: 'createModel with an empty name',
    query: NEW.createModel,
    variables: create({ name: '  ' }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'contents with a non-text content id',
    query: NEW.createModel,
    variables: create({ contents: { 'best.pt': 7 } }),
    code: 'BAD_REQUEST',
    field: 'contents.best.pt',
  },
  {
    what: 'contents with an empty file name',
    query: NEW.createModel,
    variables: create({ contents: { '': 'X' } }),
    code: 'BAD_REQUEST',
    field: 'contents',
  },
  {
    what: 'a class listed twice',
    query: NEW.createModel,
    variables: create({ training_annotations: [{ className: 'car' }, { className: 'car' }] }),
    code: 'BAD_REQUEST',
    field: 'trainingAnnotations.1.className',
  },
  {
    what: 'an annotation without className',
    query: NEW.createModel,
    variables: create({ training_annotations: [{ trainCount: 1 }] }),
    code: 'BAD_REQUEST',
    field: 'trainingAnnotations.0.className',
  },
  {
    what: 'a negative count',
    query: NEW.createModel,
    variables: create({ train_data_count: -1 }),
    code: 'BAD_REQUEST',
    field: 'trainDataCount',
  },
  {
    what: 'a score key over 200 characters',
    query: NEW.createModel,
    variables: create({ score_key: 'k'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'scoreKey',
  },
  {
    what: 'a score unit over 200 characters',
    query: NEW.createModel,
    variables: create({ score_unit: 'u'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'scoreUnit',
  },
  {
    what: 'a custom DAG id over 200 characters',
    query: NEW.createModel,
    variables: create({ custom_dag_id: 'd'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'customDagId',
  },
  {
    what: 'training parameters deeper than 32 levels',
    query: NEW.createModel,
    variables: create({ training_parameters: nested(33) }),
    code: 'BAD_REQUEST',
    field: 'trainingParameters',
  },
  {
    what: 'contents with an empty content id',
    query: NEW.updateModel,
    variables: update({ contents: { 'best.pt': '' } }),
    code: 'BAD_REQUEST',
    field: 'contents.best.pt',
  },
  {
    what: 'training parameters over 256 KB',
    query: NEW.createModel,
    variables: create({ training_parameters: { blob: 'x'.repeat(300 * 1024) } }),
    code: 'BAD_REQUEST',
    field: 'trainingParameters',
  },
  {
    what: 'a null status',
    query: NEW.updateModel,
    variables: update({ status: null }),
    code: 'BAD_REQUEST',
    field: 'status',
  },
  {
    what: 'a null isPinned',
    query: NEW.updateModel,
    variables: update({ is_pinned: null }),
    code: 'BAD_REQUEST',
    field: 'isPinned',
  },
  {
    what: 'a null taskType',
    query: NEW.updateModel,
    variables: update({ task_type: null }),
    code: 'BAD_REQUEST',
    field: 'taskType',
  },
  {
    what: 'a null name',
    query: NEW.updateModel,
    variables: update({ name: null }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'an unknown validation slice',
    query: NEW.updateModel,
    variables: update({ validation_slice_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'validationSliceId',
  },
  {
    what: 'isTrained and status at once',
    query: UPDATE_ANY,
    variables: () => ({ d, m: modelId, trained: true, s: 'FAILED' }),
    code: 'BAD_REQUEST',
    field: 'status',
  },
  {
    what: 'an unknown model',
    query: NEW.updateModel,
    variables: () => ({ dataset_id: d, model_id: 'nope' }),
    code: 'NOT_FOUND',
  },
  {
    what: 'a status that does not exist',
    query: NEW.updateModel,
    variables: update({ status: 'DONE' }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'a statusIn value that does not exist',
    query: LIST,
    variables: () => ({ d, f: { must: { statusIn: ['DONE'] } } }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'an orderBy field that does not exist',
    query: LIST,
    variables: () => ({ d, o: { field: 'ap', direction: 'ASC' } }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'a report item without a name',
    query: NEW.createTrainingReportItem,
    variables: () => ({ dataset_id: d, model_id: modelId, name: ' ', type: 'PIE' }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'a report item on an unknown model',
    query: NEW.createTrainingReportItem,
    variables: () => ({ dataset_id: d, model_id: 'nope', name: 'n', type: 'PIE' }),
    code: 'NOT_FOUND',
  },
  {
    what: 'renaming a report item to null',
    query: NEW.updateTrainingReportItem,
    variables: item({ name: null }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'an unknown report item',
    query: NEW.updateTrainingReportItem,
    variables: item({ training_report_id: 'nope', name: 'n' }),
    code: 'NOT_FOUND',
    field: 'trainingReportItemId',
  },
  {
    what: 'deleting an unknown report item',
    query: NEW.deleteTrainingReportItem,
    variables: item({ training_report_id: 'nope' }),
    code: 'NOT_FOUND',
  },
  {
    what: "deleting another model's report item",
    query: NEW.deleteTrainingReportItem,
    variables: item({ model_id: 'other' }),
    code: 'NOT_FOUND',
  },
];

describe.each(engines)('on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
    d = (await api.ok<{ createDataset: { id: string } }>(NEW.createDataset, { name: 'input' })).createDataset.id;
    const created = await api.ok<{ createModel: { id: string } }>(NEW.createModel, {
      dataset_id: d,
      name: 'm',
      task_type: 'OCR',
      training_annotations: [{ className: 'car', trainCount: 1 }],
    });
    modelId = created.createModel.id;
    const withItem = await api.ok<{ createTrainingReportItem: { trainingReport: Array<{ id: string }> } }>(
      NEW.createTrainingReportItem,
      { dataset_id: d, model_id: modelId, name: 'chart', type: 'PIE' },
    );
    itemId = withItem.createTrainingReportItem.trainingReport[0]!.id;
  });
  afterEach(() => api.close());

  it('refuses each bad request with a clear error and changes nothing', async () => {
    const before = await snapshotStorage(api.storage);
    for (const c of CASES) {
      const result = await api.gql(c.query, c.variables());
      expect(result.status, c.what).toBe(200);
      const error = result.errors?.[0];
      expect(error, c.what).toMatchObject({ code: c.code, extensions: { code: c.code } });
      if (c.field !== undefined) expect(error?.extensions.field, c.what).toBe(c.field);
      if (c.message !== undefined) expect(error?.message, c.what).toMatch(c.message);
      expect(error?.message.length, c.what).toBeGreaterThan(10);
    }
    expect(await snapshotStorage(api.storage)).toBe(before);
  });
});
