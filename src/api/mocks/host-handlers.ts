// A proxied Superb AI host of one generation, for page tests (README "Dashboard for a Superb AI host (proxy)"):
// `server.use(...hostHandlers('newer'))`. The capabilities say what the proxy detected; that generation's documents
// are answered from mockDb, and every other model document gets the validation error such a host sends, so a
// page that sent one would show it.
import { graphql, HttpResponse, type GraphQLResponseBody } from 'msw';
import type {
  CreateModelFirstGenerationMutation,
  CreateModelFirstGenerationMutationVariables,
  CreateModelNewerMutation,
  CreateModelNewerMutationVariables,
  DeleteModelNewerMutation,
  DeleteModelNewerMutationVariables,
  ModelDetailFirstGenerationQuery,
  ModelDetailFirstGenerationQueryVariables,
  ModelDetailNewerQuery,
  ModelDetailNewerQueryVariables,
  ModelsListFirstGenerationQuery,
  ModelsListFirstGenerationQueryVariables,
  ModelsListNewerQuery,
  ModelsListNewerQueryVariables,
  TrainingAnnotationsInput,
  UpdateModelNewerMutation,
  UpdateModelNewerMutationVariables,
} from '../gql/graphql';
import { filterModels, mockDb } from './db';
import { buildModel } from './factories';
import { capabilitiesHandler, errorResponse } from './handlers';

type HostGeneration = 'first' | 'newer';

const OPERATIONS: Record<HostGeneration | 'both', string[]> = {
  both: ['ModelsList', 'ModelDetail', 'ModelsByIds', 'CreateModel', 'UpdateModel', 'PinModel', 'UnpinModel'],
  first: [
    'ModelsListFirstGeneration',
    'ModelDetailFirstGeneration',
    'ModelsByIdsFirstGeneration',
    'CreateModelFirstGeneration',
    'UpdateModelFirstGeneration',
    'PinModelFirstGeneration',
    'UnpinModelFirstGeneration',
    'DeleteModel',
  ],
  newer: ['ModelsListNewer', 'ModelDetailNewer', 'CreateModelNewer', 'UpdateModelNewer', 'DeleteModelNewer'],
};

/** What a host answers a document with a field it does not have (docs/api/newer-api.md §6.1). */
function rejected(operationName: string) {
  const code = 'GRAPHQL_VALIDATION_FAILED';
  const body = {
    errors: [{ message: `Cannot query field "${operationName}" on type "Model".`, code, extensions: { code } }],
  };
  // msw's error type has no top-level `code`, which hosts (and the SDK) use.
  return HttpResponse.json<GraphQLResponseBody<never>>(body, { status: 400 });
}

const list = <T>(value: T | T[] | null | undefined): T[] => (value == null ? [] : ([value].flat() as T[]));

const newerHandlers = [
  graphql.query<ModelsListNewerQuery, ModelsListNewerQueryVariables>('ModelsListNewer', ({ variables }) => {
    const { must, not } = variables.filter ?? {};
    const completed = (statuses: unknown) => list(statuses as string[] | null).includes('COMPLETED');
    const models = filterModels(variables.datasetId, {
      must: { ...must, statusIn: undefined, ...(completed(must?.statusIn) && { isTrained: true }) },
      not: { ...not, statusIn: undefined, ...(completed(not?.statusIn) && { isTrained: true }) },
    });
    const start = Number(variables.cursor ?? 0);
    const length = variables.length ?? 10;
    const next = start + length < models.length ? String(start + length) : null;
    return HttpResponse.json({
      data: { models: { models: models.slice(start, start + length), next, totalCount: models.length } },
    });
  }),
  graphql.query<ModelDetailNewerQuery, ModelDetailNewerQueryVariables>('ModelDetailNewer', ({ variables }) =>
    HttpResponse.json({ data: { model: mockDb.models.find((m) => m.id === variables.modelId) ?? null } }),
  ),
  graphql.mutation<CreateModelNewerMutation, CreateModelNewerMutationVariables>('CreateModelNewer', ({ variables }) => {
    const model = buildModel({
      datasetId: variables.datasetId,
      name: variables.name,
      baselineModel: null,
      taskType: variables.taskType,
      isPinned: variables.isPinned ?? false,
      trainingParameters: variables.trainingParameters ?? null,
      trainingAnnotations: list<TrainingAnnotationsInput>(variables.trainingAnnotations).map((a) => ({
        className: a.className ?? '',
        annotationType: a.annotationType ?? null,
        trainCount: a.trainCount ?? null,
        validationCount: a.validationCount ?? null,
      })),
    });
    mockDb.models.push(model);
    return HttpResponse.json({ data: { createModel: model } });
  }),
  graphql.mutation<UpdateModelNewerMutation, UpdateModelNewerMutationVariables>('UpdateModelNewer', ({ variables }) => {
    const model = mockDb.models.find((m) => m.id === variables.modelId);
    if (!model) return errorResponse('NOT_FOUND', `Model ${variables.modelId} not found`);
    const { name, description, status, isPinned } = variables;
    Object.assign(model, {
      ...(name != null && { name }),
      ...(description !== undefined && { description }),
      ...(isPinned != null && { isPinned }),
      ...(status != null && { status, isTrained: status === 'COMPLETED' }),
      updatedAt: new Date().toISOString(),
    });
    return HttpResponse.json({ data: { updateModel: model } });
  }),
  graphql.mutation<DeleteModelNewerMutation, DeleteModelNewerMutationVariables>('DeleteModelNewer', ({ variables }) => {
    mockDb.models = mockDb.models.filter((m) => m.id !== variables.modelId);
    return HttpResponse.json({ data: { deleteModel: true } });
  }),
];

// The first generation's documents read and write what the local catalog's do (./handlers), minus newer fields.
const firstGenerationHandlers = [
  graphql.query<ModelsListFirstGenerationQuery, ModelsListFirstGenerationQueryVariables>(
    'ModelsListFirstGeneration',
    ({ variables }) => {
      const models = filterModels(variables.datasetId, variables.filter);
      const start = Number(variables.cursor ?? 0);
      const length = variables.length ?? 10;
      const next = start + length < models.length ? String(start + length) : null;
      return HttpResponse.json({
        data: { models: { models: models.slice(start, start + length), next, totalCount: models.length } },
      });
    },
  ),
  graphql.query<ModelDetailFirstGenerationQuery, ModelDetailFirstGenerationQueryVariables>(
    'ModelDetailFirstGeneration',
    ({ variables }) => {
      const model = mockDb.models.find((m) => m.id === variables.modelId);
      return model ? HttpResponse.json({ data: { model } }) : errorResponse('NOT_FOUND', 'Model not found');
    },
  ),
  graphql.mutation<CreateModelFirstGenerationMutation, CreateModelFirstGenerationMutationVariables>(
    'CreateModelFirstGeneration',
    ({ variables }) => {
      const model = buildModel({
        datasetId: variables.datasetId,
        name: variables.name,
        baselineModel: variables.baselineModel,
      });
      mockDb.models.push(model);
      return HttpResponse.json({ data: { createModel: model } });
    },
  ),
];

export function hostHandlers(generation: HostGeneration) {
  const accepted = new Set([...OPERATIONS[generation], 'DatasetsList', 'DatasetDetail', 'SlicesList', 'CreateSlice']);
  return [
    capabilitiesHandler({
      mode: 'proxy',
      firstGeneration: generation === 'first',
      newerGeneration: generation === 'newer',
      trainingReports: generation === 'newer',
      history: false,
      diagnoses: false,
      hostApi: generation === 'first' ? 'OLD' : 'NEW',
    }),
    ...(generation === 'first' ? firstGenerationHandlers : newerHandlers),
    graphql.operation(({ operationName }) => (accepted.has(operationName) ? undefined : rejected(operationName))),
  ];
}
