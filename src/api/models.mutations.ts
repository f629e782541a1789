import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type { CreateModelMutationVariables, UpdateModelMutationVariables } from './gql/graphql';
import { isAllPagesKey, modelKeys, type ModelDetail } from './models';
import {
  createFirstGenerationModel,
  setFirstGenerationModelPinned,
  updateFirstGenerationModel,
} from './models.first-generation';
import { requestWithout, withLackedFields } from './host-fields';
import { modelDocuments } from './models.generation';
import {
  createNewerModel,
  deleteNewerModel,
  setNewerModelPinned,
  updateNewerModel,
  type NewerModelInput,
} from './models.newer';
import type { ModelsPageData } from './models.queries';
import { sliceQueries } from './slices';

const CreateModelDoc = graphql(`
  mutation CreateModel(
    $datasetId: ID!
    $name: String!
    $description: String
    $baselineModel: String
    $trainingClasses: [ModelTrainClassInput!]
    $trainingSliceIds: [ID!]!
    $validationSliceIds: [ID!]!
    $modelContentId: String
    $isTrained: Boolean
    $trainedAt: DateTime
    $isPinned: Boolean
    $meta: JSONObject
    $taskType: ModelTaskType
    $customDagId: String
    $trainingParameters: JSONObject
    $scoreKey: String
    $scoreValue: Float
    $scoreUnit: String
  ) {
    createModel(
      datasetId: $datasetId
      name: $name
      description: $description
      baselineModel: $baselineModel
      trainingClasses: $trainingClasses
      trainingSliceIds: $trainingSliceIds
      validationSliceIds: $validationSliceIds
      modelContentId: $modelContentId
      isTrained: $isTrained
      trainedAt: $trainedAt
      isPinned: $isPinned
      meta: $meta
      taskType: $taskType
      customDagId: $customDagId
      trainingParameters: $trainingParameters
      scoreKey: $scoreKey
      scoreValue: $scoreValue
      scoreUnit: $scoreUnit
    ) {
      ...ModelDetailFields
      ...ModelTrainingFields
    }
  }
`);

const UpdateModelDoc = graphql(`
  mutation UpdateModel(
    $datasetId: ID!
    $id: ID!
    $name: String
    $description: String
    $trainingClasses: [ModelTrainClassInput!]
    $modelContentId: String
    $isTrained: Boolean
    $trainedAt: DateTime
    $meta: JSONObject
    $status: ModelStatus
    $taskType: ModelTaskType
    $customDagId: String
    $trainingParameters: JSONObject
    $scoreKey: String
    $scoreValue: Float
    $scoreUnit: String
    $trainSliceId: ID
    $validationSliceId: ID
  ) {
    updateModel(
      datasetId: $datasetId
      id: $id
      name: $name
      description: $description
      trainingClasses: $trainingClasses
      modelContentId: $modelContentId
      isTrained: $isTrained
      trainedAt: $trainedAt
      meta: $meta
      status: $status
      taskType: $taskType
      customDagId: $customDagId
      trainingParameters: $trainingParameters
      scoreKey: $scoreKey
      scoreValue: $scoreValue
      scoreUnit: $scoreUnit
      trainSliceId: $trainSliceId
      validationSliceId: $validationSliceId
    ) {
      ...ModelDetailFields
      ...ModelTrainingFields
    }
  }
`);

const PinModelDoc = graphql(`
  mutation PinModel($datasetId: ID!, $id: ID!) {
    pinModel(datasetId: $datasetId, id: $id) {
      ...ModelDetailFields
      ...ModelTrainingFields
    }
  }
`);

const UnpinModelDoc = graphql(`
  mutation UnpinModel($datasetId: ID!, $id: ID!) {
    unpinModel(datasetId: $datasetId, id: $id) {
      ...ModelDetailFields
      ...ModelTrainingFields
    }
  }
`);

const DeleteModelDoc = graphql(`
  mutation DeleteModel($datasetId: ID!, $id: ID!) {
    deleteModel(datasetId: $datasetId, id: $id)
  }
`);

/**
 * After any model write: put the returned model in the detail cache, then refetch what may have changed. The
 * refetch is not awaited: the write is done when the server answers, so a form moves on to the model's page
 * (drawn from the answer) without waiting for the lists behind it.
 */
function useModelWritten() {
  const queryClient = useQueryClient();
  return {
    written: (model: ModelDetail) => queryClient.setQueryData(modelKeys.detail(model.datasetId, model.id), model),
    settled: () => void queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  };
}

/** Options of the write hooks; forms pass `meta: { handlesErrors: true }` to show errors on their fields. */
export interface WriteOptions {
  meta?: { handlesErrors?: boolean };
}

// Each writer below sends the documents the server understands (./models.generation).

export type CreateModelInput = CreateModelMutationVariables & NewerModelInput;
export type UpdateModelInput = UpdateModelMutationVariables & NewerModelInput;

async function createModel(client: QueryClient, variables: CreateModelInput): Promise<ModelDetail> {
  const { generation, lacking } = await modelDocuments(client);
  switch (generation) {
    case 'newer': {
      const slices = await client.ensureQueryData(sliceQueries.list(variables.datasetId));
      return createNewerModel(variables, slices, lacking);
    }
    case 'first':
      return createFirstGenerationModel(variables);
    case 'both':
      return requestWithout(lacking, CreateModelDoc, variables).then((d) => withLackedFields(d.createModel));
  }
}

async function updateModel(client: QueryClient, variables: UpdateModelInput): Promise<ModelDetail> {
  const { generation, lacking } = await modelDocuments(client);
  switch (generation) {
    case 'newer': {
      const current = client.getQueryData<ModelDetail>(modelKeys.detail(variables.datasetId, variables.id));
      const slices = await client.ensureQueryData(sliceQueries.list(variables.datasetId));
      return updateNewerModel(variables, current, slices, lacking);
    }
    case 'first':
      return updateFirstGenerationModel(variables);
    case 'both':
      return requestWithout(lacking, UpdateModelDoc, variables).then((d) => withLackedFields(d.updateModel));
  }
}

async function setModelPinned(client: QueryClient, { datasetId, id, pinned }: SetModelPinnedVariables) {
  const { generation, lacking } = await modelDocuments(client);
  switch (generation) {
    case 'newer':
      return setNewerModelPinned(datasetId, id, pinned, lacking);
    case 'first':
      return setFirstGenerationModelPinned(datasetId, id, pinned);
    case 'both':
      return pinned
        ? requestWithout(lacking, PinModelDoc, { datasetId, id }).then((d) => withLackedFields(d.pinModel))
        : requestWithout(lacking, UnpinModelDoc, { datasetId, id }).then((d) => withLackedFields(d.unpinModel));
  }
}

export function useCreateModel({ meta }: WriteOptions = {}) {
  const queryClient = useQueryClient();
  const cache = useModelWritten();
  return useMutation({
    meta,
    mutationFn: (variables: CreateModelInput) => createModel(queryClient, variables),
    onSuccess: cache.written,
    onSettled: cache.settled,
  });
}

export function useUpdateModel({ meta }: WriteOptions = {}) {
  const queryClient = useQueryClient();
  const cache = useModelWritten();
  return useMutation({
    meta,
    mutationFn: (variables: UpdateModelInput) => updateModel(queryClient, variables),
    onSuccess: cache.written,
    onSettled: cache.settled,
  });
}

export interface SetModelPinnedVariables {
  datasetId: string;
  id: string;
  pinned: boolean;
}

type ListedModel = ModelsPageData['models'][number];
type AllPagesData = InfiniteData<ModelsPageData, string | null>;

/** Writes a model's new pin state into every cached list of its dataset (pages and "Load all"). */
function patchListedModels(
  queryClient: QueryClient,
  model: Pick<ModelDetail, 'datasetId' | 'id' | 'isPinned' | 'updatedAt'>,
) {
  const patch = (models: ListedModel[]) =>
    models.map((m) => (m.id === model.id ? { ...m, isPinned: model.isPinned, updatedAt: model.updatedAt } : m));
  const lists = modelKeys.lists(model.datasetId);
  queryClient.setQueriesData<ModelsPageData>(
    { queryKey: lists, predicate: (q) => !isAllPagesKey(q.queryKey) },
    (data) => data && { ...data, models: patch(data.models) },
  );
  queryClient.setQueriesData<AllPagesData>(
    { queryKey: lists, predicate: (q) => isAllPagesKey(q.queryKey) },
    (data) => data && { ...data, pages: data.pages.map((page) => ({ ...page, models: patch(page.models) })) },
  );
}

export function useSetModelPinned() {
  const queryClient = useQueryClient();
  const cache = useModelWritten();
  return useMutation({
    mutationFn: (variables: SetModelPinnedVariables) => setModelPinned(queryClient, variables),
    onSuccess: (model) => {
      cache.written(model);
      patchListedModels(queryClient, model);
    },
    // A "Load all" list is patched above: re-walking 100k models for one pin would take seconds.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: modelKeys.all, predicate: (q) => !isAllPagesKey(q.queryKey) }),
  });
}

/** After a bulk delete: drop the deleted models from "Load all" lists, refetch everything else. */
export function removeListedModels(queryClient: QueryClient, datasetId: string, ids: ReadonlySet<string>) {
  for (const id of ids) queryClient.removeQueries({ queryKey: modelKeys.detail(datasetId, id) });
  queryClient.setQueriesData<AllPagesData>(
    { queryKey: modelKeys.lists(datasetId), predicate: (q) => isAllPagesKey(q.queryKey) },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page, i) => {
          const models = page.models.filter((m) => !ids.has(m.id));
          // The first page carries the count the list shows.
          const removed = i === 0 ? countRemoved(data, ids) : 0;
          return { ...page, models, totalCount: page.totalCount - removed };
        }),
      },
  );
  return queryClient.invalidateQueries({ queryKey: modelKeys.all, predicate: (q) => !isAllPagesKey(q.queryKey) });
}

const countRemoved = (data: AllPagesData, ids: ReadonlySet<string>) =>
  data.pages.reduce((sum, page) => sum + page.models.filter((m) => ids.has(m.id)).length, 0);

/** Deletes one model; bulk deletes call `deleteModel` per model to report each result. */
export async function deleteModel(client: QueryClient, datasetId: string, id: string): Promise<boolean> {
  // `deleteModel(datasetId, id)` is the first generation's; the local catalog takes it too.
  if ((await modelDocuments(client)).generation === 'newer') return deleteNewerModel(datasetId, id);
  return request(DeleteModelDoc, { datasetId, id }).then((d) => d.deleteModel);
}

export function useDeleteModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ datasetId, id }: { datasetId: string; id: string }) => deleteModel(queryClient, datasetId, id),
    onSuccess: (_ok, { datasetId, id }) => queryClient.removeQueries({ queryKey: modelKeys.detail(datasetId, id) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  });
}
