import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import DataLoader from 'dataloader';
import { ApiError, request } from './client';
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

const ModelsByIdsDoc = graphql(`
  query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {
    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {
      models {
        ...ModelDetailFields
      }
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
  /** Every page of a filtered list, walked by "Load all". */
  everything: (datasetId: string, filter: ModelFilter | null) =>
    [...modelKeys.lists(datasetId), 'everything', filter] as const,
  details: (datasetId: string) => [...modelKeys.dataset(datasetId), 'detail'] as const,
  detail: (datasetId: string, id: string) => [...modelKeys.details(datasetId), id] as const,
};

export const fetchModelsPage = (datasetId: string, page: ModelsPageParams, signal?: AbortSignal) =>
  request(ModelsListDoc, { datasetId, ...page }, signal).then((d) => d.models);

export type ModelsPageData = Awaited<ReturnType<typeof fetchModelsPage>>;

const isEverythingKey = (key: readonly unknown[]) => key[3] === 'everything';

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
      queryFn: () => detailLoader(datasetId).load(id),
    }),
  /**
   * The whole filtered list in one cache entry, shaped like a page. Walking 100k models takes a while,
   * so it never goes stale by time; writes patch it (pin) or invalidate it (create, update, delete).
   */
  everything: (datasetId: string, filter: ModelFilter | null, onProgress?: (loaded: number, total: number) => void) =>
    // onProgress only reports how far the walk got; it does not change the data.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: modelKeys.everything(datasetId, filter),
      queryFn: async ({ signal }): Promise<ModelsPageData> => {
        const models = await fetchAllModels(datasetId, filter, onProgress, signal);
        return { models, next: null, totalCount: models.length };
      },
      staleTime: Infinity,
    }),
};

// Details asked for together (the compare page's models) travel in one request, not one each.
const detailLoaders = new Map<string, DataLoader<string, ModelDetail | null>>();

function detailLoader(datasetId: string): DataLoader<string, ModelDetail | null> {
  let loader = detailLoaders.get(datasetId);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        if (ids.length === 1)
          return [await request(ModelDetailDoc, { datasetId, modelId: ids[0] ?? '' }).then((d) => d.model)];
        const { models } = await request(ModelsByIdsDoc, { datasetId, ids: [...ids], length: ids.length });
        const byId = new Map(models.models.map((m) => [m.id, m]));
        // The same answer the single-model query gives for an unknown id.
        return ids.map(
          (id) => byId.get(id) ?? new ApiError(`Model ${id} not found in dataset ${datasetId}`, 'NOT_FOUND', 200),
        );
      },
      {
        cache: false,
        maxBatchSize: MAX_PAGE_LENGTH,
        // Sent once the current task's loads are in, not in a later task: DataLoader's default waits a
        // setTimeout, which queues the request behind whatever the page evaluates or renders meanwhile.
        batchScheduleFn: (dispatch) => queueMicrotask(dispatch),
      },
    );
    detailLoaders.set(datasetId, loader);
  }
  return loader;
}

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

/** Options of the write hooks; forms pass `meta: { handlesErrors: true }` to show errors on their fields. */
export interface WriteOptions {
  meta?: { handlesErrors?: boolean };
}

export function useCreateModel({ meta }: WriteOptions = {}) {
  const cache = useModelWritten();
  return useMutation({
    meta,
    mutationFn: (variables: CreateModelMutationVariables) =>
      request(CreateModelDoc, variables).then((d) => d.createModel),
    onSuccess: cache.written,
    onSettled: cache.settled,
  });
}

export function useUpdateModel({ meta }: WriteOptions = {}) {
  const cache = useModelWritten();
  return useMutation({
    meta,
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

/** Writes a model's new pin state into every cached list of its dataset (pages and "Load all"). */
function patchListedModels(
  queryClient: QueryClient,
  model: Pick<ModelDetail, 'datasetId' | 'id' | 'isPinned' | 'updatedAt'>,
) {
  queryClient.setQueriesData<ModelsPageData>({ queryKey: modelKeys.lists(model.datasetId) }, (data) =>
    data
      ? {
          ...data,
          models: data.models.map((m) =>
            m.id === model.id ? { ...m, isPinned: model.isPinned, updatedAt: model.updatedAt } : m,
          ),
        }
      : data,
  );
}

export function useSetModelPinned() {
  const queryClient = useQueryClient();
  const cache = useModelWritten();
  return useMutation({
    mutationFn: ({ datasetId, id, pinned }: SetModelPinnedVariables) =>
      pinned
        ? request(PinModelDoc, { datasetId, id }).then((d) => d.pinModel)
        : request(UnpinModelDoc, { datasetId, id }).then((d) => d.unpinModel),
    onSuccess: (model) => {
      cache.written(model);
      patchListedModels(queryClient, model);
    },
    // A "Load all" list is patched above: re-walking 100k models for one pin would take seconds.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: modelKeys.all, predicate: (q) => !isEverythingKey(q.queryKey) }),
  });
}

/** After a bulk delete: drop the deleted models from "Load all" lists, refetch everything else. */
export function removeListedModels(queryClient: QueryClient, datasetId: string, ids: ReadonlySet<string>) {
  for (const id of ids) queryClient.removeQueries({ queryKey: modelKeys.detail(datasetId, id) });
  queryClient.setQueriesData<ModelsPageData>(
    { queryKey: modelKeys.lists(datasetId), predicate: (q) => isEverythingKey(q.queryKey) },
    (data) => {
      if (!data) return data;
      const models = data.models.filter((m) => !ids.has(m.id));
      return { ...data, models, totalCount: models.length };
    },
  );
  return queryClient.invalidateQueries({ queryKey: modelKeys.all, predicate: (q) => !isEverythingKey(q.queryKey) });
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
