// Diagnosis writes and reads refused (README "API generations"): bad input is BAD_REQUEST with a clear
// message naming the field, unknown ids are NOT_FOUND, and nothing changes, byte for byte.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIAGNOSES, NEWER_API as NEW, diagnosisCreateVariables } from '../test-kit/sdk-documents';
import { engines, setup, type TestApi } from '../test-kit/setup';
import { snapshotStorage } from '../test-kit/snapshot';

type Json = Record<string, unknown>;

let api: TestApi;
let d: string;
let diagnosisId: string;
let itemId: string;

interface Case {
  what: string;
  query: string;
  variables: () => Json;
  code: 'BAD_REQUEST' | 'NOT_FOUND';
  field?: string;
  message?: RegExp;
}

const create = (given: Json) => () => diagnosisCreateVariables(d, { name: 'eval', ...given });
const update = (given: Json) => () => ({ dataset_id: d, diagnosis_id: diagnosisId, ...given });
const newItem = (given: Json) => () => ({ dataset_id: d, diagnosis_id: diagnosisId, name: 'c', type: 'PIE', ...given });
const item = (given: Json) => () => ({
  dataset_id: d,
  diagnosis_id: diagnosisId,
  diagnosis_report_item_id: itemId,
  ...given,
});

/** A JSON object nested `levels` deep. */
const nested = (levels: number): Json => (levels <= 1 ? { leaf: 1 } : { inner: nested(levels - 1) });

const CASES: Case[] = [
  // Reads.
  {
    what: 'diagnosis by id and name at once',
    query: DIAGNOSES.diagnosis,
    variables: () => ({ dataset_id: d, diagnosis_id: diagnosisId, name: 'eval' }),
    code: 'BAD_REQUEST',
    message: /exactly one of diagnosisId and name/,
  },
  {
    what: 'diagnosis by neither',
    query: DIAGNOSES.diagnosis,
    variables: () => ({ dataset_id: d }),
    code: 'BAD_REQUEST',
    field: 'diagnosisId',
  },
  {
    what: 'an unknown diagnosis id',
    query: DIAGNOSES.diagnosis,
    variables: () => ({ dataset_id: d, diagnosis_id: 'nope' }),
    code: 'NOT_FOUND',
    message: /Diagnosis nope not found/,
  },
  {
    what: 'an unknown diagnosis name',
    query: DIAGNOSES.diagnosis,
    variables: () => ({ dataset_id: d, name: 'nope' }),
    code: 'NOT_FOUND',
    message: /No diagnosis named "nope"/,
  },
  {
    what: 'a diagnosis of another dataset',
    query: DIAGNOSES.diagnosis,
    variables: () => ({ dataset_id: 'other', diagnosis_id: diagnosisId }),
    code: 'NOT_FOUND',
    message: /Dataset other not found/,
  },
  {
    what: 'a filter status that diagnoses do not have',
    query: DIAGNOSES.diagnoses,
    variables: () => ({ dataset_id: d, filter: { must: { statusIn: ['PREPARING'] } } }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'a filter with an unknown option',
    query: DIAGNOSES.diagnoses,
    variables: () => ({ dataset_id: d, filter: { must: { taskTypeIn: ['OCR'] } } }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'an unknown order field',
    query: DIAGNOSES.diagnoses,
    variables: () => ({ dataset_id: d, order_by: { field: 'score', direction: 'ASC' } }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'a forged cursor',
    query: DIAGNOSES.diagnoses,
    variables: () => ({ dataset_id: d, cursor: 'eyJ4IjoxfQ.AAAA' }),
    code: 'BAD_REQUEST',
    field: 'cursor',
  },
  // createDiagnosis.
  {
    what: 'an empty name',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ name: '  ' }),
    code: 'BAD_REQUEST',
    field: 'name',
    message: /must not be empty/,
  },
  {
    what: 'a 201-character name',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ name: 'n'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'name',
    message: /at most 200/,
  },
  {
    what: 'a 201-character score key',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ score_key: 'k'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'scoreKey',
    message: /Score key must be at most 200/,
  },
  {
    what: 'a 201-character score unit',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ score_unit: 'u'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'scoreUnit',
  },
  {
    what: 'a 201-character discriminator key',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ discriminator_key: 'k'.repeat(201) }),
    code: 'BAD_REQUEST',
    field: 'discriminatorKey',
    message: /Discriminator key must be at most 200/,
  },
  {
    what: 'a negative source data count',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ source_data_count: -1 }),
    code: 'BAD_REQUEST',
    field: 'sourceDataCount',
    message: /0 or more/,
  },
  {
    what: 'a negative target data count',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ target_data_count: -1 }),
    code: 'BAD_REQUEST',
    field: 'targetDataCount',
  },
  {
    what: 'a negative diagnosis data count',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ diagnosis_data_count: -5 }),
    code: 'BAD_REQUEST',
    field: 'diagnosisDataCount',
  },
  {
    what: 'parameters 33 levels deep',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ diagnosis_parameters: nested(33) }),
    code: 'BAD_REQUEST',
    field: 'diagnosisParameters',
    message: /at most 32 levels/,
  },
  {
    what: 'parameters over 256 KB',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ diagnosis_parameters: { big: 'x'.repeat(256 * 1024) } }),
    code: 'BAD_REQUEST',
    field: 'diagnosisParameters',
    message: /at most 256 KB/,
  },
  {
    what: 'contents naming no content id',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ contents: { 'reports.json': 3 } }),
    code: 'BAD_REQUEST',
    field: 'contents.reports.json',
  },
  {
    what: 'an empty discriminator value',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ discriminator_values: ['0.5', ' '] }),
    code: 'BAD_REQUEST',
    field: 'discriminatorValues.1',
    message: /must not be empty/,
  },
  {
    what: 'a discriminator value twice',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ discriminator_values: ['0.5', '0.75', '0.5'] }),
    code: 'BAD_REQUEST',
    field: 'discriminatorValues.2',
    message: /"0.5" is listed twice/,
  },
  {
    what: '1,001 discriminator values',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ discriminator_values: Array.from({ length: 1001 }, (_, i) => String(i)) }),
    code: 'BAD_REQUEST',
    field: 'discriminatorValues',
    message: /at most 1,000/,
  },
  {
    what: 'a NUL in the description',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ description: 'a\u0000b' }),
    code: 'BAD_REQUEST',
    field: 'description',
  },
  {
    what: 'an unknown source slice',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ source_slice_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'sourceSliceId',
    message: /Slice nope not found/,
  },
  {
    what: 'an unknown target slice',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ target_slice_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'targetSliceId',
  },
  {
    what: 'an unknown model',
    query: DIAGNOSES.createDiagnosis,
    variables: create({ model_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'modelId',
    message: /Model nope not found/,
  },
  {
    what: 'an unknown dataset',
    query: DIAGNOSES.createDiagnosis,
    variables: () => diagnosisCreateVariables('nope', { name: 'x' }),
    code: 'NOT_FOUND',
    message: /Dataset nope not found/,
  },
  // updateDiagnosis.
  {
    what: 'a null name',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ name: null }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'a null status',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ status: null }),
    code: 'BAD_REQUEST',
    field: 'status',
  },
  {
    what: 'PREPARING (models only)',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ status: 'PREPARING' }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'a fractional count',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ target_data_count: 1.5 }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'an unknown diagnosis to update',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ diagnosis_id: 'nope', name: 'x' }),
    code: 'NOT_FOUND',
    field: 'diagnosisId',
  },
  {
    what: 'an unknown model on update',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ model_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'modelId',
  },
  {
    what: 'an unknown slice on update',
    query: DIAGNOSES.updateDiagnosis,
    variables: update({ source_slice_id: 'nope' }),
    code: 'NOT_FOUND',
    field: 'sourceSliceId',
  },
  {
    what: 'an unknown diagnosis to delete',
    query: DIAGNOSES.deleteDiagnosis,
    variables: update({ diagnosis_id: 'nope' }),
    code: 'NOT_FOUND',
  },
  {
    what: 'deleting in an unknown dataset',
    query: DIAGNOSES.deleteDiagnosis,
    variables: update({ dataset_id: 'nope' }),
    code: 'NOT_FOUND',
  },
  // Report items.
  {
    what: 'an item without a name',
    query: DIAGNOSES.createDiagnosisReportItem,
    variables: newItem({ name: '' }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'an item of an unknown type',
    query: DIAGNOSES.createDiagnosisReportItem,
    variables: newItem({ type: 'DONUT' }),
    code: 'BAD_REQUEST',
  },
  {
    what: 'an empty discriminator value on an item',
    query: DIAGNOSES.createDiagnosisReportItem,
    variables: newItem({ discriminator_value: '' }),
    code: 'BAD_REQUEST',
    field: 'discriminatorValue',
  },
  {
    what: 'an over-long content id',
    query: DIAGNOSES.createDiagnosisReportItem,
    variables: newItem({ content_id: 'c'.repeat(1001) }),
    code: 'BAD_REQUEST',
    field: 'contentId',
  },
  {
    what: 'an item on an unknown diagnosis',
    query: DIAGNOSES.createDiagnosisReportItem,
    variables: newItem({ diagnosis_id: 'nope' }),
    code: 'NOT_FOUND',
  },
  {
    what: 'a null item name',
    query: DIAGNOSES.updateDiagnosisReportItem,
    variables: item({ name: null }),
    code: 'BAD_REQUEST',
    field: 'name',
  },
  {
    what: 'a null item type',
    query: DIAGNOSES.updateDiagnosisReportItem,
    variables: item({ type: null }),
    code: 'BAD_REQUEST',
    field: 'type',
  },
  {
    what: 'an unknown item to update',
    query: DIAGNOSES.updateDiagnosisReportItem,
    variables: item({ diagnosis_report_item_id: 'nope', name: 'x' }),
    code: 'NOT_FOUND',
    field: 'diagnosisReportItemId',
  },
  {
    what: 'an unknown item to delete',
    query: DIAGNOSES.deleteDiagnosisReportItem,
    variables: item({ diagnosis_report_item_id: 'nope' }),
    code: 'NOT_FOUND',
  },
  {
    what: "another diagnosis's item",
    query: DIAGNOSES.deleteDiagnosisReportItem,
    variables: item({ diagnosis_id: 'nope' }),
    code: 'NOT_FOUND',
  },
];

describe.each(engines)('diagnosis input on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
    d = (await api.ok<{ createDataset: { id: string } }>(NEW.createDataset, { name: 'input' })).createDataset.id;
    const created = await api.ok<{ createDiagnosis: { id: string } }>(
      DIAGNOSES.createDiagnosis,
      diagnosisCreateVariables(d, { name: 'eval', discriminator_key: 'iou_threshold', discriminator_values: ['0.5'] }),
    );
    diagnosisId = created.createDiagnosis.id;
    const withItem = await api.ok<{ createDiagnosisReportItem: { diagnosisReportItems: Array<{ id: string }> } }>(
      DIAGNOSES.createDiagnosisReportItem,
      { dataset_id: d, diagnosis_id: diagnosisId, name: 'chart', type: 'PIE', discriminator_value: '0.5' },
    );
    itemId = withItem.createDiagnosisReportItem.diagnosisReportItems[0]!.id;
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

  it('accepts the limits themselves', async () => {
    const at = await api.ok<{ createDiagnosis: Json }>(
      DIAGNOSES.createDiagnosis,
      diagnosisCreateVariables(d, {
        name: 'n'.repeat(200),
        score_key: 'k'.repeat(200),
        source_data_count: 0,
        diagnosis_parameters: nested(32),
        discriminator_values: Array.from({ length: 1000 }, (_, i) => String(i)),
      }),
    );
    expect(at.createDiagnosis).toMatchObject({ name: 'n'.repeat(200), sourceDataCount: 0 });
    expect(at.createDiagnosis['discriminatorValues']).toHaveLength(1000);
  });

  it('leaves the fields an update does not pass, clears those it passes as null, and moves completedAt with COMPLETED', async () => {
    const full = await api.ok<{ updateDiagnosis: Json }>(DIAGNOSES.updateDiagnosis, {
      dataset_id: d,
      diagnosis_id: diagnosisId,
      score_key: 'mAP',
      score_value: 0.61,
      contents: { 'config.yaml': 'content-1' },
    });
    expect(full.updateDiagnosis).toMatchObject({ discriminatorValues: ['0.5'], scoreKey: 'mAP', status: 'PENDING' });
    const done = await api.ok<{ updateDiagnosis: Json }>(DIAGNOSES.updateDiagnosis, {
      dataset_id: d,
      diagnosis_id: diagnosisId,
      status: 'COMPLETED',
      score_key: null,
    });
    const completedAt = done.updateDiagnosis['completedAt'];
    expect(completedAt).toEqual(expect.any(String));
    expect(done.updateDiagnosis).toMatchObject({
      scoreKey: null,
      scoreValue: 0.61,
      contents: { 'config.yaml': 'content-1' },
    });
    // COMPLETED again keeps the time it first completed.
    const again = await api.ok<{ updateDiagnosis: Json }>(DIAGNOSES.updateDiagnosis, {
      dataset_id: d,
      diagnosis_id: diagnosisId,
      status: 'COMPLETED',
    });
    expect(again.updateDiagnosis['completedAt']).toBe(completedAt);
    const failed = await api.ok<{ updateDiagnosis: Json }>(DIAGNOSES.updateDiagnosis, {
      dataset_id: d,
      diagnosis_id: diagnosisId,
      status: 'FAILED',
    });
    expect(failed.updateDiagnosis).toMatchObject({ status: 'FAILED', completedAt: null });
  });
});
