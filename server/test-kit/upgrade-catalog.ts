// The upgrade fixtures (README "Development", upgrade fixtures): the models written into a catalog of
// the release before the newer API, beside its demo data, and everything the first generation reads
// back from such a catalog. Written against the first generation's schema only, so the release's own
// server runs them (make-upgrade-fixtures.ts) and today's server reads them the same (the test).
import path from 'node:path';
import { FIRST_GENERATION as OLD } from './sdk-documents';
import { ROOT } from './spawn-server';

/** The release before migration 0005_newer_models_api: the commit the fixtures were written by. */
export const RELEASE = '81cd1da0cf591024235cc01277edcca455cb68d7';

const FIXTURES = path.join(ROOT, 'server/storage/fixtures');
const stem = `catalog-${RELEASE.slice(0, 7)}`;

/** A SQLite file and a PostgreSQL dump (plain SQL) as the release left them, each with its answers. */
export const FIXTURE_FILES = {
  sqlite: { catalog: path.join(FIXTURES, `${stem}.sqlite`), answers: path.join(FIXTURES, `${stem}.sqlite.json`) },
  postgres: { catalog: path.join(FIXTURES, `${stem}.pg.sql`), answers: path.join(FIXTURES, `${stem}.pg.json`) },
};

/** Posts one document and answers its data (throws on errors). */
export type Gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const DATASET = 'id name description createdAt createdBy updatedAt updatedBy';
const SLICE = 'id datasetId name description isPinned createdAt createdBy updatedAt updatedBy dataCount';
const MODEL = `id datasetId baselineModel name description
  trainingClasses { class annotationType ap trainingAnnotationsCount validationAnnotationsCount }
  trainingDataCount validationDataCount isPinned isTrained trainedAt modelContent { id downloadURL }
  createdBy createdAt updatedBy updatedAt meta trainingSlices { ${SLICE} } validationSlices { ${SLICE} }`;

/** Small pages, so the cursors the release handed out are part of the answers too. */
const PAGE = 4;

interface Page {
  next: string | null;
  totalCount: number;
}

/** Every page of a list, as answered (items, next cursor, total). */
async function allPages<P extends Page>(read: (cursor: string | null) => Promise<P>): Promise<P[]> {
  const pages = [await read(null)];
  for (let next = pages[0]!.next; next !== null; next = pages.at(-1)!.next) pages.push(await read(next));
  return pages;
}

/** Model filters whose counts the release kept in its own table (dataset_model_stats) or computed. */
const MODEL_FILTERS = [
  { must: { isTrained: true } },
  { must: { isTrained: false } },
  { must: { isPinned: true } },
  { must: { isTrained: true }, not: { isPinned: true } },
  { must: { nameContains: 'fixture' } },
  { not: { nameContains: 'YOLO' } },
];

/** Everything the first generation reads from a catalog: datasets, slices and models, listed and one by one. */
export async function readFirstGeneration(gql: Gql) {
  const datasetPages = await allPages(async (cursor) => {
    const data = await gql<{ datasets: Page & { datasets: Array<{ id: string; name: string }> } }>(
      `query($cursor: String, $length: Int) { datasets(cursor: $cursor, length: $length) { datasets { ${DATASET} } next totalCount } }`,
      { cursor, length: PAGE },
    );
    return data.datasets;
  });
  const datasets = [];
  for (const { id, name } of datasetPages.flatMap((page) => page.datasets)) {
    const one = `query($id: ID, $name: String) { dataset(datasetId: $id, name: $name) { ${DATASET} } }`;
    const slicePages = await allPages(async (cursor) => {
      const data = await gql<{ slices: Page & { slices: Array<{ id: string; name: string }> } }>(
        `query($datasetId: String!, $cursor: String, $length: Int) {
          slices(datasetId: $datasetId, cursor: $cursor, length: $length) { slices { ${SLICE} } next totalCount } }`,
        { datasetId: id, cursor, length: PAGE },
      );
      return data.slices;
    });
    const slices = [];
    for (const slice of slicePages.flatMap((page) => page.slices)) {
      const query = `query($datasetId: String!, $id: ID, $name: String) { slice(datasetId: $datasetId, id: $id, name: $name) { ${SLICE} } }`;
      slices.push({
        byId: await gql(query, { datasetId: id, id: slice.id }),
        byName: await gql(query, { datasetId: id, name: slice.name }),
      });
    }
    const modelPages = await allPages(async (cursor) => {
      const data = await gql<{ models: Page & { models: Array<{ id: string }> } }>(
        `query($datasetId: ID!, $cursor: String, $length: Int) {
          models(datasetId: $datasetId, filter: null, cursor: $cursor, length: $length) { models { ${MODEL} } next totalCount } }`,
        { datasetId: id, cursor, length: PAGE },
      );
      return data.models;
    });
    const models = [];
    for (const model of modelPages.flatMap((page) => page.models)) {
      models.push(await gql(OLD.model, { datasetId: id, modelId: model.id }));
    }
    const filtered = [];
    for (const filter of MODEL_FILTERS) {
      const data = await gql(
        `query($datasetId: ID!, $filter: ModelFilter) { models(datasetId: $datasetId, filter: $filter, length: 50) { models { id } totalCount } }`,
        { datasetId: id, filter },
      );
      filtered.push({ filter, ...data });
    }
    datasets.push({
      byId: await gql(one, { id }),
      byName: await gql(one, { name }),
      slicePages,
      slices,
      modelPages,
      models,
      filtered,
    });
  }
  return { datasetPages, datasets };
}

const LONG_DESCRIPTION = Array.from(
  { length: 40 },
  (_, i) => `Paragraph ${i + 1}: ünïcødé — 日本語 — 🚗🚶 — "quoted", back\\slash, tab\there.`,
).join('\n');

/**
 * Writes, through the first generation's API, models that use every field it has: pinned, trained with
 * and without a time, a time without training, nested unicode meta, classes with and without AP,
 * training and validation slices (the first training slice is not the first created), content ids,
 * a long description, updates, pins and unpins, and a deleted model.
 */
export async function writeFixtureModels(gql: Gql): Promise<void> {
  const { createDataset } = await gql<{ createDataset: { id: string } }>(OLD.createDataset, {
    name: 'Upgrade fixture ✓ 日本語',
    description: 'Written by the release before the newer API',
  });
  const datasetId = createDataset.id;
  await gql('mutation($id: ID!, $description: String) { updateDataset(id: $id, description: $description) { id } }', {
    id: datasetId,
    description: 'Written by the release before the newer API.\nSecond line: ünïcødé',
  });
  const slice = async (name: string, dataCount: number | null, description?: string) => {
    const data = await gql<{ createSlice: { id: string } }>(
      `mutation($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {
        createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) { id } }`,
      { datasetId, name, description, dataCount },
    );
    return data.createSlice.id;
  };
  const trainA = await slice('train-a', 1200, 'Frames 1–1200');
  const trainB = await slice('train-b ünï', null);
  const val = await slice('val', 300);
  const unused = await slice('unused', 0);
  await gql(
    'mutation($datasetId: String!, $id: ID!, $dataCount: Int) { updateSlice(datasetId: $datasetId, id: $id, dataCount: $dataCount) { id } }',
    { datasetId, id: unused, dataCount: 7 },
  );

  const create = async (variables: Record<string, unknown>) => {
    const data = await gql<{ createModel: { id: string } }>(OLD.createModel, {
      datasetId,
      baselineModel: 'yolov8s.pt',
      trainingSliceIds: [],
      validationSliceIds: [],
      ...variables,
    });
    return data.createModel.id;
  };
  await create({
    name: 'fixture-pinned-trained',
    description: LONG_DESCRIPTION,
    trainingSliceIds: [trainB, trainA],
    validationSliceIds: [val],
    modelContentId: '01JFIXTURECONTENT000000000',
    isTrained: true,
    trainedAt: '2025-11-04T09:07:46.123456',
    isPinned: true,
    meta: {
      optimizer: { name: 'AdamW', betas: [0.9, 0.999], schedule: { warmup: 3, cosine: true } },
      note: 'ünïcødé ✓ 日本語 🚗',
      empty: {},
      list: [1, 'two', null, false, { deep: [[]] }],
      small: 1.5e-7,
      sum: 0.1 + 0.2,
    },
    trainingClasses: [
      {
        class: 'car',
        annotationType: 'box',
        ap: 0.1 + 0.2,
        trainingAnnotationsCount: 2_147_483_647,
        validationAnnotationsCount: 0,
      },
      {
        class: 'person',
        annotationType: 'polygon',
        ap: null,
        trainingAnnotationsCount: 40,
        validationAnnotationsCount: 9,
      },
      {
        class: '🚲 bicycle',
        annotationType: null,
        ap: 0,
        trainingAnnotationsCount: null,
        validationAnnotationsCount: null,
      },
      { class: 'truck', ap: 1 },
    ],
  });
  await create({ name: 'fixture-untrained', baselineModel: 'rtdetr-l' });
  await create({
    name: 'fixture-trained-without-time',
    isTrained: true,
    trainingSliceIds: [trainA],
    trainingClasses: [{ class: 'car', ap: 0.5 }],
    meta: {},
  });
  await create({
    name: 'fixture-time-without-training',
    isTrained: false,
    trainedAt: '2025-10-01T00:00:00+09:00',
    validationSliceIds: [val, trainB],
  });
  const updated = await create({ name: 'fixture-before-update', description: 'replaced below' });
  await gql(OLD.updateModel, {
    datasetId,
    id: updated,
    name: 'fixture-updated',
    description: null,
    isTrained: true,
    trainedAt: '2025-12-01T12:00:00.5Z',
    modelContentId: 'weights-v2',
    trainingClasses: [{ class: 'car', annotationType: 'box', ap: 0.875, trainingAnnotationsCount: 12 }],
    meta: { replaced: true },
  });
  await gql(OLD.pinModel, { datasetId, id: updated });
  await gql(OLD.unpinModel, { datasetId, id: updated });
  const untrainedAgain = await create({ name: 'fixture-trained-then-untrained', isTrained: true, isPinned: true });
  await gql(OLD.updateModel, { datasetId, id: untrainedAgain, isTrained: false });
  const deleted = await create({ name: 'fixture-deleted', trainingSliceIds: [trainA] });
  await gql(OLD.deleteModel, { datasetId, id: deleted });
}
