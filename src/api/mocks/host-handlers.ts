// A proxied Superb AI host of one generation, for page tests (README "Dashboard for a Superb AI host (proxy)"):
// `server.use(...hostHandlers('newer'))`, or `hostHandlers('newer', 'v1.4.0')` for a host of that newer-API release.
// The capabilities say what the proxy detected; that generation's documents are answered from mockDb, and a document
// the host's schema (the stub upstreams', server/test-kit/stub-schemas.ts) does not validate, or any other model
// document, gets the validation error such a host sends, so a page that sent one would show it.
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { graphql, HttpResponse, type GraphQLResponseBody } from 'msw';
import { FIRST_GENERATION_SDL, newerApiSdl, type NewerApiRelease } from '../../../server/test-kit/stub-schemas';
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
import type { Capabilities, NewerApiFeature } from '../schemas';

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
function rejected(messages: string[]) {
  const code = 'GRAPHQL_VALIDATION_FAILED';
  const body = { errors: messages.map((message) => ({ message, code, extensions: { code } })) };
  // msw's error type has no top-level `code`, which hosts (and the SDK) use.
  return HttpResponse.json<GraphQLResponseBody<never>>(body, { status: 400 });
}

const schemas = new Map<string, GraphQLSchema>();
const schemaOf = (sdl: string) => schemas.get(sdl) ?? schemas.set(sdl, buildSchema(sdl)).get(sdl)!;

/** Rejects, as the host would, a document its schema does not validate; passes any other on. */
const validatedBy = (sdl: string) =>
  graphql.operation(({ query }) => {
    const errors = validate(schemaOf(sdl), parse(query));
    return errors.length > 0 ? rejected(errors.map((e) => e.message)) : undefined;
  });

/** `value` with only what `selection` selects, as a GraphQL server answers (mockDb's models hold every field). */
function selected(
  value: unknown,
  selection: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => selected(item, selection, fragments));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const answer: Record<string, unknown> = {};
  for (const node of selection.selections) {
    const set =
      node.kind === Kind.FIELD
        ? undefined
        : node.kind === Kind.INLINE_FRAGMENT
          ? node.selectionSet
          : fragments.get(node.name.value)?.selectionSet;
    if (set) Object.assign(answer, selected(value, set, fragments));
    if (node.kind !== Kind.FIELD) continue;
    const field = source[node.name.value];
    answer[node.alias?.value ?? node.name.value] = node.selectionSet
      ? selected(field, node.selectionSet, fragments)
      : field;
  }
  return answer;
}

/** A host's answer to `query`: `data` trimmed to what the query selects. */
function answer<T extends Record<string, unknown>>(query: string, data: T) {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return HttpResponse.json<GraphQLResponseBody<T>>({
    data: operation ? (selected(data, operation.selectionSet, fragments) as T) : data,
  });
}

/** What the proxy finds a host of each newer-API release to have (docs/api/newer-api.md §3.6, §6.4). */
const NEWER_FEATURES: Record<NewerApiRelease, Pick<Capabilities, NewerApiFeature>> = {
  'v1.4.0': { contents: false, trainingAnnotations: false, trainingReports: false, diagnoses: false },
  'v1.6.1': { contents: true, trainingAnnotations: true, trainingReports: true, diagnoses: false },
  'v1.9.0': { contents: true, trainingAnnotations: true, trainingReports: true, diagnoses: true },
};
const NO_FEATURES: Pick<Capabilities, NewerApiFeature> = {
  contents: false,
  trainingAnnotations: false,
  trainingReports: false,
  diagnoses: false,
};

const list = <T>(value: T | T[] | null | undefined): T[] => (value == null ? [] : ([value].flat() as T[]));

const newerHandlers = [
  graphql.query<ModelsListNewerQuery, ModelsListNewerQueryVariables>('ModelsListNewer', ({ query, variables }) => {
    const { must, not } = variables.filter ?? {};
    const completed = (statuses: unknown) => list(statuses as string[] | null).includes('COMPLETED');
    const models = filterModels(variables.datasetId, {
      must: { ...must, statusIn: undefined, ...(completed(must?.statusIn) && { isTrained: true }) },
      not: { ...not, statusIn: undefined, ...(completed(not?.statusIn) && { isTrained: true }) },
    });
    const start = Number(variables.cursor ?? 0);
    const length = variables.length ?? 10;
    const next = start + length < models.length ? String(start + length) : null;
    return answer(query, {
      models: { models: models.slice(start, start + length), next, totalCount: models.length },
    });
  }),
  graphql.query<ModelDetailNewerQuery, ModelDetailNewerQueryVariables>('ModelDetailNewer', ({ query, variables }) =>
    answer(query, { model: mockDb.models.find((m) => m.id === variables.modelId) ?? null }),
  ),
  graphql.mutation<CreateModelNewerMutation, CreateModelNewerMutationVariables>(
    'CreateModelNewer',
    ({ query, variables }) => {
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
      return answer(query, { createModel: model });
    },
  ),
  graphql.mutation<UpdateModelNewerMutation, UpdateModelNewerMutationVariables>(
    'UpdateModelNewer',
    ({ query, variables }) => {
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
      return answer(query, { updateModel: model });
    },
  ),
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

/**
 * A host of `generation`; for the newer API, of `release` (default v1.6.1: everything but diagnoses, which the
 * dashboard's evaluations read through their own documents).
 */
export function hostHandlers(generation: HostGeneration, release: NewerApiRelease = 'v1.6.1') {
  const accepted = new Set([...OPERATIONS[generation], 'DatasetsList', 'DatasetDetail', 'SlicesList', 'CreateSlice']);
  const newer = generation === 'newer';
  return [
    capabilitiesHandler({
      mode: 'proxy',
      firstGeneration: !newer,
      newerGeneration: newer,
      ...(newer ? NEWER_FEATURES[release] : NO_FEATURES),
      history: false,
      hostApi: newer ? 'NEW' : 'OLD',
    }),
    validatedBy(newer ? newerApiSdl(release) : FIRST_GENERATION_SDL),
    ...(newer ? newerHandlers : firstGenerationHandlers),
    graphql.operation(({ operationName }) =>
      accepted.has(operationName) ? undefined : rejected([`Cannot query field "${operationName}" on type "Model".`]),
    ),
  ];
}
