// Replays the v1.9.0 SDK's whole models flow with its exact documents and variables (newer-api.md §3.4:
// snake_case variables, every createModel key sent with explicit nulls, only passed keys on update,
// `order_by: null`), then reads the same models with the v1.3.0 SDK's documents: one record answers
// both generations by the rules in README "API generations".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sdkResult } from '../test-kit/graphql';
import { FIRST_GENERATION as OLD, NEWER_API as NEW } from '../test-kit/sdk-documents';
import { engines, setup, type TestApi } from '../test-kit/setup';

type Json = Record<string, unknown>;
type Documents = Record<string, string>;

/** An answer's root value, with the fields the tests follow up on typed. */
interface Answer {
  id: string;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  trainedAt: string | null;
  trainingReport: Answer[];
  models: Answer[];
  next: string | null;
  totalCount: number;
  [field: string]: unknown;
}

let api: TestApi;

/** What the SDK makes of an answer to `documents[root]`. */
async function call<D extends Documents>(documents: D, root: keyof D & string, variables: Json): Promise<Answer> {
  return sdkResult(await api.gql(documents[root]!, variables), root) as Answer;
}

const newer = (root: keyof typeof NEW, variables: Json) => call(NEW, root, variables);
const older = (root: keyof typeof OLD, variables: Json) => call(OLD, root, variables);

/** create_model's variables: all 17 keys, unset ones as explicit null (newer-api.md §3.4.3). */
const createVariables = (datasetId: string, given: Json) => ({
  dataset_id: datasetId,
  name: null,
  description: null,
  task_type: null,
  custom_dag_id: null,
  total_data_count: null,
  train_data_count: null,
  validation_data_count: null,
  training_annotations: null,
  training_parameters: null,
  train_slice_id: null,
  validation_slice_id: null,
  is_pinned: null,
  score_key: null,
  score_value: null,
  score_unit: null,
  contents: null,
  ...given,
});

/** get_models's variables: always all five keys. */
const listVariables = (datasetId: string, filter: Json | null = null, cursor: string | null = null, length = 10) => ({
  dataset_id: datasetId,
  filter,
  order_by: null,
  cursor,
  length,
});

const ids = (page: { models: Json[] }) => page.models.map((m) => m['id']);

describe.each(engines)('on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
  });
  afterEach(() => api.close());

  it('runs the v1.9 SDK flow, and the v1.3.0 SDK reads the same models', async () => {
    // Datasets and slices.
    const dataset = await newer('createDataset', { name: 'newer-flow', description: 'v1.9' });
    expect(dataset).toMatchObject({ name: 'newer-flow', description: 'v1.9', sliceCount: 0, dataCount: null });
    const d = dataset.id;
    const train = await newer('createSlice', { dataset_id: d, name: 'train', description: 'training split' });
    const val = await newer('createSlice', { dataset_id: d, name: 'val' });
    expect(await newer('slices', { dataset_id: d, cursor: null, length: 10 })).toMatchObject({ totalCount: 2 });
    expect(await newer('slice', { dataset_id: d, id: null, name: 'val' })).toMatchObject({ id: val.id });
    const datasets = await newer('datasets', { filter: { must: { nameContains: 'NEWER' } }, cursor: null, length: 1 });
    expect(datasets).toMatchObject({
      datasets: [{ id: d, sliceCount: 2, dataCount: null }],
      next: null,
      totalCount: 1,
    });
    expect(await newer('dataset', { name: 'newer-flow', datasetId: null })).toMatchObject({ id: d, sliceCount: 2 });
    expect(await newer('dataset', { datasetId: d })).toMatchObject({ name: 'newer-flow' });

    // create_model: PENDING, no completedAt, no report yet.
    const minimal = await newer(
      'createModel',
      createVariables(d, { name: 'ocr-baseline', task_type: 'OCR', training_annotations: null }),
    );
    expect(minimal).toMatchObject({
      datasetId: d,
      name: 'ocr-baseline',
      status: 'PENDING',
      taskType: 'OCR',
      completedAt: null,
      trainingReport: [],
      trainingAnnotations: [],
      trainSliceId: null,
      validationSliceId: null,
      trainDataCount: null,
      isPinned: false,
      contents: null,
      scoreValue: null,
      createdBy: 'local',
    });
    const detector = await newer(
      'createModel',
      createVariables(d, {
        name: 'yolo-detector',
        description: 'first run',
        task_type: 'OBJECT_DETECTION',
        custom_dag_id: 'dag-7',
        total_data_count: 1000,
        train_data_count: 800,
        validation_data_count: 200,
        training_annotations: [
          { trainCount: 1200, validationCount: 300, className: 'car', annotationType: 'bbox' },
          { trainCount: 3, className: 'person' },
        ],
        training_parameters: { epochs: 50, lr: 0.001, augment: { flip: true } },
        train_slice_id: train.id,
        validation_slice_id: val.id,
        is_pinned: false,
        score_key: 'mAP',
        score_value: 0.87,
        score_unit: '%',
        contents: { 'best.pt': '01J0000000000000000000000A' },
      }),
    );
    expect(detector).toMatchObject({
      status: 'PENDING',
      taskType: 'OBJECT_DETECTION',
      customDagId: 'dag-7',
      totalDataCount: 1000,
      trainDataCount: 800,
      validationDataCount: 200,
      trainingParameters: { epochs: 50, lr: 0.001, augment: { flip: true } },
      trainingAnnotations: [
        { trainCount: 1200, validationCount: 300, className: 'car', annotationType: 'bbox' },
        { trainCount: 3, validationCount: null, className: 'person', annotationType: null },
      ],
      contents: { 'best.pt': '01J0000000000000000000000A' },
      trainSliceId: train.id,
      validationSliceId: val.id,
      scoreKey: 'mAP',
      scoreValue: 0.87,
      scoreUnit: '%',
      completedAt: null,
    });
    const segmenter = await newer(
      'createModel',
      createVariables(d, { name: 'mask-segmenter', task_type: 'INSTANCE_SEGMENTATION', score_key: 'mIoU' }),
    );

    // get_model and get_model_by_name.
    expect(await newer('model', { dataset_id: d, model_id: detector.id })).toEqual(detector);
    expect(await newer('model', { dataset_id: d, name: 'yolo-detector' })).toEqual(detector);

    // get_models: newest first; filters; paging until `next` is falsy.
    expect(ids(await newer('models', listVariables(d)))).toEqual([segmenter.id, detector.id, minimal.id]);
    const filtered = async (filter: Json) => ids(await newer('models', listVariables(d, filter)));
    expect(await filtered({ must: { taskTypeIn: ['OCR', 'INSTANCE_SEGMENTATION'] } })).toEqual([
      segmenter.id,
      minimal.id,
    ]);
    expect(await filtered({ not: { taskTypeIn: ['OCR'] } })).toEqual([segmenter.id, detector.id]);
    expect(await filtered({ must: { scoreKeyIn: ['mAP'] } })).toEqual([detector.id]);
    // A null score key is in no list, so `not` keeps it.
    expect(await filtered({ not: { scoreKeyIn: ['mAP'] } })).toEqual([segmenter.id, minimal.id]);
    expect(await filtered({ must: { createdByIn: ['local'], nameContains: 'YOLO' } })).toEqual([detector.id]);
    expect(await filtered({ must: { createdByIn: ['someone-else'] } })).toEqual([]);
    expect(await filtered({ must: { idIn: [minimal.id, detector.id] }, not: { statusIn: ['COMPLETED'] } })).toEqual([
      detector.id,
      minimal.id,
    ]);
    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page: { models: Json[]; next: string | null; totalCount: number } = await newer(
        'models',
        listVariables(d, { must: { statusIn: ['PENDING'] } }, cursor, 1),
      );
      expect(page.totalCount).toBe(3);
      seen.push(...ids(page));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual([segmenter.id, detector.id, minimal.id]);

    // update_model: status lifecycle; COMPLETED sets completedAt, leaving COMPLETED clears it.
    const inProgress = await newer('updateModel', { dataset_id: d, model_id: detector.id, status: 'IN_PROGRESS' });
    expect(inProgress).toMatchObject({ status: 'IN_PROGRESS', completedAt: null, name: 'yolo-detector' });
    const completed = await newer('updateModel', {
      dataset_id: d,
      model_id: detector.id,
      status: 'COMPLETED',
      description: null,
      is_pinned: true,
    });
    expect(completed).toMatchObject({ status: 'COMPLETED', description: null, isPinned: true });
    expect(completed.completedAt).toBe(completed.updatedAt);
    expect(completed.updatedAt > detector.updatedAt).toBe(true);
    const failed = await newer('updateModel', { dataset_id: d, model_id: minimal.id, status: 'FAILED' });
    expect(failed).toMatchObject({ status: 'FAILED', completedAt: null });
    expect(await filtered({ must: { statusIn: ['COMPLETED', 'FAILED'] } })).toEqual([detector.id, minimal.id]);

    // The v1.3.0 SDK reads the same models.
    const oldDetector = await older('model', { datasetId: d, modelId: detector.id });
    expect(oldDetector).toMatchObject({
      id: detector.id,
      baselineModel: null,
      name: 'yolo-detector',
      isTrained: true,
      trainedAt: completed.completedAt,
      isPinned: true,
      trainingDataCount: 800,
      validationDataCount: 200,
      trainingClasses: [
        {
          class: 'car',
          annotationType: 'bbox',
          ap: null,
          trainingAnnotationsCount: 1200,
          validationAnnotationsCount: 300,
        },
        {
          class: 'person',
          annotationType: null,
          ap: null,
          trainingAnnotationsCount: 3,
          validationAnnotationsCount: null,
        },
      ],
      trainingSlices: [{ id: train.id, name: 'train' }],
      validationSlices: [{ id: val.id, name: 'val' }],
      meta: null,
      modelContent: null,
    });
    const oldList = await older('models', {
      datasetId: d,
      filter: { must: { isTrained: false } },
      cursor: null,
      length: 10,
    });
    expect(ids(oldList)).toEqual([segmenter.id, minimal.id]);
    expect(oldList.models[1]).toMatchObject({ isTrained: false, trainedAt: null, baselineModel: null });
    const pinned = await older('models', {
      datasetId: d,
      filter: { must: { isPinned: true } },
      cursor: null,
      length: 10,
    });
    expect(ids(pinned)).toEqual([detector.id]);
    // Unpinning through the newer API is what the first generation's unpinModel does.
    await newer('updateModel', { dataset_id: d, model_id: detector.id, is_pinned: false });
    expect(await older('model', { datasetId: d, modelId: detector.id })).toMatchObject({ isPinned: false });

    // Training report items: created, renamed, deleted; each answers with the whole model.
    const withBars = await newer('createTrainingReportItem', {
      dataset_id: d,
      model_id: detector.id,
      name: 'AP per class',
      type: 'VERTICAL_BAR',
      content_id: '01J0000000000000000000000B',
      description: null,
    });
    expect(withBars).toMatchObject({ id: detector.id, status: 'COMPLETED' });
    expect(withBars.trainingReport).toEqual([
      expect.objectContaining({
        name: 'AP per class',
        type: 'VERTICAL_BAR',
        modelId: detector.id,
        contentId: '01J0000000000000000000000B',
        description: null,
        createdBy: 'local',
      }),
    ]);
    const bars = withBars.trainingReport[0]!;
    const withMatrix = await newer('createTrainingReportItem', {
      dataset_id: d,
      model_id: detector.id,
      name: 'Confusion matrix',
      type: 'CONFUSION_MATRIX',
      content_id: null,
      description: 'validation split',
    });
    expect(withMatrix.trainingReport.map((i: Json) => i['name'])).toEqual(['AP per class', 'Confusion matrix']);
    const renamed = await newer('updateTrainingReportItem', {
      dataset_id: d,
      model_id: detector.id,
      training_report_id: bars.id,
      name: 'AP by class',
    });
    expect(renamed.trainingReport[0]).toMatchObject({
      id: bars.id,
      name: 'AP by class',
      type: 'VERTICAL_BAR',
      contentId: '01J0000000000000000000000B',
    });
    const retyped = await newer('updateTrainingReportItem', {
      dataset_id: d,
      model_id: detector.id,
      training_report_id: bars.id,
      type: 'HORIZONTAL_BAR',
      content_id: null,
      description: 'per class',
    });
    expect(retyped.trainingReport[0]).toMatchObject({
      name: 'AP by class',
      type: 'HORIZONTAL_BAR',
      contentId: null,
      description: 'per class',
    });
    const afterDelete = await newer('deleteTrainingReportItem', {
      dataset_id: d,
      model_id: detector.id,
      training_report_id: bars.id,
    });
    expect(afterDelete.trainingReport.map((i: Json) => i['name'])).toEqual(['Confusion matrix']);
    const listed = await newer('models', listVariables(d, { must: { idIn: [detector.id] } }));
    expect(listed.models[0]?.trainingReport).toEqual(afterDelete.trainingReport);

    // delete_model: the model and its report are gone; get answers NOT_FOUND.
    expect(await newer('deleteModel', { dataset_id: d, model_id: detector.id })).toBe(true);
    await expect(newer('model', { dataset_id: d, model_id: detector.id })).rejects.toThrow(/^NotFoundError: /);
    await expect(newer('model', { dataset_id: d, name: 'yolo-detector' })).rejects.toThrow(/^NotFoundError: /);
    await expect(older('model', { datasetId: d, modelId: detector.id })).rejects.toThrow(/^NotFoundError: /);
    const reportRows = await api.storage.db.selectFrom('model_report_items').select('id').execute();
    expect(reportRows).toEqual([]);
    expect((await newer('models', listVariables(d))).totalCount).toBe(2);
  });

  it('reads first-generation writes through the newer API by the same rules', async () => {
    const d = (await older('createDataset', { name: 'old-writes' })).id;
    const a = (await older('createSlice', { dataset_id: d, name: 'a' })).id;
    const b = (await older('createSlice', { dataset_id: d, name: 'b' })).id;
    const c = (await older('createSlice', { dataset_id: d, name: 'c' })).id;
    const created = await older('createModel', {
      datasetId: d,
      name: 'legacy',
      baselineModel: 'yolov8n',
      trainingSliceIds: [b, a],
      validationSliceIds: [c],
      trainingClasses: [
        { class: 'car', annotationType: 'box', ap: 0.81, trainingAnnotationsCount: 10, validationAnnotationsCount: 2 },
        { class: 'bus', ap: 0.5 },
      ],
      isTrained: true,
      trainedAt: '2025-11-04T09:07:46.123456',
      meta: { epochs: 3 },
    });
    const read = () => newer('model', { dataset_id: d, model_id: created.id });
    expect(await read()).toMatchObject({
      status: 'COMPLETED',
      completedAt: '2025-11-04T09:07:46.123Z',
      taskType: null,
      trainSliceId: b,
      validationSliceId: c,
      trainDataCount: null,
      trainingParameters: null,
      trainingReport: [],
      trainingAnnotations: [
        { className: 'car', annotationType: 'box', trainCount: 10, validationCount: 2 },
        { className: 'bus', annotationType: null, trainCount: null, validationCount: null },
      ],
    });

    // isTrained: true without trainedAt: the server stamps completedAt; isTrained: false → PENDING, cleared.
    const fresh = await older('createModel', {
      datasetId: d,
      name: 'fresh',
      baselineModel: 'rtdetr',
      trainingSliceIds: [],
      validationSliceIds: [],
      isTrained: true,
    });
    expect(fresh.trainedAt).toBe(fresh.createdAt);
    expect(await newer('model', { dataset_id: d, model_id: fresh.id })).toMatchObject({
      status: 'COMPLETED',
      completedAt: fresh.createdAt,
    });
    const untrained = await older('updateModel', { datasetId: d, id: fresh.id, isTrained: false });
    expect(untrained).toMatchObject({ isTrained: false, trainedAt: null });
    expect(await newer('model', { dataset_id: d, model_id: fresh.id })).toMatchObject({
      status: 'PENDING',
      completedAt: null,
    });
    // isTrained: false leaves a state other than COMPLETED alone; isTrained: true completes it.
    await newer('updateModel', { dataset_id: d, model_id: fresh.id, status: 'FAILED' });
    await older('updateModel', { datasetId: d, id: fresh.id, isTrained: false });
    expect(await newer('model', { dataset_id: d, model_id: fresh.id })).toMatchObject({ status: 'FAILED' });
    const retrained = await older('updateModel', { datasetId: d, id: fresh.id, isTrained: true });
    expect(retrained).toMatchObject({ isTrained: true, trainedAt: retrained.updatedAt });
    // A first-generation trainedAt write sets completedAt.
    await older('updateModel', { datasetId: d, id: fresh.id, trainedAt: '2026-01-02T03:04:05Z' });
    expect(await newer('model', { dataset_id: d, model_id: fresh.id })).toMatchObject({
      completedAt: '2026-01-02T03:04:05.000Z',
    });

    // Newer writes on the first generation's model: annotations keep AP by class, counts win over slices.
    const updated = await newer('updateModel', {
      dataset_id: d,
      model_id: created.id,
      training_annotations: [
        { className: 'car', annotationType: 'box', trainCount: 11 },
        { className: 'truck', trainCount: 4 },
      ],
      train_data_count: 42,
      train_slice_id: c,
      validation_slice_id: null,
      training_parameters: { lr: 0.01 },
      task_type: 'OBJECT_DETECTION',
    });
    expect(updated).toMatchObject({ trainDataCount: 42, trainSliceId: c, validationSliceId: null });
    expect(await older('model', { datasetId: d, modelId: created.id })).toMatchObject({
      baselineModel: 'yolov8n',
      meta: { epochs: 3 },
      trainingDataCount: 42,
      trainingClasses: [
        {
          class: 'car',
          annotationType: 'box',
          ap: 0.81,
          trainingAnnotationsCount: 11,
          validationAnnotationsCount: null,
        },
        {
          class: 'truck',
          annotationType: null,
          ap: null,
          trainingAnnotationsCount: 4,
          validationAnnotationsCount: null,
        },
      ],
      trainingSlices: [{ id: c }],
      validationSlices: [],
      isTrained: true,
    });

    // pinModel ⇔ updateModel(isPinned); isPinned filter and the counters agree.
    await older('pinModel', { datasetId: d, id: created.id });
    expect(await read()).toMatchObject({ isPinned: true });
    await newer('updateModel', { dataset_id: d, model_id: created.id, is_pinned: false });
    const pinned = await older('models', {
      datasetId: d,
      filter: { must: { isPinned: true } },
      cursor: null,
      length: 10,
    });
    expect(pinned.totalCount).toBe(0);

    // The first generation's deleteModel(id) removes it for both.
    expect(await older('deleteModel', { datasetId: d, id: created.id })).toBe(true);
    await expect(read()).rejects.toThrow(/^NotFoundError: /);
  });

  it('answers every status, class, slice count and null newer field by the same rules', async () => {
    const d = (await older('createDataset', { name: 'rules' })).id;
    const counted = (await newer('createSlice', { dataset_id: d, name: 'counted' })).id;
    await api.ok('mutation($d: String!, $id: ID!) { updateSlice(datasetId: $d, id: $id, dataCount: 500) { id } }', {
      d,
      id: counted,
    });
    const legacy = await older('createModel', {
      datasetId: d,
      name: 'legacy',
      baselineModel: 'yolov8n',
      trainingSliceIds: [],
      validationSliceIds: [],
      trainingClasses: [{ class: 'car', annotationType: 'box', ap: 0.7 }],
    });
    const read = (id: string) => newer('model', { dataset_id: d, model_id: id });
    const byRecord = (id: string) => Promise.all([older('model', { datasetId: d, modelId: id }), read(id)]);

    // isTrained is true exactly when the status is COMPLETED.
    for (const status of ['PREPARING', 'IN_PROGRESS', 'FAILED', 'PENDING']) {
      await newer('updateModel', { dataset_id: d, model_id: legacy.id, status });
      const [old, now] = await byRecord(legacy.id);
      expect({ isTrained: old.isTrained, trainedAt: old.trainedAt, status: now.status }, status).toEqual({
        isTrained: false,
        trainedAt: null,
        status,
      });
    }
    // Completing stamps completedAt once; completing again keeps it; leaving COMPLETED clears it.
    const completed = await newer('updateModel', { dataset_id: d, model_id: legacy.id, status: 'COMPLETED' });
    expect(completed.completedAt).toBe(completed.updatedAt);
    const again = await newer('updateModel', { dataset_id: d, model_id: legacy.id, status: 'COMPLETED' });
    expect(again.completedAt).toBe(completed.completedAt);
    expect((await older('model', { datasetId: d, modelId: legacy.id })).trainedAt).toBe(completed.completedAt);
    const left = await newer('updateModel', { dataset_id: d, model_id: legacy.id, status: 'IN_PROGRESS' });
    expect(left.completedAt).toBeNull();
    expect(await older('model', { datasetId: d, modelId: legacy.id })).toMatchObject({
      isTrained: false,
      trainedAt: null,
    });

    // AP is kept only for a class of the same name and annotation type; a slice's count is the data count.
    await newer('updateModel', {
      dataset_id: d,
      model_id: legacy.id,
      training_annotations: [
        { className: 'car', annotationType: 'polygon', trainCount: 5 },
        { className: 'car', annotationType: 'box', trainCount: 6 },
      ],
      train_slice_id: counted,
      task_type: 'INSTANCE_SEGMENTATION',
      training_parameters: { epochs: 2 },
      score_key: 'mAP',
      score_value: 0.5,
      contents: { 'best.pt': '01J0000000000000000000000C' },
    });
    const [old, now] = await byRecord(legacy.id);
    expect(old.trainingClasses).toEqual([
      {
        class: 'car',
        annotationType: 'polygon',
        ap: null,
        trainingAnnotationsCount: 5,
        validationAnnotationsCount: null,
      },
      { class: 'car', annotationType: 'box', ap: 0.7, trainingAnnotationsCount: 6, validationAnnotationsCount: null },
    ]);
    expect(old).toMatchObject({ trainingDataCount: 500, baselineModel: 'yolov8n' });
    expect(now).toMatchObject({
      trainDataCount: 500,
      trainSliceId: counted,
      taskType: 'INSTANCE_SEGMENTATION',
      trainingParameters: { epochs: 2 },
      scoreKey: 'mAP',
      scoreValue: 0.5,
      contents: { 'best.pt': '01J0000000000000000000000C' },
    });

    // A null taskType is in no list: `not` keeps the first generation's models, `must` leaves them out.
    const plain = await older('createModel', {
      datasetId: d,
      name: 'plain',
      baselineModel: 'rtdetr',
      trainingSliceIds: [],
      validationSliceIds: [],
    });
    const listed = async (filter: Json) => ids(await newer('models', listVariables(d, filter)));
    expect(await listed({ not: { taskTypeIn: ['INSTANCE_SEGMENTATION'] } })).toEqual([plain.id]);
    expect(await listed({ must: { taskTypeIn: ['INSTANCE_SEGMENTATION', 'OCR', 'OBJECT_DETECTION'] } })).toEqual([
      legacy.id,
    ]);
    expect(await listed({ not: { scoreKeyIn: ['mAP'] } })).toEqual([plain.id]);

    // model(name:) finds the newest model of that exact name, whichever generation wrote it.
    const twin = await newer('createModel', createVariables(d, { name: 'plain', task_type: 'OCR' }));
    expect(await newer('model', { dataset_id: d, name: 'plain' })).toMatchObject({ id: twin.id });
    await expect(newer('model', { dataset_id: d, name: 'PLAIN' })).rejects.toThrow(/^NotFoundError: /);
  });

  it('orders pages by orderBy, nulls lowest, ties by id', async () => {
    const d = (await newer('createDataset', { name: 'ordered' })).id;
    const make = async (name: string, score: number | null) =>
      (await newer('createModel', createVariables(d, { name, task_type: 'OCR', score_value: score }))).id;
    const low = await make('b-low', 0.2);
    const none = await make('C-none', null);
    const high = await make('a-high', 0.9);
    const tie = await make('d-tie', 0.2);
    const query = `query($d: ID!, $o: ModelOrderBy, $c: String, $l: Int) {
      models(datasetId: $d, orderBy: $o, cursor: $c, length: $l) { models { id } next totalCount } }`;
    const all = async (orderBy: Json | null, length: number) => {
      const out: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page: { models: Json[]; next: string | null; totalCount: number } = (
          await api.ok<{ models: { models: Json[]; next: string | null; totalCount: number } }>(query, {
            d,
            o: orderBy,
            c: cursor,
            l: length,
          })
        ).models;
        expect(page.totalCount).toBe(4);
        out.push(...ids(page));
        cursor = page.next;
      } while (cursor);
      return out;
    };
    const [lowTie, highTie] = [low, tie].sort();
    for (const length of [1, 3, 10]) {
      expect(await all({ field: 'scoreValue', direction: 'DESC' }, length)).toEqual([high, highTie, lowTie, none]);
      expect(await all({ field: 'scoreValue', direction: 'ASC' }, length)).toEqual([none, lowTie, highTie, high]);
      expect(await all({ field: 'name', direction: 'ASC' }, length)).toEqual([high, low, none, tie]);
      expect(await all({ field: 'createdAt', direction: 'ASC' }, length)).toEqual([low, none, high, tie]);
      expect(await all({ field: 'createdAt', direction: 'DESC' }, length)).toEqual([tie, high, none, low]);
    }
    await newer('updateModel', { dataset_id: d, model_id: low, status: 'COMPLETED' });
    await newer('updateModel', { dataset_id: d, model_id: none, status: 'COMPLETED' });
    expect((await all({ field: 'completedAt', direction: 'DESC' }, 2)).slice(0, 2)).toEqual([none, low]);
    expect((await all({ field: 'updatedAt', direction: 'DESC' }, 2)).slice(0, 2)).toEqual([none, low]);

    // A cursor only continues the order it came from.
    const first = await api.ok<{ models: { next: string } }>(query, {
      d,
      o: { field: 'name', direction: 'ASC' },
      c: null,
      l: 1,
    });
    const misused = await api.gql(query, { d, o: { field: 'name', direction: 'DESC' }, c: first.models.next, l: 1 });
    expect(misused.errors?.[0]).toMatchObject({ code: 'BAD_REQUEST', extensions: { field: 'cursor' } });
  });
});
