// Deterministic demo data: the tables in seed-demo-data.ts, created through the GraphQL
// API so every input rule and counter applies, then backdated so the timeline looks lived-in.
import { DEMO_DATASETS, type DemoDataset, type DemoModel } from './seed-demo-data';
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

type Call = (
  query: string,
  variables: Record<string, unknown>,
  user: string,
) => Promise<Record<string, { id: string } | null>>;

function apiCaller(storage: Storage): Call {
  // A keyless app of our own: the system path takes the author from x-user-email (README §2).
  const app = createApp({ storage });
  return async (query, variables, user) => {
    const response = await app.fetch('http://localhost/system/graphql/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-user-email': user },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { id: string } | null>;
      errors?: { message: string; code?: string }[];
    };
    const error = body.errors?.[0];
    if (error) throw Object.assign(new Error(`Demo seed: ${error.message}`), { code: error.code });
    return body.data ?? {};
  };
}

export interface DemoSeedResult {
  /** Names of the datasets added; ones that already existed are left alone. */
  created: string[];
  models: number;
}

/** Adds the demo datasets that do not exist yet. `now` anchors the timeline (tests pass a fixed one). */
export async function seedDemo(storage: Storage, { now = Date.now() }: { now?: number } = {}): Promise<DemoSeedResult> {
  const call = apiCaller(storage);
  const result: DemoSeedResult = { created: [], models: 0 };
  for (const [index, dataset] of DEMO_DATASETS.entries()) {
    const owner = dataset.models[0]?.createdBy ?? 'demo@example.com';
    const existing = await call(FIND_DATASET, { name: dataset.name }, owner).catch((error: { code?: string }) => {
      if (error.code === 'NOT_FOUND') return { dataset: null };
      throw error;
    });
    if (existing.dataset) continue;

    const datasetId = (await call(CREATE_DATASET, { name: dataset.name, description: dataset.description }, owner))
      .createDataset!.id;
    const datasetCreatedAt = now - (52 + index * 8) * DAY; // the first dataset is the newest, so the dashboard opens on it
    const backdates: Array<{
      table: 'datasets' | 'slices' | 'models';
      id: string;
      createdAt: number;
      updatedAt: number;
    }> = [{ table: 'datasets', id: datasetId, createdAt: datasetCreatedAt, updatedAt: datasetCreatedAt }];
    const sliceIds = new Map<string, string>();
    for (const [i, slice] of dataset.slices.entries()) {
      const sliceId = (await call(CREATE_SLICE, { datasetId, ...slice }, owner)).createSlice!.id;
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
      const modelId = (await call(CREATE_MODEL, variables, model.createdBy)).createModel!.id;
      backdates.push({ table: 'models', id: modelId, createdAt: times.createdAt, updatedAt: times.updatedAt });
      result.models += 1;
    }
    // The API stamps createdAt with the current time; the demo needs a history (created → trained).
    await writeTransaction(storage.db, async (trx) => {
      for (const row of backdates) {
        await trx
          .updateTable(row.table)
          .set({ created_at: new Date(row.createdAt).toISOString(), updated_at: new Date(row.updatedAt).toISOString() })
          .where('id', '=', row.id)
          .execute();
      }
    });
    result.created.push(dataset.name);
  }
  return result;
}
