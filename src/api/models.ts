import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type {
  CreateModelMutationVariables,
  ModelDetailFieldsFragment,
  ModelFilter,
  ModelListFieldsFragment,
  UpdateModelMutationVariables,
} from './gql/graphql';

export type ModelListItem = ModelListFieldsFragment;
export type ModelDetail = ModelDetailFieldsFragment;
export type TrainClass = ModelDetail['trainingClasses'][number];

graphql(`
  fragment ModelListFields on Model {
    id
    datasetId
    name
    baselineModel
    isPinned
    isTrained
    trainedAt
    trainingDataCount
    validationDataCount
    createdAt
    updatedAt
    meta
    trainingClasses {
      class
      ap
    }
  }
`);

graphql(`
  fragment SliceFields on Slice {
    id
    datasetId
    name
    description
    isPinned
    createdAt
    createdBy
    updatedAt
    updatedBy
    dataCount
  }
`);

graphql(`
  fragment ModelDetailFields on Model {
    id
    datasetId
    name
    description
    baselineModel
    isPinned
    isTrained
    trainedAt
    trainingDataCount
    validationDataCount
    createdAt
    createdBy
    updatedAt
    updatedBy
    meta
    modelContent {
      id
      downloadURL
    }
    trainingClasses {
      class
      annotationType
      ap
      trainingAnnotationsCount
      validationAnnotationsCount
    }
    trainingSlices {
      ...SliceFields
    }
    validationSlices {
      ...SliceFields
    }
  }
`);

const ModelsListDoc = graphql(`
  query ModelsList($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
      models {
        ...ModelListFields
      }
      next
      totalCount
    }
  }
`);

const ModelDetailDoc = graphql(`
  query ModelDetail($datasetId: ID!, $modelId: ID!) {
    model(datasetId: $datasetId, id: $modelId) {
      ...ModelDetailFields
    }
  }
`);

const CreateModelDoc = graphql(`
  mutation CreateModel(
    $datasetId: ID!
    $name: String!
    $description: String
    $baselineModel: String!
    $trainingClasses: [ModelTrainClassInput!]
    $trainingSliceIds: [ID!]!
    $validationSliceIds: [ID!]!
    $modelContentId: String
    $isTrained: Boolean
    $trainedAt: DateTime
    $isPinned: Boolean
    $meta: JSONObject
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
    ) {
      ...ModelDetailFields
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
    ) {
      ...ModelDetailFields
    }
  }
`);

const PinModelDoc = graphql(`
  mutation PinModel($datasetId: ID!, $id: ID!) {
    pinModel(datasetId: $datasetId, id: $id) {
      ...ModelDetailFields
    }
  }
`);

const UnpinModelDoc = graphql(`
  mutation UnpinModel($datasetId: ID!, $id: ID!) {
    unpinModel(datasetId: $datasetId, id: $id) {
      ...ModelDetailFields
    }
  }
`);

const DeleteModelDoc = graphql(`
  mutation DeleteModel($datasetId: ID!, $id: ID!) {
    deleteModel(datasetId: $datasetId, id: $id)
  }
`);

/** The server caps a page at 50 models. */
export const MAX_PAGE_LENGTH = 50;

export interface ModelsPageParams {
  filter: ModelFilter | null;
  cursor: string | null;
  length: number;
}

export const modelKeys = {
  all: ['models'] as const,
  dataset: (datasetId: string) => [...modelKeys.all, datasetId] as const,
  lists: (datasetId: string) => [...modelKeys.dataset(datasetId), 'list'] as const,
  list: (datasetId: string, page: ModelsPageParams) => [...modelKeys.lists(datasetId), page] as const,
  details: (datasetId: string) => [...modelKeys.dataset(datasetId), 'detail'] as const,
  detail: (datasetId: string, id: string) => [...modelKeys.details(datasetId), id] as const,
};

export const fetchModelsPage = (datasetId: string, page: ModelsPageParams, signal?: AbortSignal) =>
  request(ModelsListDoc, { datasetId, ...page }, signal).then((d) => d.models);

export const modelQueries = {
  list: (datasetId: string, page: ModelsPageParams) =>
    queryOptions({
      queryKey: modelKeys.list(datasetId, page),
      queryFn: ({ signal }) => fetchModelsPage(datasetId, page, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (datasetId: string, id: string) =>
    queryOptions({
      queryKey: modelKeys.detail(datasetId, id),
      queryFn: ({ signal }) => request(ModelDetailDoc, { datasetId, modelId: id }, signal).then((d) => d.model),
    }),
};

/** Walks every page of a filtered list (for "Load all", export, compare pickers). */
export async function fetchAllModels(
  datasetId: string,
  filter: ModelFilter | null,
  onProgress?: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ModelListItem[]> {
  const models: ModelListItem[] = [];
  let cursor: string | null = null;
  do {
    signal?.throwIfAborted();
    const page = await fetchModelsPage(datasetId, { filter, cursor, length: MAX_PAGE_LENGTH }, signal);
    models.push(...page.models);
    onProgress?.(models.length, page.totalCount);
    cursor = page.next ?? null;
  } while (cursor);
  return models;
}

/** After any model write: put the returned model in the detail cache, then refetch what may have changed. */
function useModelWritten() {
  const queryClient = useQueryClient();
  return {
    written: (model: ModelDetail) => queryClient.setQueryData(modelKeys.detail(model.datasetId, model.id), model),
    settled: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  };
}

export function useCreateModel() {
  const cache = useModelWritten();
  return useMutation({
    mutationFn: (variables: CreateModelMutationVariables) =>
      request(CreateModelDoc, variables).then((d) => d.createModel),
    onSuccess: cache.written,
    onSettled: cache.settled,
  });
}

export function useUpdateModel() {
  const cache = useModelWritten();
  return useMutation({
    mutationFn: (variables: UpdateModelMutationVariables) =>
      request(UpdateModelDoc, variables).then((d) => d.updateModel),
    onSuccess: cache.written,
    onSettled: cache.settled,
  });
}

export interface SetModelPinnedVariables {
  datasetId: string;
  id: string;
  pinned: boolean;
}

export function useSetModelPinned() {
  const cache = useModelWritten();
  return useMutation({
    mutationFn: ({ datasetId, id, pinned }: SetModelPinnedVariables) =>
      pinned
        ? request(PinModelDoc, { datasetId, id }).then((d) => d.pinModel)
        : request(UnpinModelDoc, { datasetId, id }).then((d) => d.unpinModel),
    onSuccess: cache.written,
    onSettled: cache.settled,
  });
}

/** Deletes one model; bulk deletes call `deleteModel` per model to report each result. */
export const deleteModel = (datasetId: string, id: string) =>
  request(DeleteModelDoc, { datasetId, id }).then((d) => d.deleteModel);

export function useDeleteModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ datasetId, id }: { datasetId: string; id: string }) => deleteModel(datasetId, id),
    onSuccess: (_ok, { datasetId, id }) => queryClient.removeQueries({ queryKey: modelKeys.detail(datasetId, id) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  });
}
