// The in-memory catalog of the stub upstreams (./stub-upstream.ts) and their resolvers: each generation keeps
// its models in its own shape (docs/api/schema.graphql and docs/api/newer-api.md §3.2). Datasets and slices are
// the same on both.
import { GraphQLError } from '../graphql/graphql';

type Row = Record<string, unknown> & { id: string; createdAt: string };
type Args = Record<string, unknown>;

export interface StubCatalog {
  datasets: Row[];
  slices: Row[];
  models: { first: Row[]; newer: Row[] };
}

export const STUB_DATASET = { id: 'ds-stub', name: 'Stub host dataset' };
const CREATED_BY = 'stub@superb.example';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(counter += 1).toString().padStart(4, '0')}`;
let clock = Date.parse('2026-02-01T09:00:00.000Z');
const now = () => new Date((clock += 1000)).toISOString();

const notFound = (what: string, id: unknown) =>
  new GraphQLError(`${what} ${String(id)} not found`, { extensions: { code: 'NOT_FOUND' } });

function slice(name: string, dataCount: number): Row {
  const createdAt = now();
  return {
    id: nextId('slice'),
    datasetId: STUB_DATASET.id,
    name,
    description: null,
    isPinned: false,
    createdAt,
    createdBy: CREATED_BY,
    updatedAt: createdAt,
    updatedBy: CREATED_BY,
    dataCount,
  };
}

function firstGenerationModel(values: Args): Row {
  const createdAt = now();
  return {
    id: nextId('m1'),
    datasetId: STUB_DATASET.id,
    description: null,
    trainingClasses: [],
    trainingSliceIds: [],
    validationSliceIds: [],
    isPinned: false,
    isTrained: false,
    trainedAt: null,
    modelContentId: null,
    meta: null,
    createdAt,
    createdBy: CREATED_BY,
    updatedAt: createdAt,
    updatedBy: CREATED_BY,
    ...values,
  };
}

function newerModel(values: Args): Row {
  const createdAt = now();
  return {
    id: nextId('m2'),
    datasetId: STUB_DATASET.id,
    description: null,
    status: 'PENDING',
    taskType: 'OBJECT_DETECTION',
    customDagId: null,
    totalDataCount: null,
    trainDataCount: null,
    validationDataCount: null,
    trainingParameters: null,
    trainingReport: [],
    trainingAnnotations: [],
    contents: null,
    trainSliceId: null,
    validationSliceId: null,
    completedAt: null,
    isPinned: false,
    scoreKey: null,
    scoreValue: null,
    scoreUnit: null,
    createdAt,
    createdBy: CREATED_BY,
    updatedAt: createdAt,
    updatedBy: CREATED_BY,
    ...values,
  };
}

/** One dataset with two slices and three models per generation: trained and pinned, trained, not trained. */
export function seedStubCatalog(): StubCatalog {
  const datasetCreated = now();
  const [train, validation] = [slice('train-2026', 1200), slice('val-2026', 300)];
  const classes = (car: number, person: number) => [
    { class: 'car', annotationType: 'box', ap: car, trainingAnnotationsCount: 900, validationAnnotationsCount: 210 },
    {
      class: 'person',
      annotationType: 'box',
      ap: person,
      trainingAnnotationsCount: 450,
      validationAnnotationsCount: 120,
    },
  ];
  const annotations = [
    { className: 'car', annotationType: 'box', trainCount: 900, validationCount: 210 },
    { className: 'person', annotationType: 'box', trainCount: 450, validationCount: 120 },
  ];
  const slices = { trainingSliceIds: [train.id], validationSliceIds: [validation.id] };
  const sliceIds = { trainSliceId: train.id, validationSliceId: validation.id };
  return {
    datasets: [
      {
        ...STUB_DATASET,
        description: 'A stub Superb AI host',
        createdAt: datasetCreated,
        createdBy: CREATED_BY,
        updatedAt: datasetCreated,
        updatedBy: CREATED_BY,
      },
    ],
    slices: [train, validation],
    models: {
      first: [
        firstGenerationModel({ name: 'host-untrained', baselineModel: 'yolov8n', ...slices }),
        firstGenerationModel({
          name: 'host-trained',
          baselineModel: 'yolov8s',
          isTrained: true,
          trainedAt: now(),
          trainingClasses: classes(0.71, 0.58),
          ...slices,
        }),
        firstGenerationModel({
          name: 'host-pinned',
          baselineModel: 'yolov8m',
          isTrained: true,
          trainedAt: now(),
          isPinned: true,
          trainingClasses: classes(0.82, 0.66),
          ...slices,
          meta: { epochs: 50 },
        }),
      ],
      newer: [
        newerModel({ name: 'host-pending', ...sliceIds }),
        newerModel({
          name: 'host-completed',
          status: 'COMPLETED',
          completedAt: now(),
          scoreKey: 'mAP50',
          scoreValue: 0.74,
          scoreUnit: '%',
          trainingAnnotations: annotations,
          trainDataCount: 1200,
          validationDataCount: 300,
          ...sliceIds,
        }),
        newerModel({
          name: 'host-pinned',
          status: 'COMPLETED',
          completedAt: now(),
          isPinned: true,
          scoreKey: 'mAP50',
          scoreValue: 0.81,
          scoreUnit: '%',
          trainingAnnotations: annotations,
          trainingParameters: { epochs: 80, lr: 0.01 },
          ...sliceIds,
        }),
      ],
    },
  };
}

// ---- list helpers: must/not filters, newest first, offset cursors --------------------------------------------

const MATCHERS: Record<string, (row: Row, value: unknown) => boolean> = {
  idIn: (row, ids) => (ids as string[]).includes(row.id),
  nameContains: (row, text) => String(row['name']).toLowerCase().includes(String(text).toLowerCase()),
  isPinned: (row, flag) => row['isPinned'] === flag,
  isTrained: (row, flag) => row['isTrained'] === flag,
  statusIn: (row, values) => (values as unknown[]).includes(row['status']),
  taskTypeIn: (row, values) => (values as unknown[]).includes(row['taskType']),
  createdByIn: (row, values) => (values as unknown[]).includes(row['createdBy']),
  scoreKeyIn: (row, values) => (values as unknown[]).includes(row['scoreKey']),
};

const conditions = (options: unknown) =>
  Object.entries((options ?? {}) as Args).filter(([, value]) => value !== null && value !== undefined);

function matches(row: Row, filter: unknown): boolean {
  const { must, not } = (filter ?? {}) as { must?: unknown; not?: unknown };
  return (
    conditions(must).every(([key, value]) => MATCHERS[key]?.(row, value) ?? true) &&
    !conditions(not).some(([key, value]) => MATCHERS[key]?.(row, value) ?? false)
  );
}

/** One page of `rows` (of the dataset `args.datasetId`, when given) matching `args.filter`. */
function page(rows: Row[], args: Args, key: string) {
  const inDataset =
    args['datasetId'] === undefined ? rows : rows.filter((row) => row['datasetId'] === args['datasetId']);
  const matching = inDataset.filter((row) => matches(row, args['filter']));
  const order = args['orderBy'] as { field: string; direction: 'ASC' | 'DESC' } | null | undefined;
  const field = order?.field ?? 'createdAt';
  const sign = order?.direction === 'ASC' ? 1 : -1;
  matching.sort((a, b) => sign * JSON.stringify(a[field] ?? '').localeCompare(JSON.stringify(b[field] ?? '')));
  const start = Number(args['cursor'] ?? 0);
  const length = Math.min(Number(args['length'] ?? 10), 50);
  const next = start + length < matching.length ? String(start + length) : null;
  return { [key]: matching.slice(start, start + length), next, totalCount: matching.length };
}

function findIn(rows: Row[], id: unknown, what: string): Row {
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound(what, id);
  return row;
}

const defined = (args: Args, skip: string[]) =>
  Object.fromEntries(Object.entries(args).filter(([key, value]) => value !== undefined && !skip.includes(key)));

// ---- resolvers ---------------------------------------------------------------------------------------------------

type Resolver = (parent: Row, args: Args, catalog: StubCatalog) => unknown;

const datasetsAndSlices: Record<string, Record<string, Resolver>> = {
  Query: {
    datasets: (_p, args, c) => page(c.datasets, args, 'datasets'),
    dataset: (_p, { datasetId, name }, c) =>
      c.datasets.find((d) => d.id === datasetId || (datasetId == null && d['name'] === name)) ?? null,
    slices: (_p, args, c) => page(c.slices, args, 'slices'),
    slice: (_p, { id, name }, c) => c.slices.find((s) => s.id === id || (id == null && s['name'] === name)) ?? null,
  },
  Mutation: {
    createDataset: (_p, args, c) => {
      const createdAt = now();
      const dataset = {
        id: nextId('ds'),
        description: null,
        ...args,
        createdAt,
        createdBy: CREATED_BY,
        updatedAt: createdAt,
        updatedBy: CREATED_BY,
      };
      c.datasets.push(dataset);
      return dataset;
    },
    createSlice: (_p, args, c) => {
      const created = { ...slice(String(args['name']), 0), ...args };
      c.slices.push(created);
      return created;
    },
  },
};

const write = (row: Row, values: Args) => Object.assign(row, values, { updatedAt: now(), updatedBy: CREATED_BY });

export const firstGenerationResolvers = {
  Query: {
    ...datasetsAndSlices['Query'],
    models: (_p: Row, args: Args, c: StubCatalog) => page(c.models.first, args, 'models'),
    model: (_p: Row, { id }: Args, c: StubCatalog) => findIn(c.models.first, id, 'Model'),
  },
  Mutation: {
    ...datasetsAndSlices['Mutation'],
    createModel: (_p: Row, args: Args, c: StubCatalog) => {
      const model = firstGenerationModel(defined(args, []));
      c.models.first.push(model);
      return model;
    },
    updateModel: (_p: Row, args: Args, c: StubCatalog) =>
      write(findIn(c.models.first, args['id'], 'Model'), defined(args, ['id', 'datasetId'])),
    pinModel: (_p: Row, { id }: Args, c: StubCatalog) => write(findIn(c.models.first, id, 'Model'), { isPinned: true }),
    unpinModel: (_p: Row, { id }: Args, c: StubCatalog) =>
      write(findIn(c.models.first, id, 'Model'), { isPinned: false }),
    deleteModel: (_p: Row, { id }: Args, c: StubCatalog) => {
      findIn(c.models.first, id, 'Model');
      c.models.first = c.models.first.filter((m) => m.id !== id);
      return true;
    },
  },
  Model: {
    trainingSlices: (m: Row, _a: Args, c: StubCatalog) =>
      c.slices.filter((s) => (m['trainingSliceIds'] as string[]).includes(s.id)),
    validationSlices: (m: Row, _a: Args, c: StubCatalog) =>
      c.slices.filter((s) => (m['validationSliceIds'] as string[]).includes(s.id)),
    modelContent: (m: Row) => (m['modelContentId'] ? { id: m['modelContentId'], downloadURL: null } : null),
  },
};

function setStatus(model: Row, values: Args): Args {
  if (values['status'] === undefined || values['status'] === model['status']) return values;
  return { ...values, completedAt: values['status'] === 'COMPLETED' ? now() : null };
}

export const newerApiResolvers = {
  Query: {
    ...datasetsAndSlices['Query'],
    models: (_p: Row, args: Args, c: StubCatalog) => page(c.models.newer, args, 'models'),
    model: (_p: Row, { modelId, name }: Args, c: StubCatalog) =>
      (modelId != null
        ? c.models.newer.find((m) => m.id === modelId)
        : c.models.newer.find((m) => m['name'] === name)) ?? null,
    diagnoses: () => ({ diagnoses: [], next: null, totalCount: 0 }),
    diagnosis: () => null,
  },
  Mutation: {
    ...datasetsAndSlices['Mutation'],
    createModel: (_p: Row, args: Args, c: StubCatalog) => {
      const model = newerModel(defined(args, []));
      c.models.newer.push(model);
      return model;
    },
    updateModel: (_p: Row, args: Args, c: StubCatalog) => {
      const model = findIn(c.models.newer, args['modelId'], 'Model');
      return write(model, setStatus(model, defined(args, ['modelId', 'datasetId'])));
    },
    deleteModel: (_p: Row, { modelId }: Args, c: StubCatalog) => {
      findIn(c.models.newer, modelId, 'Model');
      c.models.newer = c.models.newer.filter((m) => m.id !== modelId);
      return true;
    },
    createTrainingReportItem: (_p: Row, { modelId, datasetId: _d, ...item }: Args, c: StubCatalog) => {
      const model = findIn(c.models.newer, modelId, 'Model');
      const createdAt = now();
      const row = {
        id: nextId('item'),
        modelId,
        contentId: null,
        description: null,
        ...item,
        createdAt,
        updatedAt: createdAt,
        createdBy: CREATED_BY,
        updatedBy: CREATED_BY,
      };
      return write(model, { trainingReport: [...(model['trainingReport'] as Row[]), row] });
    },
    deleteTrainingReportItem: (_p: Row, { modelId, trainingReportItemId }: Args, c: StubCatalog) => {
      const model = findIn(c.models.newer, modelId, 'Model');
      return write(model, {
        trainingReport: (model['trainingReport'] as Row[]).filter((i) => i.id !== trainingReportItemId),
      });
    },
  },
  Dataset: {
    sliceCount: (d: Row, _a: Args, c: StubCatalog) => c.slices.filter((s) => s['datasetId'] === d.id).length,
    dataCount: () => null,
  },
};
