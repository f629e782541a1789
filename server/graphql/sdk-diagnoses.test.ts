// Replays the v1.9.0 SDK's diagnosis flow with its exact documents and variables (newer-api.md §4.1:
// snake_case variables, every create key sent with explicit nulls, only passed keys on update, the
// filter dumped without nulls, `order_by` as {field, direction}), as tests/diagnoses/test_workflow.py
// runs it: create PENDING → get by id and by name → list → status → COMPLETED → report items bound to
// discriminator values → delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIAGNOSES, NEWER_API, diagnosisCreateVariables, diagnosisListVariables } from '../test-kit/sdk-documents';
import { engines, setup, type TestApi } from '../test-kit/setup';
import { readCatalogVersion } from '../storage/catalog-version';
import { PROBE_DIAGNOSES } from '../proxy/generation-probe';

type Json = Record<string, unknown>;

/** The fields the tests follow up on, typed. */
interface Answer {
  id: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  diagnosisReportItems: Answer[];
  diagnoses: Answer[];
  next: string | null;
  totalCount: number;
  [field: string]: unknown;
}

let api: TestApi;

/** What the SDK does with an answer: errors → NotFoundError/UnknownError, else data[rootField]. */
async function call(root: keyof typeof DIAGNOSES, variables: Json): Promise<Answer> {
  const result = await api.gql(DIAGNOSES[root], variables);
  expect(result.status).toBe(200);
  if (result.errors?.length) {
    const [error] = result.errors;
    throw new Error(`${error?.code === 'NOT_FOUND' ? 'NotFoundError' : 'UnknownError'}: ${error?.message}`);
  }
  return result.data![root] as Answer;
}

async function newerCall(root: keyof typeof NEWER_API, variables: Json): Promise<Answer> {
  const result = await api.ok(NEWER_API[root], variables);
  return result[root] as Answer;
}

describe.each(engines)('the v1.9 SDK diagnosis flow on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
  });
  afterEach(() => api.close());

  it('creates, reads, lists, completes, reports per discriminator value and deletes', async () => {
    const d = (await newerCall('createDataset', { name: 'eval', description: null })).id;
    const source = await newerCall('createSlice', { dataset_id: d, name: 'val', description: null });
    const target = await newerCall('createSlice', { dataset_id: d, name: 'test', description: null });

    // [Step 1] create_diagnosis: PENDING, every given field as sent, no report yet.
    const created = await call(
      'createDiagnosis',
      diagnosisCreateVariables(d, {
        name: 'workflow_test_diagnosis',
        description: 'Diagnosis created by workflow test',
        score_key: 'accuracy',
        score_value: 0.0,
        score_unit: '%',
        diagnosis_parameters: { threshold: 0.5, min_confidence: 0.7, algorithm: 'detection_analysis' },
        source_slice_id: source.id,
        target_slice_id: target.id,
        source_data_count: 5000,
        target_data_count: 3000,
        diagnosis_data_count: 2000,
        discriminator_key: 'iou_threshold',
        discriminator_values: ['0.5', '0.75', '0.9'],
      }),
    );
    expect(created).toEqual({
      datasetId: d,
      id: expect.any(String),
      name: 'workflow_test_diagnosis',
      description: 'Diagnosis created by workflow test',
      status: 'PENDING',
      scoreKey: 'accuracy',
      scoreValue: 0,
      scoreUnit: '%',
      diagnosisParameters: { threshold: 0.5, min_confidence: 0.7, algorithm: 'detection_analysis' },
      contents: null,
      diagnosisReportItems: [],
      sourceSliceId: source.id,
      targetSliceId: target.id,
      sourceDataCount: 5000,
      targetDataCount: 3000,
      diagnosisDataCount: 2000,
      modelId: null,
      discriminatorKey: 'iou_threshold',
      discriminatorValues: ['0.5', '0.75', '0.9'],
      completedAt: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: expect.any(String),
      createdBy: 'local',
      updatedBy: 'local',
    });
    const id = created.id;

    // [Steps 2–3] get_diagnosis by id (name Undefined: the key is left out) and get_diagnosis_by_name.
    expect(await call('diagnosis', { dataset_id: d, diagnosis_id: id })).toEqual(created);
    expect(await call('diagnosis', { dataset_id: d, name: 'workflow_test_diagnosis' })).toEqual(created);

    // [Step 5] update_diagnosis sends only the keys passed.
    const running = await call('updateDiagnosis', { dataset_id: d, diagnosis_id: id, status: 'IN_PROGRESS' });
    expect(running).toMatchObject({ status: 'IN_PROGRESS', completedAt: null, scoreKey: 'accuracy' });
    const scored = await call('updateDiagnosis', {
      dataset_id: d,
      diagnosis_id: id,
      score_value: 87.5,
      description: null,
      source_slice_id: target.id,
      target_slice_id: source.id,
    });
    expect(scored).toMatchObject({
      status: 'IN_PROGRESS',
      scoreValue: 87.5,
      description: null,
      sourceSliceId: target.id,
      targetSliceId: source.id,
      discriminatorValues: ['0.5', '0.75', '0.9'],
    });

    // [Steps 4, 6, 7, 10] update_diagnosis with the keys each step passes; the rest stays.
    const params = { threshold: 0.6, min_confidence: 0.8, algorithm: 'improved_detection_analysis', iterations: 100 };
    const steps: Array<[Json, Json]> = [
      [
        { description: 'Updated description for workflow test' },
        { description: 'Updated description for workflow test' },
      ],
      [
        { source_data_count: 6000, target_data_count: 4000, diagnosis_data_count: 2500 },
        { sourceDataCount: 6000, targetDataCount: 4000, diagnosisDataCount: 2500 },
      ],
      [{ diagnosis_parameters: params }, { diagnosisParameters: params }],
      [
        { score_key: 'f1_score', score_value: 0.92, score_unit: '%' },
        { scoreKey: 'f1_score', scoreValue: 0.92, scoreUnit: '%' },
      ],
    ];
    for (const [variables, expected] of steps) {
      const updated = await call('updateDiagnosis', { dataset_id: d, diagnosis_id: id, ...variables });
      expect(updated).toMatchObject({ ...expected, status: 'IN_PROGRESS', sourceSliceId: target.id });
    }

    // [Step 11] COMPLETED sets completedAt on the server.
    const completed = await call('updateDiagnosis', { dataset_id: d, diagnosis_id: id, status: 'COMPLETED' });
    expect(completed.status).toBe('COMPLETED');
    expect(completed.completedAt).toEqual(completed.updatedAt);

    // [Step 12] get_diagnoses(length=10): filter and order_by null.
    const page = await call('diagnoses', diagnosisListVariables(d));
    expect(page).toMatchObject({ next: null, totalCount: 1 });
    expect(page.diagnoses).toEqual([completed]);

    // [Step 13] report items: common charts (no discriminator value) and one per IoU threshold.
    const common = await call('createDiagnosisReportItem', {
      dataset_id: d,
      diagnosis_id: id,
      name: 'Class distribution',
      type: 'PIE',
      content_id: 'folder-common',
      description: 'shown for every threshold',
      discriminator_value: null,
    });
    expect(common.diagnosisReportItems).toEqual([
      {
        id: expect.any(String),
        diagnosisId: id,
        name: 'Class distribution',
        type: 'PIE',
        contentId: 'folder-common',
        description: 'shown for every threshold',
        discriminatorValue: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        createdBy: 'local',
        updatedBy: 'local',
      },
    ]);
    for (const value of ['0.5', '0.75', '0.9']) {
      await call('createDiagnosisReportItem', {
        dataset_id: d,
        diagnosis_id: id,
        name: 'Confusion matrix',
        type: 'CONFUSION_MATRIX',
        content_id: `folder-${value}`,
        description: null,
        discriminator_value: value,
      });
    }
    const withMetrics = await call('createDiagnosisReportItem', {
      dataset_id: d,
      diagnosis_id: id,
      name: 'Metrics',
      type: 'METRICS',
      content_id: null,
      description: null,
      discriminator_value: '0.5',
    });
    const items = withMetrics.diagnosisReportItems;
    expect(items.map((i) => [i['name'], i['discriminatorValue']])).toEqual([
      ['Class distribution', null],
      ['Confusion matrix', '0.5'],
      ['Confusion matrix', '0.75'],
      ['Confusion matrix', '0.9'],
      ['Metrics', '0.5'],
    ]);
    expect(withMetrics).toMatchObject({ status: 'COMPLETED', completedAt: completed.completedAt });

    // update_diagnosis_report_item: only passed keys; null unbinds the discriminator value.
    const metricsId = items[4]!.id;
    const moved = await call('updateDiagnosisReportItem', {
      dataset_id: d,
      diagnosis_id: id,
      diagnosis_report_item_id: metricsId,
      discriminator_value: '0.75',
      content_id: 'folder-metrics',
    });
    expect(moved.diagnosisReportItems[4]).toMatchObject({
      id: metricsId,
      name: 'Metrics',
      type: 'METRICS',
      contentId: 'folder-metrics',
      discriminatorValue: '0.75',
    });
    const unbound = await call('updateDiagnosisReportItem', {
      dataset_id: d,
      diagnosis_id: id,
      diagnosis_report_item_id: metricsId,
      type: 'TABLE',
      discriminator_value: null,
    });
    expect(unbound.diagnosisReportItems[4]).toMatchObject({ type: 'TABLE', discriminatorValue: null });

    // delete_diagnosis_report_item answers with the diagnosis without the item.
    const fewer = await call('deleteDiagnosisReportItem', {
      dataset_id: d,
      diagnosis_id: id,
      diagnosis_report_item_id: metricsId,
    });
    expect(fewer.diagnosisReportItems.map((i) => i.id)).toEqual(items.slice(0, 4).map((i) => i.id));

    // delete_diagnosis → True; reading it again is the SDK's NotFoundError.
    const deleted = await api.ok(DIAGNOSES.deleteDiagnosis, { dataset_id: d, diagnosis_id: id });
    expect(deleted).toEqual({ deleteDiagnosis: true });
    await expect(call('diagnosis', { dataset_id: d, diagnosis_id: id })).rejects.toThrow(/^NotFoundError: /);
    expect(await call('diagnoses', diagnosisListVariables(d))).toMatchObject({ diagnoses: [], totalCount: 0 });
    expect(await api.storage.db.selectFrom('diagnosis_report_items').select('id').execute()).toEqual([]);
  });

  it('links a model and keeps the link when the model is deleted; deleting the dataset deletes its diagnoses', async () => {
    const d = (await newerCall('createDataset', { name: 'eval', description: null })).id;
    const other = (await newerCall('createDataset', { name: 'other', description: null })).id;
    const model = await api.ok<{ createModel: { id: string } }>(
      'mutation($d: ID!){ createModel(datasetId: $d, name: "m", taskType: OBJECT_DETECTION) { id } }',
      { d },
    );
    const modelId = model.createModel.id;
    const linked = await call('createDiagnosis', diagnosisCreateVariables(d, { name: 'coco-val', model_id: modelId }));
    expect(linked.modelId).toBe(modelId);
    const kept = await call('createDiagnosis', diagnosisCreateVariables(other, { name: 'kept' }));

    const history = async () =>
      api.ok<{ modelHistory: { totalCount: number } }>(
        'query($d: ID!, $m: ID!){ modelHistory(datasetId: $d, modelId: $m) { totalCount } }',
        { d, m: modelId },
      );
    // Diagnosis writes are no model writes: the model's history holds only its creation.
    expect((await history()).modelHistory.totalCount).toBe(1);

    await api.ok('mutation($d: ID!, $m: ID!){ deleteModel(datasetId: $d, modelId: $m) }', { d, m: modelId });
    expect(await call('diagnosis', { dataset_id: d, diagnosis_id: linked.id })).toMatchObject({ modelId });

    await call('createDiagnosisReportItem', {
      dataset_id: d,
      diagnosis_id: linked.id,
      name: 'AP',
      type: 'TABLE',
      content_id: null,
      description: null,
      discriminator_value: null,
    });
    await api.ok('mutation($d: ID!){ deleteDataset(datasetId: $d) }', { d });
    expect(await api.storage.db.selectFrom('diagnoses').select('id').execute()).toEqual([{ id: kept.id }]);
    expect(await api.storage.db.selectFrom('diagnosis_report_items').select('id').execute()).toEqual([]);
  });

  it('bumps the catalog version with every diagnosis write, so cached answers see it', async () => {
    const d = (await newerCall('createDataset', { name: 'eval', description: null })).id;
    const list = async () => (await call('diagnoses', diagnosisListVariables(d))).diagnoses.map((x) => x['name']);
    const writes: Array<() => Promise<unknown>> = [];
    let id = '';
    let itemId = '';
    writes.push(async () => {
      id = (await call('createDiagnosis', diagnosisCreateVariables(d, { name: 'a' }))).id;
    });
    writes.push(() => call('updateDiagnosis', { dataset_id: d, diagnosis_id: id, name: 'b' }));
    writes.push(async () => {
      const base = { dataset_id: d, diagnosis_id: id, type: 'PIE', content_id: null, description: null };
      const answer = await call('createDiagnosisReportItem', { ...base, name: 'x', discriminator_value: null });
      itemId = answer.diagnosisReportItems[0]!.id;
    });
    writes.push(() =>
      call('updateDiagnosisReportItem', {
        dataset_id: d,
        diagnosis_id: id,
        diagnosis_report_item_id: itemId,
        name: 'y',
      }),
    );
    writes.push(() =>
      call('deleteDiagnosisReportItem', { dataset_id: d, diagnosis_id: id, diagnosis_report_item_id: itemId }),
    );
    writes.push(() => call('deleteDiagnosis', { dataset_id: d, diagnosis_id: id }));
    const seen: unknown[] = [];
    for (const write of writes) {
      await list();
      await list(); // the second read of an unchanged catalog comes from the response cache
      const version = await readCatalogVersion(api.storage.db);
      await write();
      expect(Number(await readCatalogVersion(api.storage.db))).toBeGreaterThan(Number(version));
      seen.push(await list());
    }
    expect(seen).toEqual([['a'], ['b'], ['b'], ['b'], ['b'], []]);
  });

  it("answers the dashboard's capability probe for diagnoses (newer-api.md §6.4)", async () => {
    const d = (await newerCall('createDataset', { name: 'probe', description: null })).id;
    await call('createDiagnosis', diagnosisCreateVariables(d, { name: 'a', discriminator_key: 'iou_threshold' }));
    const probe = await api.ok(PROBE_DIAGNOSES, { dataset_id: d });
    expect(probe).toEqual({
      diagnoses: { totalCount: 1, diagnoses: [{ id: expect.any(String), discriminatorKey: 'iou_threshold' }] },
    });
  });
});
