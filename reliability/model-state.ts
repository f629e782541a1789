// What the reliability suites send and what they expect back: GraphQL documents for models, random
// (seeded) create/update payloads, and the model state an acknowledged write must leave behind.
import { isDeepStrictEqual } from 'node:util';

import type {
  BaseContent,
  Model,
  ModelFilter,
  ModelTrainClassInput,
  MutationCreateModelArgs,
  MutationUpdateModelArgs,
} from '../server/graphql/generated/resolvers';
import { postOk } from '../server/test-kit/graphql';
import type { Random } from './seeded-random';

/** Every stored attribute of a model that a write sets, as the API returns it. */
export type TrackedModel = Required<
  Pick<
    Model,
    'id' | 'datasetId' | 'name' | 'description' | 'baselineModel' | 'isPinned' | 'isTrained' | 'trainedAt' | 'meta'
  >
> & {
  modelContent: Pick<BaseContent, 'id'> | null;
  trainingClasses: Required<ModelTrainClassInput>[];
  trainingSlices: { id: string }[];
  validationSlices: { id: string }[];
};

const FIELDS = `id datasetId name description baselineModel isPinned isTrained trainedAt meta modelContent { id }
  trainingClasses { class annotationType ap trainingAnnotationsCount validationAnnotationsCount }
  trainingSlices { id } validationSlices { id }`;

export const CREATE_MODEL = `mutation ReliabilityCreate($datasetId: ID!, $name: String!, $description: String,
  $baselineModel: String!, $trainingClasses: [ModelTrainClassInput!], $trainingSliceIds: [ID!]!,
  $validationSliceIds: [ID!]!, $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime,
  $isPinned: Boolean, $meta: JSONObject) {
  createModel(datasetId: $datasetId, name: $name, description: $description, baselineModel: $baselineModel,
    trainingClasses: $trainingClasses, trainingSliceIds: $trainingSliceIds, validationSliceIds: $validationSliceIds,
    modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt, isPinned: $isPinned, meta: $meta) { ${FIELDS} }
}`;

export const UPDATE_MODEL = `mutation ReliabilityUpdate($datasetId: ID!, $id: ID!, $name: String, $description: String,
  $trainingClasses: [ModelTrainClassInput!], $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime,
  $meta: JSONObject) {
  updateModel(datasetId: $datasetId, id: $id, name: $name, description: $description, trainingClasses: $trainingClasses,
    modelContentId: $modelContentId, isTrained: $isTrained, trainedAt: $trainedAt, meta: $meta) { ${FIELDS} }
}`;

export const PIN_MODEL = `mutation ReliabilityPin($datasetId: ID!, $id: ID!) { pinModel(datasetId: $datasetId, id: $id) { ${FIELDS} } }`;
export const UNPIN_MODEL = `mutation ReliabilityUnpin($datasetId: ID!, $id: ID!) { unpinModel(datasetId: $datasetId, id: $id) { ${FIELDS} } }`;
export const DELETE_MODEL = `mutation ReliabilityDelete($datasetId: ID!, $id: ID!) { deleteModel(datasetId: $datasetId, id: $id) }`;
export const MODEL_DETAIL = `query ReliabilityDetail($datasetId: ID!, $id: ID!) { model(datasetId: $datasetId, id: $id) { ${FIELDS} } }`;
export const MODELS_PAGE = `query ReliabilityList($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) { totalCount next models { ${FIELDS} } }
}`;
export const MODELS_COUNT = `query ReliabilityCount($datasetId: ID!, $filter: ModelFilter) {
  models(datasetId: $datasetId, filter: $filter, length: 1) { totalCount }
}`;

export interface ModelsPage {
  models: { totalCount: number; next: string | null; models: TrackedModel[] };
}

export interface Dataset {
  id: string;
  sliceIds: string[];
}

/** Creates a dataset with `slices` slices (some with a data count) for models to reference. */
export async function createDataset(url: string, name: string, slices: number): Promise<Dataset> {
  const { createDataset: dataset } = await postOk<{ createDataset: { id: string } }>(
    url,
    'mutation($name: String!) { createDataset(name: $name) { id } }',
    { name },
  );
  const sliceIds: string[] = [];
  for (let i = 0; i < slices; i++) {
    const { createSlice } = await postOk<{ createSlice: { id: string } }>(
      url,
      'mutation($datasetId: String!, $name: String!, $dataCount: Int) { createSlice(datasetId: $datasetId, name: $name, dataCount: $dataCount) { id } }',
      { datasetId: dataset.id, name: `slice ${i}`, dataCount: i % 2 === 0 ? 100 * (i + 1) : null },
    );
    sliceIds.push(createSlice.id);
  }
  return { id: dataset.id, sliceIds };
}

const CLASS_NAMES = ['car', 'person', 'bicycle', 'truck', 'traffic sign', 'tree', 'dog', 'bus'];

function randomClasses(random: Random): Required<ModelTrainClassInput>[] {
  const names = [...CLASS_NAMES].sort(() => random.next() - 0.5).slice(0, random.int(0, 6));
  return names.map((name) => ({
    class: name,
    annotationType: random.pick(['box', 'polygon', null]),
    ap: random.chance(0.9) ? random.next() : null,
    trainingAnnotationsCount: random.chance(0.9) ? random.int(0, 50_000) : null,
    validationAnnotationsCount: random.chance(0.9) ? random.int(0, 5_000) : null,
  }));
}

const randomMeta = (random: Random) =>
  random.chance(0.2)
    ? null
    : {
        lr: random.next() / 100,
        epochs: random.int(1, 300),
        tags: ['ünïcødé ✓', `t${random.int(0, 9)}`],
        nested: { ok: random.chance(0.5) },
      };

const randomTrainedAt = (random: Random) =>
  random.chance(0.3) ? null : new Date(Date.UTC(2026, 0, 1) + random.int(0, 300 * 86_400) * 1000).toISOString();

/** A create with every optional argument in play; `name` must be unique so an unacknowledged create can be found. */
export function randomCreate(random: Random, dataset: Dataset, name: string): MutationCreateModelArgs {
  const slices = [...dataset.sliceIds].sort(() => random.next() - 0.5);
  const split = random.int(0, slices.length);
  return {
    datasetId: dataset.id,
    name,
    description: random.chance(0.7) ? `Model ${name}: ${'x'.repeat(random.int(0, 300))}` : null,
    baselineModel: random.pick(['yolov8n', 'yolov8s', 'rt-detr', 'mask-rcnn']),
    trainingClasses: randomClasses(random),
    trainingSliceIds: slices.slice(0, split),
    validationSliceIds: slices.slice(split),
    modelContentId: random.chance(0.5) ? `content-${random.int(1, 1e6)}` : null,
    isTrained: random.chance(0.5),
    trainedAt: randomTrainedAt(random),
    isPinned: random.chance(0.3),
    meta: randomMeta(random),
  };
}

/** An update that sets a random subset of the editable arguments (omitted ones stay unchanged). */
export function randomUpdate(random: Random, model: TrackedModel, name: string): MutationUpdateModelArgs {
  const args: MutationUpdateModelArgs = { datasetId: model.datasetId, id: model.id };
  if (random.chance(0.5)) args.name = name;
  if (random.chance(0.4)) args.description = random.chance(0.7) ? `Edited ${name}` : null;
  if (random.chance(0.6)) args.trainingClasses = random.chance(0.1) ? null : randomClasses(random);
  if (random.chance(0.3)) args.modelContentId = random.chance(0.7) ? `content-${random.int(1, 1e6)}` : null;
  if (random.chance(0.4)) args.isTrained = !model.isTrained;
  if (random.chance(0.3)) args.trainedAt = randomTrainedAt(random);
  // Training without a trainedAt would get the server's clock (README "API generations"): give one.
  if (args.isTrained === true && args.trainedAt === undefined) args.trainedAt = randomTrainedAt(random);
  if (random.chance(0.4)) args.meta = randomMeta(random);
  return args;
}

/** A class as the API returns it: keys the client left out read as null. */
const storedClass = (c: ModelTrainClassInput): Required<ModelTrainClassInput> => ({
  class: c.class,
  annotationType: c.annotationType ?? null,
  ap: c.ap ?? null,
  trainingAnnotationsCount: c.trainingAnnotationsCount ?? null,
  validationAnnotationsCount: c.validationAnnotationsCount ?? null,
});

/** The model an acknowledged create must have stored. */
export function expectedFromCreate(id: string, args: MutationCreateModelArgs): TrackedModel {
  return {
    id,
    datasetId: args.datasetId,
    name: args.name,
    description: args.description ?? null,
    baselineModel: args.baselineModel ?? null,
    isPinned: args.isPinned ?? false,
    isTrained: args.isTrained ?? false,
    trainedAt: args.trainedAt ?? null,
    meta: args.meta ?? null,
    modelContent: args.modelContentId == null ? null : { id: args.modelContentId },
    trainingClasses: args.trainingClasses?.map(storedClass) ?? [],
    trainingSlices: (args.trainingSliceIds ?? []).map((id) => ({ id })),
    validationSlices: (args.validationSliceIds ?? []).map((id) => ({ id })),
  };
}

/** The model an acknowledged update must leave: omitted arguments keep their value, null clears. */
export function expectedAfterUpdate(model: TrackedModel, args: MutationUpdateModelArgs): TrackedModel {
  const next = { ...model };
  if (args.name != null) next.name = args.name;
  if (args.description !== undefined) next.description = args.description;
  if (args.trainingClasses !== undefined) next.trainingClasses = args.trainingClasses?.map(storedClass) ?? [];
  if (args.modelContentId !== undefined)
    next.modelContent = args.modelContentId === null ? null : { id: args.modelContentId };
  if (args.isTrained != null) next.isTrained = args.isTrained;
  // Leaving the COMPLETED status clears trainedAt (README "API generations"); a given trainedAt wins.
  if (model.isTrained && args.isTrained === false) next.trainedAt = null;
  if (args.trainedAt !== undefined) next.trainedAt = args.trainedAt;
  if (args.meta !== undefined) next.meta = args.meta;
  return next;
}

export const sameModel = (a: TrackedModel | undefined, b: TrackedModel | undefined): boolean => isDeepStrictEqual(a, b);

/** Walks every page of a dataset's list; also returns each page's totalCount. */
export async function listAll(
  url: string,
  datasetId: string,
  filter: ModelFilter | null = null,
): Promise<{ models: TrackedModel[]; totalCounts: number[] }> {
  const models: TrackedModel[] = [];
  const totalCounts: number[] = [];
  let cursor: string | null = null;
  do {
    const page: ModelsPage = await postOk<ModelsPage>(url, MODELS_PAGE, { datasetId, filter, cursor, length: 50 });
    models.push(...page.models.models);
    totalCounts.push(page.models.totalCount);
    cursor = page.models.next;
  } while (cursor !== null);
  return { models, totalCounts };
}

/** Filters whose totalCount is checked against a count of the full listing. */
export const COUNTED_FILTERS: { filter: ModelFilter; matches: (m: TrackedModel) => boolean }[] = [
  { filter: { must: { isPinned: true } }, matches: (m) => m.isPinned },
  { filter: { must: { isTrained: true } }, matches: (m) => m.isTrained },
  { filter: { must: { isPinned: false, isTrained: true } }, matches: (m) => !m.isPinned && m.isTrained },
  { filter: { not: { isTrained: true } }, matches: (m) => !m.isTrained },
  { filter: { must: { nameContains: 'C1 ' } }, matches: (m) => m.name.toLowerCase().includes('c1 ') },
  {
    filter: { must: { nameContains: 'edit' }, not: { isPinned: true } },
    matches: (m) => m.name.includes('edit') && !m.isPinned,
  },
];
