import type { Dataset } from '../datasets';
import type { ModelDetail, TrainClass } from '../models';
import { newerFieldsOf } from '../models.first-generation';
import type { Slice } from '../slices';

// Fixed defaults and a counter for ids (no faker): tests read the same data every run.
let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(4, '0')}`;
/** Timestamps step one minute per entity so "newest first" is well defined. */
const timestamp = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();

export function resetFactories() {
  sequence = 0;
}

export function buildDataset(overrides: Partial<Dataset> = {}): Dataset {
  const id = overrides.id ?? nextId('dataset');
  return {
    id,
    name: `Dataset ${id}`,
    description: null,
    createdAt: timestamp(sequence),
    updatedAt: null,
    ...overrides,
  };
}

export function buildSlice(overrides: Partial<Slice> & { datasetId: string }): Slice {
  const id = overrides.id ?? nextId('slice');
  return {
    id,
    name: `slice ${id}`,
    description: null,
    isPinned: false,
    createdAt: timestamp(sequence),
    createdBy: 'local',
    updatedAt: timestamp(sequence),
    updatedBy: 'local',
    dataCount: 100,
    ...overrides,
  };
}

export function buildTrainClass(overrides: Partial<TrainClass> = {}): TrainClass {
  return {
    class: 'car',
    annotationType: 'box',
    ap: 0.8,
    trainingAnnotationsCount: 1200,
    validationAnnotationsCount: 300,
    ...overrides,
  };
}

/** A model with both generations' fields; the newer ones follow the first's unless overridden. */
export function buildModel(overrides: Partial<ModelDetail> & { datasetId: string }): ModelDetail {
  const id = overrides.id ?? nextId('model');
  const at = timestamp(sequence);
  const model = {
    id,
    name: `model ${id}`,
    description: null,
    baselineModel: 'yolov8n',
    isPinned: false,
    isTrained: false,
    trainedAt: null,
    trainingDataCount: null,
    validationDataCount: null,
    createdAt: at,
    createdBy: 'local',
    updatedAt: at,
    updatedBy: 'local',
    meta: null,
    modelContent: null,
    trainingClasses: [],
    trainingSlices: [],
    validationSlices: [],
    ...overrides,
  };
  return { ...model, ...newerFieldsOf(model), ...overrides };
}
