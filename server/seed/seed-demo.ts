// Deterministic demo data: the tables in seed-demo-data.ts, created through the GraphQL
// API so every input rule and counter applies, then backdated so the timeline looks lived-in.
import { DEMO_DATASETS, type DemoDataset, type DemoModel, type DemoTrainingRun } from './seed-demo-data';
import { demoReport } from './demo-reports';
import { DEMO_EVALUATIONS, demoDiagnosisReport, IOU_THRESHOLDS, type DemoEvaluation } from './demo-diagnoses';
import { writeTransaction } from '../storage/catalog-version';
import type { Storage } from '../storage/db';
import { createApp } from '../graphql/yoga';
import { seededRandom } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** A ULID-shaped content id (26 Crockford base-32 characters), as the real content store issues. */
function contentId(key: string): string {
  const random = seededRandom(`content:${key}`);
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from({ length: 26 }, () => alphabet[Math.floor(random() * 32)]).join('');
}

function annotationCount(
  dataset: DemoDataset,
  sliceNames: readonly string[],
  className: string,
  density: number,
): number {
  let total = 0;
  for (const name of sliceNames) {
    const slice = dataset.slices.find((s) => s.name === name);
    if (!slice) throw new Error(`Demo model refers to unknown slice ${name}`);
    total += Math.round(
      slice.dataCount * density * (0.85 + 0.3 * seededRandom(`${dataset.name}/${name}/${className}`)()),
    );
  }
  return total;
}

/** Per-class APs spread around the model's mean: weaker models spread wider. */
function trainingClasses(dataset: DemoDataset, model: DemoModel) {
  const random = seededRandom(`classes:${model.name}`);
  const classes = dataset.classes.slice(0, model.classCount ?? dataset.classes.length);
  const spread = model.meanAp === null ? 0 : (1 - model.meanAp) * 3;
  const raw = classes.map((c) => (model.meanAp ?? 0) + c.difficulty * spread + (random() - 0.5) * 0.06);
  const shift = model.meanAp === null ? 0 : model.meanAp - raw.reduce((a, b) => a + b, 0) / raw.length;
  return classes.map((c, i) => ({
    class: c.name,
    annotationType: model.annotationType ?? 'box',
    ap: model.meanAp === null ? null : round3(clamp((raw[i] ?? 0) + shift, 0.05, 0.99)),
    trainingAnnotationsCount: annotationCount(dataset, model.trainingSlices, c.name, c.density),
    validationAnnotationsCount: annotationCount(dataset, model.validationSlices, c.name, c.density),
  }));
}

/** Created, trained and last-updated times, relative to `now`. */
function timeline(model: DemoModel, now: number) {
  const random = seededRandom(`time:${model.name}`);
  if (model.trainedDaysAgo === undefined) {
    const createdAt = now - DAY - Math.floor(random() * 2 * DAY);
    return { createdAt, trainedAt: null, updatedAt: createdAt };
  }
  const trainedAt = now - model.trainedDaysAgo * DAY - Math.floor(random() * 10 * HOUR);
  const createdAt = trainedAt - (6 + Math.floor(random() * 54)) * HOUR;
  return { createdAt, trainedAt, updatedAt: Math.min(now, trainedAt + Math.floor(random() * 2 * DAY)) };
}

function framework(baseline: string): string {
  return baseline === 'resnet50' ? 'mmdetection 3.3.0' : 'ultralytics 8.3.40';
}

function modelVariables(dataset: DemoDataset, model: DemoModel, trainedAt: number | null) {
  const random = seededRandom(`meta:${model.name}`);
  return {
    name: model.name,
    description: model.description,
    baselineModel: model.baselineModel,
    trainingClasses: trainingClasses(dataset, model),
    isTrained: model.meanAp !== null,
    isPinned: model.pinned ?? false,
    ...(trainedAt !== null && { trainedAt: new Date(trainedAt).toISOString() }),
    ...(model.withContent && { modelContentId: contentId(model.name) }),
    meta: {
      training_config: {
        epochs: model.epochs,
        lr: model.lr,
        batch_size: model.batchSize,
        imgsz: model.imgsz,
        optimizer: model.lr < 0.001 ? 'AdamW' : 'SGD',
        seed: 42,
      },
      experiment_group: model.experimentGroup,
      notes: model.notes,
      framework: framework(model.baselineModel),
      ...(trainedAt !== null && {
        gpu_hours: Math.round(model.epochs * (model.imgsz / 640) ** 2 * (0.1 + random() * 0.2)),
      }),
    },
  };
}

const CREATE_DATASET = `mutation CreateDemoDataset($name: String!, $description: String) {
  createDataset(name: $name, description: $description) { id } }`;
const CREATE_SLICE = `mutation CreateDemoSlice($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {
  createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) { id } }`;
const CREATE_MODEL = `mutation CreateDemoModel($datasetId: ID!, $name: String!, $description: String, $baselineModel: String!,
  $trainingClasses: [ModelTrainClassInput!], $trainingSliceIds: [ID!]!, $validationSliceIds: [ID!]!, $modelContentId: String,
  $isTrained: Boolean, $trainedAt: DateTime, $isPinned: Boolean, $meta: JSONObject) {
  createModel(datasetId: $datasetId, name: $name, description: $description, baselineModel: $baselineModel,
    trainingClasses: $trainingClasses, trainingSliceIds: $trainingSliceIds, validationSliceIds: $validationSliceIds,
    modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt, isPinned: $isPinned, meta: $meta) { id } }`;
const FIND_DATASET = `query FindDemoDataset($name: String) { dataset(name: $name) { id } }`;
// Newer-API models (README "API generations") and their report files, as the v1.9 SDK records them.
const CREATE_RUN = `mutation CreateDemoRun($datasetId: ID!, $name: String!, $description: String, $taskType: ModelTaskType!,
  $customDagId: String, $totalDataCount: Int, $trainDataCount: Int, $validationDataCount: Int, $trainingParameters: JSONObject,
  $trainSliceId: ID, $validationSliceId: ID, $scoreKey: String, $scoreValue: Float, $scoreUnit: String, $contents: JSONObject,
  $trainingAnnotations: [TrainingAnnotationsInput!]) {
  createModel(datasetId: $datasetId, name: $name, description: $description, taskType: $taskType, customDagId: $customDagId,
    totalDataCount: $totalDataCount, trainDataCount: $trainDataCount, validationDataCount: $validationDataCount,
    trainingParameters: $trainingParameters, trainSliceId: $trainSliceId, validationSliceId: $validationSliceId,
    scoreKey: $scoreKey, scoreValue: $scoreValue, scoreUnit: $scoreUnit, contents: $contents,
    trainingAnnotations: $trainingAnnotations) { id } }`;
const SET_RUN_STATUS = `mutation SetDemoRunStatus($datasetId: ID!, $modelId: ID!, $status: ModelStatus) {
  updateModel(datasetId: $datasetId, modelId: $modelId, status: $status) { id } }`;
const CREATE_CONTENT = `mutation CreateDemoContent($key: String, $contentType: String) {
  createContent(key: $key, contentType: $contentType) { content { id } uploadURL } }`;
const CREATE_FOLDER = `mutation CreateDemoFolder { createFolderContent { id } }`;
const FILE_UPLOAD_URL = `mutation DemoFileUploadURL($contentId: ID!, $fileName: String!, $contentType: String) {
  generateFileUploadURL(contentId: $contentId, fileName: $fileName, contentType: $contentType) }`;
const CREATE_REPORT_ITEM = `mutation CreateDemoReportItem($datasetId: ID!, $modelId: ID!, $name: String!,
  $type: AnalyticsReportItemType!, $contentId: ID, $description: String) {
  createTrainingReportItem(datasetId: $datasetId, modelId: $modelId, name: $name, type: $type, contentId: $contentId,
    description: $description) { trainingReport { id } } }`;

// Diagnoses (README "Diagnoses (evaluations)"), as the SDK records them: created, report items, then completed.
const CREATE_DIAGNOSIS = `mutation CreateDemoDiagnosis($datasetId: ID!, $name: String!, $description: String, $scoreKey: String,
  $scoreValue: Float, $scoreUnit: String, $diagnosisParameters: JSONObject, $sourceSliceId: String, $targetSliceId: String,
  $sourceDataCount: Int, $targetDataCount: Int, $diagnosisDataCount: Int, $modelId: ID, $discriminatorKey: String,
  $discriminatorValues: [String!]) {
  createDiagnosis(datasetId: $datasetId, name: $name, description: $description, scoreKey: $scoreKey, scoreValue: $scoreValue,
    scoreUnit: $scoreUnit, diagnosisParameters: $diagnosisParameters, sourceSliceId: $sourceSliceId,
    targetSliceId: $targetSliceId, sourceDataCount: $sourceDataCount, targetDataCount: $targetDataCount,
    diagnosisDataCount: $diagnosisDataCount, modelId: $modelId, discriminatorKey: $discriminatorKey,
    discriminatorValues: $discriminatorValues) { id } }`;
const CREATE_DIAGNOSIS_ITEM = `mutation CreateDemoDiagnosisItem($datasetId: ID!, $diagnosisId: ID!, $name: String!,
  $type: AnalyticsReportItemType!, $contentId: ID, $description: String, $discriminatorValue: String) {
  createDiagnosisReportItem(datasetId: $datasetId, diagnosisId: $diagnosisId, name: $name, type: $type,
    contentId: $contentId, description: $description, discriminatorValue: $discriminatorValue) {
    diagnosisReportItems { id } } }`;
const SET_DIAGNOSIS_STATUS = `mutation SetDemoDiagnosisStatus($datasetId: ID!, $diagnosisId: ID!, $status: DiagnosisStatus) {
  updateDiagnosis(datasetId: $datasetId, diagnosisId: $diagnosisId, status: $status) { id } }`;

type Call = (
  query: string,
  variables: Record<string, unknown>,
  user: string,
) => Promise<Record<string, { id: string } | string | null>>;

interface Api {
  call: Call;
  /** PUTs a file to a signed upload URL the API issued, as the SDK does. */
  put: (url: string, body: string, contentType: string) => Promise<void>;
}

function apiCaller(storage: Storage): Api {
  // A keyless app of our own: the system path takes the author from x-user-email (README §2).
  const app = createApp({ storage });
  const call: Call = async (query, variables, user) => {
    const response = await app.fetch('http://localhost/system/graphql/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-user-email': user },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { id: string } | string | null>;
      errors?: { message: string; code?: string }[];
    };
    const error = body.errors?.[0];
    if (error) throw Object.assign(new Error(`Demo seed: ${error.message}`), { code: error.code });
    return body.data ?? {};
  };
  const put = async (url: string, body: string, contentType: string) => {
    const response = await app.fetch(url, { method: 'PUT', headers: { 'Content-Type': contentType }, body });
    if (!response.ok) throw new Error(`Demo seed: storing a file answered HTTP ${response.status}`);
  };
  return { call, put };
}

/** A folder content holding `reports` as its reports.json, uploaded through a signed URL as the SDK does. */
async function uploadReport({ call, put }: Api, reports: unknown, user: string): Promise<string> {
  const folderId = idOf(await call(CREATE_FOLDER, {}, user), 'createFolderContent');
  const url = (await call(FILE_UPLOAD_URL, { contentId: folderId, fileName: 'reports.json' }, user))
    .generateFileUploadURL as string;
  await put(url, JSON.stringify(reports), 'application/json');
  return folderId;
}

const idOf = (answer: Record<string, { id: string } | string | null>, field: string): string =>
  (answer[field] as { id: string }).id;

/** Created, last-updated and completed times of a training run, relative to `now`. */
function runTimeline(run: DemoTrainingRun, now: number) {
  const random = seededRandom(`time:${run.name}`);
  const createdAt = now - run.createdDaysAgo * DAY - Math.floor(random() * 6 * HOUR);
  const ranUntil = createdAt + (run.trainingHours ?? 0) * HOUR;
  if (run.status === 'COMPLETED') return { createdAt, completedAt: ranUntil, updatedAt: ranUntil + 10 * 60_000 };
  if (run.status === 'FAILED') return { createdAt, completedAt: null, updatedAt: ranUntil };
  // A running job reports its score now and then; a pending one has not been touched since it was queued.
  if (run.status === 'IN_PROGRESS') return { createdAt, completedAt: null, updatedAt: now - 20 * 60_000 };
  return { createdAt, completedAt: null, updatedAt: createdAt };
}

function sliceCount(dataset: DemoDataset, name: string): number {
  const slice = dataset.slices.find((s) => s.name === name);
  if (!slice) throw new Error(`Demo run refers to unknown slice ${name}`);
  return slice.dataCount;
}

function runClasses(dataset: DemoDataset, run: Pick<DemoTrainingRun, 'classes' | 'trainSlice' | 'validationSlice'>) {
  return dataset.classes
    .filter((c) => run.classes?.includes(c.name) ?? true)
    .map((c) => ({
      ...c,
      trainCount: annotationCount(dataset, [run.trainSlice], c.name, c.density),
      validationCount: annotationCount(dataset, [run.validationSlice], c.name, c.density),
    }));
}

/**
 * Records a training run through the newer API: the model (PENDING), for a COMPLETED run its config file
 * and report (every reports.json uploaded through a signed URL), then its status. Returns the rows to
 * backdate and the model's id.
 */
async function seedTrainingRun(
  { call, put }: Api,
  dataset: DemoDataset,
  datasetId: string,
  sliceIds: ReadonlyMap<string, string>,
  run: DemoTrainingRun,
  now: number,
): Promise<{ modelId: string; backdates: Backdate[] }> {
  const user = run.createdBy;
  const classes = runClasses(dataset, run);
  const times = runTimeline(run, now);
  let contents: Record<string, string> | null = null;
  if (run.status === 'COMPLETED') {
    const config = (await call(CREATE_CONTENT, { key: 'config.yaml', contentType: 'application/yaml' }, user))
      .createContent as unknown as { content: { id: string }; uploadURL: string };
    const yaml = Object.entries(run.trainingParameters)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join('\n');
    await put(config.uploadURL, `${yaml}\n`, 'application/yaml');
    contents = { 'config.yaml': config.content.id };
  }
  const trainDataCount = sliceCount(dataset, run.trainSlice);
  const validationDataCount = sliceCount(dataset, run.validationSlice);
  const modelId = idOf(
    await call(
      CREATE_RUN,
      {
        datasetId,
        name: run.name,
        description: run.description,
        taskType: run.taskType,
        customDagId: run.customDagId,
        totalDataCount: trainDataCount + validationDataCount,
        trainDataCount,
        validationDataCount,
        trainingParameters: run.trainingParameters,
        trainSliceId: sliceIds.get(run.trainSlice),
        validationSliceId: sliceIds.get(run.validationSlice),
        scoreKey: run.scoreKey,
        scoreValue: run.scoreValue,
        scoreUnit: run.scoreUnit,
        contents,
        trainingAnnotations: classes.map((c) => ({
          className: c.name,
          annotationType: run.annotationType,
          trainCount: c.trainCount,
          validationCount: c.validationCount,
        })),
      },
      user,
    ),
    'createModel',
  );
  const backdates: Backdate[] = [];
  if (run.status === 'COMPLETED') {
    for (const item of demoReport(run, classes)) {
      const folderId = await uploadReport({ call, put }, item.reports, user);
      const { name, type, description } = item;
      const report = (
        await call(CREATE_REPORT_ITEM, { datasetId, modelId, name, type, description, contentId: folderId }, user)
      ).createTrainingReportItem as unknown as { trainingReport: Array<{ id: string }> };
      const itemAt = times.updatedAt - (10 - backdates.length) * 60_000;
      backdates.push({
        table: 'model_report_items',
        id: report.trainingReport.at(-1)!.id,
        createdAt: itemAt,
        updatedAt: itemAt,
      });
    }
  }
  if (run.status !== 'PENDING') await call(SET_RUN_STATUS, { datasetId, modelId, status: run.status }, user);
  backdates.push({ table: 'models', id: modelId, ...times });
  return { modelId, backdates };
}

/**
 * Records one evaluation of a demo model: the diagnosis (PENDING, iou_threshold 0.5 / 0.75 / 0.9), its report
 * items with their files, then its final status. Returns the rows to backdate.
 */
async function seedEvaluation(
  api: Api,
  dataset: DemoDataset,
  datasetId: string,
  sliceIds: ReadonlyMap<string, string>,
  modelIds: ReadonlyMap<string, string>,
  evaluation: DemoEvaluation,
  now: number,
): Promise<Backdate[]> {
  const { call } = api;
  const user = evaluation.createdBy;
  const modelId = modelIds.get(evaluation.modelName);
  if (!modelId) throw new Error(`Demo evaluation refers to unknown model ${evaluation.modelName}`);
  const targetDataCount = sliceCount(dataset, evaluation.targetSlice);
  const diagnosisId = idOf(
    await call(
      CREATE_DIAGNOSIS,
      {
        datasetId,
        name: evaluation.name,
        description: evaluation.description,
        scoreKey: 'mAP50',
        scoreValue: evaluation.map50,
        scoreUnit: '%',
        diagnosisParameters: { confidence_threshold: 0.25, max_detections: 300, iou_thresholds: IOU_THRESHOLDS },
        sourceSliceId: sliceIds.get(evaluation.sourceSlice),
        targetSliceId: sliceIds.get(evaluation.targetSlice),
        sourceDataCount: sliceCount(dataset, evaluation.sourceSlice),
        targetDataCount,
        diagnosisDataCount: evaluation.status === 'COMPLETED' ? targetDataCount : null,
        modelId,
        discriminatorKey: 'iou_threshold',
        discriminatorValues: IOU_THRESHOLDS,
      },
      user,
    ),
    'createDiagnosis',
  );
  const createdAt = now - evaluation.createdDaysAgo * DAY;
  const finishedAt = createdAt + 2 * HOUR;
  const backdates: Backdate[] = [];
  const classes = runClasses(dataset, { trainSlice: evaluation.sourceSlice, validationSlice: evaluation.targetSlice });
  for (const item of demoDiagnosisReport(evaluation, classes)) {
    const contentId = await uploadReport(api, item.reports, user);
    const { name, type, description, discriminatorValue } = item;
    const answer = (
      await call(
        CREATE_DIAGNOSIS_ITEM,
        { datasetId, diagnosisId, name, type, description, contentId, discriminatorValue },
        user,
      )
    ).createDiagnosisReportItem as unknown as { diagnosisReportItems: Array<{ id: string }> };
    const itemAt = finishedAt - (20 - backdates.length) * 60_000;
    backdates.push({
      table: 'diagnosis_report_items',
      id: answer.diagnosisReportItems.at(-1)!.id,
      createdAt: itemAt,
      updatedAt: itemAt,
    });
  }
  await call(SET_DIAGNOSIS_STATUS, { datasetId, diagnosisId, status: evaluation.status }, user);
  backdates.push({
    table: 'diagnoses',
    id: diagnosisId,
    createdAt,
    updatedAt: finishedAt,
    completedAt: evaluation.status === 'COMPLETED' ? finishedAt : null,
  });
  return backdates;
}

interface Backdate {
  table: 'datasets' | 'slices' | 'models' | 'model_report_items' | 'diagnoses' | 'diagnosis_report_items';
  id: string;
  createdAt: number;
  updatedAt: number;
  /** A model's completedAt (the first generation's trainedAt). */
  completedAt?: number | null;
}

export interface DemoSeedResult {
  /** Names of the datasets added; ones that already existed are left alone. */
  created: string[];
  models: number;
}

/** Adds the demo datasets that do not exist yet. `now` anchors the timeline (tests pass a fixed one). */
export async function seedDemo(storage: Storage, { now = Date.now() }: { now?: number } = {}): Promise<DemoSeedResult> {
  const api = apiCaller(storage);
  const { call } = api;
  const result: DemoSeedResult = { created: [], models: 0 };
  for (const [index, dataset] of DEMO_DATASETS.entries()) {
    const owner = dataset.models[0]?.createdBy ?? 'demo@example.com';
    const existing = await call(FIND_DATASET, { name: dataset.name }, owner).catch((error: { code?: string }) => {
      if (error.code === 'NOT_FOUND') return { dataset: null };
      throw error;
    });
    if (existing.dataset) continue;

    const datasetId = idOf(
      await call(CREATE_DATASET, { name: dataset.name, description: dataset.description }, owner),
      'createDataset',
    );
    const datasetCreatedAt = now - (52 + index * 8) * DAY; // the first dataset is the newest, so the dashboard opens on it
    const backdates: Backdate[] = [
      { table: 'datasets', id: datasetId, createdAt: datasetCreatedAt, updatedAt: datasetCreatedAt },
    ];
    const sliceIds = new Map<string, string>();
    const modelIds = new Map<string, string>();
    for (const [i, slice] of dataset.slices.entries()) {
      const sliceId = idOf(await call(CREATE_SLICE, { datasetId, ...slice }, owner), 'createSlice');
      sliceIds.set(slice.name, sliceId);
      backdates.push({
        table: 'slices',
        id: sliceId,
        createdAt: datasetCreatedAt + (i + 1) * HOUR,
        updatedAt: datasetCreatedAt + (i + 1) * HOUR,
      });
    }
    for (const model of dataset.models) {
      const times = timeline(model, now);
      const variables = {
        datasetId,
        ...modelVariables(dataset, model, times.trainedAt),
        trainingSliceIds: model.trainingSlices.map((name) => sliceIds.get(name)),
        validationSliceIds: model.validationSlices.map((name) => sliceIds.get(name)),
      };
      const modelId = idOf(await call(CREATE_MODEL, variables, model.createdBy), 'createModel');
      modelIds.set(model.name, modelId);
      backdates.push({ table: 'models', id: modelId, createdAt: times.createdAt, updatedAt: times.updatedAt });
      result.models += 1;
    }
    for (const run of dataset.trainingRuns) {
      const seeded = await seedTrainingRun(api, dataset, datasetId, sliceIds, run, now);
      modelIds.set(run.name, seeded.modelId);
      backdates.push(...seeded.backdates);
      result.models += 1;
    }
    for (const evaluation of DEMO_EVALUATIONS[dataset.name] ?? []) {
      backdates.push(...(await seedEvaluation(api, dataset, datasetId, sliceIds, modelIds, evaluation, now)));
    }
    // The API stamps createdAt (and completedAt) with the current time; the demo needs a history (created → trained).
    await writeTransaction(storage.db, async (trx) => {
      for (const row of backdates) {
        await trx
          .updateTable(row.table)
          .set({ created_at: new Date(row.createdAt).toISOString(), updated_at: new Date(row.updatedAt).toISOString() })
          .where('id', '=', row.id)
          .execute();
        if (row.table === 'diagnoses' && row.completedAt) {
          await trx
            .updateTable('diagnoses')
            .set({ completed_at: new Date(row.completedAt).toISOString() })
            .where('id', '=', row.id)
            .execute();
        }
        if (row.table === 'models' && row.completedAt) {
          await trx
            .updateTable('models')
            .set({ trained_at: new Date(row.completedAt).toISOString() })
            .where('id', '=', row.id)
            .execute();
        }
      }
    });
    result.created.push(dataset.name);
  }
  return result;
}
