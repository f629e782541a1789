import { infiniteQueryOptions, keepPreviousData, queryOptions, type InfiniteData } from '@tanstack/react-query';
import { ApiError, request } from './client';
import { graphql } from './gql';
import type { ModelFilter, ModelOrderBy } from './gql/graphql';
import { MAX_PAGE_LENGTH, modelKeys, type ModelDetail, type ModelsPageParams } from './models';

const ModelsListDoc = graphql(`
  query ModelsList($datasetId: ID!, $filter: ModelFilter, $orderBy: ModelOrderBy, $cursor: String, $length: Int) {
    models(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {
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

const fetchModelsPage = (datasetId: string, page: ModelsPageParams, signal?: AbortSignal) =>
  request(ModelsListDoc, { datasetId, ...page }, signal).then((d) => d.models);

export type ModelsPageData = Awaited<ReturnType<typeof fetchModelsPage>>;

/** The compared models in the order asked for, and the ids the dataset does not have. */
interface ModelsByIds {
  models: ModelDetail[];
  notFound: string[];
}

/** Asks for several models in one request (one id: the single-model query); unknown ids are left out. */
async function fetchModelsByIds(datasetId: string, ids: readonly string[], signal: AbortSignal) {
  if (ids.length === 1) {
    try {
      const { model } = await request(ModelDetailDoc, { datasetId, modelId: ids[0] ?? '' }, signal);
      return model ? [model] : [];
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return [];
      throw error;
    }
  }
  const found: ModelDetail[] = [];
  for (let start = 0; start < ids.length; start += MAX_PAGE_LENGTH) {
    const batch = ids.slice(start, start + MAX_PAGE_LENGTH);
    const { models } = await request(ModelsByIdsDoc, { datasetId, ids: batch, length: batch.length }, signal);
    found.push(...models.models);
  }
  return found;
}

/** A "Load all" list as one page: every model loaded so far, and the count the server reported. */
export const allLoadedModels = (data: InfiniteData<ModelsPageData, string | null>): ModelsPageData => ({
  models: data.pages.flatMap((page) => page.models),
  next: null,
  totalCount: data.pages[0]?.totalCount ?? 0,
});

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
  /**
   * Several models in one request, each also written into its detail entry (the detail page then opens at
   * once). Models whose detail entry is fresh are not asked again. While other ids load, the last answer stays.
   */
  byIds: (datasetId: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: modelKeys.byIds(datasetId, ids),
      queryFn: async ({ client, signal }): Promise<ModelsByIds> => {
        const staleTime = client.getDefaultOptions().queries?.staleTime;
        const cached = (id: string) => {
          const query = client.getQueryCache().find<ModelDetail>({ queryKey: modelKeys.detail(datasetId, id) });
          const fresh = query && !query.isStaleByTime(typeof staleTime === 'number' ? staleTime : 0);
          return fresh ? query.state.data : undefined;
        };
        const byId = new Map<string, ModelDetail>();
        for (const id of ids) {
          const model = cached(id);
          if (model) byId.set(id, model);
        }
        const fetched = await fetchModelsByIds(
          datasetId,
          ids.filter((id) => !byId.has(id)),
          signal,
        );
        for (const model of fetched) {
          client.setQueryData(modelKeys.detail(datasetId, model.id), model);
          byId.set(model.id, model);
        }
        return {
          models: ids.flatMap((id) => byId.get(id) ?? []),
          notFound: ids.filter((id) => !byId.has(id)),
        };
      },
      placeholderData: keepPreviousData,
    }),
  /**
   * Every page of a filtered list, fetched page by page while "Load all" is on (see useAllPages). Walking
   * 100k models takes a while, so it never goes stale by time; writes patch it (pin, delete) or refetch it.
   */
  allPages: (datasetId: string, filter: ModelFilter | null, orderBy: ModelOrderBy | null = null) =>
    infiniteQueryOptions({
      queryKey: modelKeys.allPages(datasetId, filter, orderBy),
      queryFn: ({ pageParam, signal }) =>
        fetchModelsPage(datasetId, { filter, orderBy, cursor: pageParam, length: MAX_PAGE_LENGTH }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.next ?? undefined,
      staleTime: Infinity,
    }),
};
