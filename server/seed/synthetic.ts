// Synthetic models for benchmarks: deterministic rows, bulk-inserted in chunks.
import { AppError } from '../graphql/errors';
import { seededRandom } from './random';
import { insertSyntheticModels, type SyntheticModel } from '../storage/bulk';
import type { Storage } from '../storage/db';
import { createDataset, getDataset } from '../storage/datasets.repo';
import { createSlice, getSlice } from '../storage/slices.repo';

const CALLER = 'seed';
const CHUNK = 5_000; // models per transaction: bounded memory, one recount each
const BASELINES = ['yolov8n', 'yolov8s', 'yolov8m', 'yolov8l', 'rtdetr-l', 'rtdetr-x', 'resnet50', 'efficientdet-d2'];
const CLASS_NAMES = [
  'car',
  'truck',
  'bus',
  'person',
  'bicycle',
  'motorcycle',
  'traffic light',
  'stop sign',
  'van',
  'trailer',
  'bottle',
  'can',
  'box',
  'jar',
  'bag',
  'carton',
  'pouch',
  'price tag',
  'dog',
  'cat',
];
const SLICES = [
  { name: 'synthetic-train', role: 'training', dataCount: 50_000 },
  { name: 'synthetic-val', role: 'validation', dataCount: 8_000 },
] as const;

export interface SyntheticOptions {
  datasetName: string;
  models: number;
  classes: number;
  /** Fixed in tests; the rows themselves depend only on their index. */
  now?: number;
}

export interface SyntheticResult {
  datasetId: string;
  datasetCreated: boolean;
  inserted: number;
}

const nullIfNotFound = (error: unknown): null => {
  if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
  throw error;
};

const className = (k: number) => CLASS_NAMES[k] ?? `class-${String(k + 1).padStart(3, '0')}`;

async function findOrCreateDataset(storage: Storage, name: string) {
  const existing = await getDataset(storage.db, { name }).catch(nullIfNotFound);
  if (existing) return { id: existing.id, created: false };
  const created = await createDataset(
    storage,
    { name, description: 'Synthetic models for benchmarks (npm run seed).' },
    CALLER,
  );
  return { id: created.id, created: true };
}

async function findOrCreateSlices(storage: Storage, datasetId: string) {
  const ids = { training: [] as string[], validation: [] as string[] };
  for (const slice of SLICES) {
    const found = await getSlice(storage.db, datasetId, { name: slice.name }).catch(nullIfNotFound);
    const id =
      found?.id ?? (await createSlice(storage, datasetId, { name: slice.name, dataCount: slice.dataCount }, CALLER)).id;
    ids[slice.role].push(id);
  }
  return ids;
}

/** Model number `index` (0-based), identical on every run. */
export function syntheticModel(
  index: number,
  classes: number,
  createdAt: string,
  slices: { training: string[]; validation: string[] },
): SyntheticModel {
  const random = seededRandom(`synthetic:${index}`);
  const baselineModel = BASELINES[index % BASELINES.length] ?? 'yolov8n';
  const isTrained = random() < 0.8;
  const quality = 0.45 + random() * 0.5;
  return {
    name: `${baselineModel}-exp-${String(index + 1).padStart(6, '0')}`,
    baselineModel,
    isTrained,
    isPinned: random() < 0.01,
    trainedAt: isTrained ? createdAt : null,
    createdAt,
    createdBy: CALLER,
    meta: {
      training_config: { epochs: 50 + Math.floor(random() * 250), lr: 0.01, batch_size: 16, imgsz: 640 },
      experiment_group: `sweep-${index % 50}`,
    },
    trainingClasses: Array.from({ length: classes }, (_, k) => ({
      class: className(k),
      annotationType: 'box',
      ap: isTrained ? Math.round(Math.min(0.99, Math.max(0.01, quality + (random() - 0.5) * 0.2)) * 1000) / 1000 : null,
      trainingAnnotationsCount: Math.floor(random() * 20_000),
      validationAnnotationsCount: Math.floor(random() * 4_000),
    })),
    trainingSliceIds: slices.training,
    validationSliceIds: slices.validation,
  };
}

/** Adds `models` synthetic models to the named dataset (created if absent), newest last. */
export async function seedSynthetic(storage: Storage, options: SyntheticOptions): Promise<SyntheticResult> {
  const dataset = await findOrCreateDataset(storage, options.datasetName);
  const slices = await findOrCreateSlices(storage, dataset.id);
  // One millisecond apart, ending now: list order (createdAt desc) is the reverse of insertion.
  const start = (options.now ?? Date.now()) - options.models;
  for (let from = 0; from < options.models; from += CHUNK) {
    const rows: SyntheticModel[] = [];
    for (let i = from; i < Math.min(options.models, from + CHUNK); i++) {
      rows.push(syntheticModel(i, options.classes, new Date(start + i).toISOString(), slices));
    }
    await insertSyntheticModels(storage.db, dataset.id, rows);
  }
  return { datasetId: dataset.id, datasetCreated: dataset.created, inserted: options.models };
}
