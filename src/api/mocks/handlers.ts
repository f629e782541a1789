import { graphql, http, HttpResponse, type GraphQLResponseBody } from 'msw';
import type {
  CreateModelMutation,
  CreateModelMutationVariables,
  CreateSliceMutation,
  CreateSliceMutationVariables,
  DatasetActivityQuery,
  DatasetActivityQueryVariables,
  DatasetDetailQuery,
  DatasetDetailQueryVariables,
  DatasetsListQuery,
  DatasetsListQueryVariables,
  DeleteModelMutation,
  DeleteModelMutationVariables,
  ModelDetailQuery,
  ModelDetailQueryVariables,
  ModelHistoryQuery,
  ModelHistoryQueryVariables,
  ModelsByIdsQuery,
  ModelsByIdsQueryVariables,
  ModelsListQuery,
  ModelsListQueryVariables,
  ModelTrainClassInput,
  PinModelMutation,
  PinModelMutationVariables,
  SlicesListQuery,
  SlicesListQueryVariables,
  UnpinModelMutation,
  UnpinModelMutationVariables,
  UpdateModelMutation,
  UpdateModelMutationVariables,
} from '../gql/graphql';
import { CAPABILITIES_URL, type Capabilities } from '../capabilities';
import type { ModelDetail } from '../models';
import { LOCAL_CAPABILITIES } from '../schemas';
import { buildModel, buildSlice } from './factories';
import { filterModels, mockDb, page } from './db';
import { reportHandlers } from './reports';
import { diagnosisHandlers } from './diagnoses';

/** A GraphQL error as the server sends it: top-level `code`, mirrored in extensions. */
export function errorResponse(code: string, message: string, field?: string) {
  const body = { errors: [{ message, code, extensions: { code, ...(field ? { field } : {}) } }], data: null };
  // msw's error type has no top-level `code`, which our server (and the SDK) use.
  return HttpResponse.json<GraphQLResponseBody<never>>(body);
}

const notFound = (what: string, id: string) => errorResponse('NOT_FOUND', `${what} ${id} not found`);

function findModel(datasetId: string, id: string) {
  return mockDb.models.find((m) => m.datasetId === datasetId && m.id === id);
}

function setPinned(datasetId: string, id: string, pinned: boolean): ModelDetail | undefined {
  const model = findModel(datasetId, id);
  if (model) model.isPinned = pinned;
  return model;
}

/** Generated input types allow a single value where GraphQL coerces it to a list. */
const asList = <T>(value: T | T[] | null | undefined): T[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

const slicesById = (ids: string | string[]) => mockDb.slices.filter((s) => asList(ids).includes(s.id));

const toTrainClasses = (input: ModelTrainClassInput | ModelTrainClassInput[] | null | undefined) =>
  asList(input).map((c) => ({
    class: c.class,
    annotationType: c.annotationType ?? null,
    ap: c.ap ?? null,
    trainingAnnotationsCount: c.trainingAnnotationsCount ?? null,
    validationAnnotationsCount: c.validationAnnotationsCount ?? null,
  }));

/** A first-generation isTrained write by the one-record rules (README "API generations"). */
const trainedStatus = (model: ModelDetail, isTrained: boolean): ModelDetail['status'] =>
  isTrained ? 'COMPLETED' : model.status === 'COMPLETED' ? 'PENDING' : model.status;

/**
 * /auth/session as a server with one access key answers it (tests: `server.use(...sessionHandlers(key))`).
 * Without a key: no sign-in needed, as on a local server without keys.
 */
export function sessionHandlers(key?: { accessKey: string; accessKeySecret: string }) {
  let signedIn: string | null = null;
  const session = () =>
    HttpResponse.json({ required: !!key, authenticated: !key || signedIn !== null, accessKey: signedIn });
  return [
    http.get('/auth/session', session),
    http.post('/auth/session', async ({ request }) => {
      const body = (await request.json()) as { accessKey?: unknown; accessKeySecret?: unknown };
      if (!key)
        return HttpResponse.json(
          { errors: [{ message: 'Nothing to sign in to', code: 'BAD_REQUEST' }] },
          { status: 400 },
        );
      if (body.accessKey !== key.accessKey || body.accessKeySecret !== key.accessKeySecret) {
        const code = 'UNAUTHENTICATED';
        return HttpResponse.json(
          { errors: [{ message: 'The access key or secret is wrong.', code, extensions: { code } }] },
          { status: 401 },
        );
      }
      signedIn = key.accessKey;
      return session();
    }),
    http.delete('/auth/session', () => {
      signedIn = null;
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/** GET /api/capabilities (tests: `server.use(capabilitiesHandler({ mode: 'proxy', ... }))`); default: the local catalog. */
export const capabilitiesHandler = (capabilities: Capabilities = LOCAL_CAPABILITIES) =>
  http.get(CAPABILITIES_URL, () => HttpResponse.json(capabilities));

export const handlers = [
  ...sessionHandlers(),
  capabilitiesHandler(),
  ...reportHandlers,
  ...diagnosisHandlers,
  graphql.query<DatasetsListQuery, DatasetsListQueryVariables>('DatasetsList', ({ variables }) => {
    const { items, next, totalCount } = page(mockDb.datasets, variables.cursor, variables.length);
    return HttpResponse.json({ data: { datasets: { datasets: items, next, totalCount } } });
  }),

  graphql.query<ModelHistoryQuery, ModelHistoryQueryVariables>('ModelHistory', ({ variables }) => {
    const events = mockDb.history.filter((e) => e.datasetId === variables.datasetId && e.modelId === variables.modelId);
    const { items, next, totalCount } = page(events, variables.cursor, variables.length);
    return HttpResponse.json({ data: { modelHistory: { events: items, next, totalCount } } });
  }),

  graphql.query<DatasetActivityQuery, DatasetActivityQueryVariables>('DatasetActivity', ({ variables }) => {
    const events = mockDb.history.filter((e) => e.datasetId === variables.datasetId);
    const { items, next, totalCount } = page(events, variables.cursor, variables.length);
    return HttpResponse.json({ data: { datasetActivity: { events: items, next, totalCount } } });
  }),

  graphql.query<DatasetDetailQuery, DatasetDetailQueryVariables>('DatasetDetail', ({ variables }) => {
    const dataset = mockDb.datasets.find((d) => d.id === variables.datasetId);
    return dataset ? HttpResponse.json({ data: { dataset } }) : notFound('Dataset', variables.datasetId);
  }),

  graphql.query<SlicesListQuery, SlicesListQueryVariables>('SlicesList', ({ variables }) => {
    const slices = mockDb.slices.filter((s) => s.datasetId === variables.datasetId);
    const { items, next, totalCount } = page(slices, variables.cursor, variables.length);
    return HttpResponse.json({ data: { slices: { slices: items, next, totalCount } } });
  }),

  graphql.mutation<CreateSliceMutation, CreateSliceMutationVariables>('CreateSlice', ({ variables }) => {
    const slice = buildSlice({
      datasetId: variables.datasetId,
      name: variables.name.trim(),
      description: variables.description ?? null,
      dataCount: variables.dataCount ?? null,
    });
    mockDb.slices.push(slice);
    return HttpResponse.json({ data: { createSlice: slice } });
  }),

  graphql.query<ModelsListQuery, ModelsListQueryVariables>('ModelsList', ({ variables }) => {
    const matches = filterModels(variables.datasetId, variables.filter, variables.orderBy);
    const { items, next, totalCount } = page(matches, variables.cursor, variables.length);
    return HttpResponse.json({ data: { models: { models: items, next, totalCount } } });
  }),

  graphql.query<ModelDetailQuery, ModelDetailQueryVariables>('ModelDetail', ({ variables }) => {
    const model = findModel(variables.datasetId, variables.modelId);
    return model ? HttpResponse.json({ data: { model } }) : notFound('Model', variables.modelId);
  }),

  graphql.query<ModelsByIdsQuery, ModelsByIdsQueryVariables>('ModelsByIds', ({ variables }) => {
    const matches = filterModels(variables.datasetId, { must: { idIn: [variables.ids].flat() } });
    return HttpResponse.json({ data: { models: { models: matches.slice(0, variables.length ?? undefined) } } });
  }),

  graphql.mutation<CreateModelMutation, CreateModelMutationVariables>('CreateModel', ({ variables }) => {
    const { trainingSliceIds, validationSliceIds, modelContentId, trainingClasses, ...fields } = variables;
    const model = buildModel({
      ...fields,
      baselineModel: fields.baselineModel ?? null,
      taskType: fields.taskType ?? null,
      status: fields.isTrained ? 'COMPLETED' : 'PENDING',
      completedAt: fields.isTrained ? (fields.trainedAt ?? new Date().toISOString()) : null,
      trainSliceId: asList(trainingSliceIds)[0] ?? null,
      validationSliceId: asList(validationSliceIds)[0] ?? null,
      name: fields.name.trim(),
      description: fields.description ?? null,
      isPinned: fields.isPinned ?? false,
      isTrained: fields.isTrained ?? false,
      trainedAt: fields.trainedAt ?? null,
      meta: fields.meta ?? null,
      createdAt: new Date().toISOString(),
      modelContent: modelContentId ? { id: modelContentId, downloadURL: null } : null,
      trainingClasses: toTrainClasses(trainingClasses),
      trainingSlices: slicesById(trainingSliceIds),
      validationSlices: slicesById(validationSliceIds),
    });
    mockDb.models.push(model);
    return HttpResponse.json({ data: { createModel: model } });
  }),

  graphql.mutation<UpdateModelMutation, UpdateModelMutationVariables>('UpdateModel', ({ variables }) => {
    const { datasetId, id, modelContentId, trainingClasses, trainSliceId, validationSliceId, ...fields } = variables;
    const model = findModel(datasetId, id);
    if (!model) return notFound('Model', id);
    if (fields.isTrained !== undefined && fields.status !== undefined)
      return errorResponse('BAD_REQUEST', 'Give isTrained or status, not both', 'status');
    const status = fields.status ?? (fields.isTrained == null ? model.status : trainedStatus(model, fields.isTrained));
    const completedAt =
      status === model.status ? model.completedAt : status === 'COMPLETED' ? new Date().toISOString() : null;
    Object.assign(model, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), {
      status,
      isTrained: status === 'COMPLETED',
      completedAt: fields.trainedAt !== undefined ? fields.trainedAt : completedAt,
    });
    model.trainedAt = model.completedAt;
    if (trainSliceId !== undefined) {
      model.trainSliceId = trainSliceId;
      model.trainingSlices = trainSliceId ? slicesById(trainSliceId) : [];
    }
    if (validationSliceId !== undefined) {
      model.validationSliceId = validationSliceId;
      model.validationSlices = validationSliceId ? slicesById(validationSliceId) : [];
    }
    if (modelContentId !== undefined)
      model.modelContent = modelContentId ? { id: modelContentId, downloadURL: null } : null;
    if (trainingClasses !== undefined) model.trainingClasses = toTrainClasses(trainingClasses);
    model.updatedAt = new Date().toISOString();
    return HttpResponse.json({ data: { updateModel: model } });
  }),

  graphql.mutation<PinModelMutation, PinModelMutationVariables>('PinModel', ({ variables }) => {
    const model = setPinned(variables.datasetId, variables.id, true);
    return model ? HttpResponse.json({ data: { pinModel: model } }) : notFound('Model', variables.id);
  }),

  graphql.mutation<UnpinModelMutation, UnpinModelMutationVariables>('UnpinModel', ({ variables }) => {
    const model = setPinned(variables.datasetId, variables.id, false);
    return model ? HttpResponse.json({ data: { unpinModel: model } }) : notFound('Model', variables.id);
  }),

  graphql.mutation<DeleteModelMutation, DeleteModelMutationVariables>('DeleteModel', ({ variables }) => {
    const model = findModel(variables.datasetId, variables.id);
    if (!model) return notFound('Model', variables.id);
    mockDb.models = mockDb.models.filter((m) => m !== model);
    return HttpResponse.json({ data: { deleteModel: true } });
  }),
];
