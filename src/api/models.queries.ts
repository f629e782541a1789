import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiError, request } from './client';
import { graphql } from './gql';
import type { ModelFilter, ModelOrderBy } from './gql/graphql';
import { MAX_PAGE_LENGTH, modelKeys, type ModelDetail, type ModelsPageParams } from './models';
import {
  fetchFirstGenerationModel,
  fetchFirstGenerationModelsByIds,
  fetchFirstGenerationModelsPage,
} from './models.first-generation';
import { requestWithout, withLackedFields } from './host-fields';
import { modelDocuments } from './models.generation';
import { fetchNewerModel, fetchNewerModelsByIds, fetchNewerModelsPage } from './models.newer';
import { sliceQueries } from './slices';

const ModelsListDoc = graphql(`
  query ModelsList($datasetId: ID!, $filter: ModelFilter, $orderBy: ModelOrderBy, $cursor: String, $length: Int) {
    models(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {
      models {
        ...ModelListFields
        ...ModelListTrainingFields
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
      ...ModelTrainingFields
    }
  }
`);

const ModelsByIdsDoc = graphql(`
  query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {
    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {
      models {
        ...ModelDetailFields
        ...ModelTrainingFields
      }
    }
  }
`);

/** The slices a newer-API model names by id (README "Dashboard for a Superb AI host (proxy)"). */
const slicesOf = (client: QueryClient, datasetId: string) => client.ensureQueryData(sliceQueries.list(datasetId));

// Each reader below sends the documents the server understands (./models.generation).
async function fetchModelsPage(client: QueryClient, datasetId: string, page: ModelsPageParams, signal?: AbortSignal) {
  const { generation, lacking } = await modelDocuments(client);
  switch (generation) {
    case 'newer':
      return fetchNewerModelsPage(datasetId, page, lacking, signal);
    case 'first':
      return fetchFirstGenerationModelsPage(datasetId, page, signal);
    case 'both':
      return request(ModelsListDoc, { datasetId, ...page }, signal).then((d) => d.models);
  }
}

async function fetchModel(client: QueryClient, datasetId: string, modelId: string, signal?: AbortSignal) {
  const { generation, lacking } = await modelDocuments(client);
  switch (generation) {
    case 'newer':
      return fetchNewerModel(datasetId, modelId, await slicesOf(client, datasetId), lacking, signal);
    case 'first':
      return fetchFirstGenerationModel(datasetId, modelId, signal);
    case 'both':
      return requestWithout(lacking, ModelDetailDoc, { datasetId, modelId }, signal).then(
        (d) => d.model && withLackedFields(d.model),
      );
  }
}

async function fetchModelsBatch(client: QueryClient, datasetId: string, ids: string[], signal: AbortSignal) {
  const { generation, lacking } = await modelDocuments(client);
  switch (generation) {
    case 'newer':
      return fetchNewerModelsByIds(datasetId, ids, await slicesOf(client, datasetId), lacking, signal);
    case 'first':
      return fetchFirstGenerationModelsByIds(datasetId, ids, signal);
    case 'both':
      return requestWithout(lacking, ModelsByIdsDoc, { datasetId, ids, length: ids.length }, signal).then((d) =>
        d.models.models.map(withLackedFields),
      );
  }
}

export type ModelsPageData = Awaited<ReturnType<typeof fetchModelsPage>>;

/** The compared models in the order asked for, and the ids the dataset does not have. */
interface ModelsByIds {
  models: ModelDetail[];
  notFound: string[];
}

/** Asks for several models in one request (one id: the single-model query); unknown ids are left out. */
async function fetchModelsByIds(client: QueryClient, datasetId: string, ids: readonly string[], signal: AbortSignal) {
  if (ids.length === 1) {
    try {
      const model = await fetchModel(client, datasetId, ids[0] ?? '', signal);
      return model ? [model] : [];
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return [];
      throw error;
    }
  }
  const found: ModelDetail[] = [];
  for (let start = 0; start < ids.length; start += MAX_PAGE_LENGTH) {
    const batch = ids.slice(start, start + MAX_PAGE_LENGTH);
    found.push(...(await fetchModelsBatch(client, datasetId, batch, signal)));
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
      queryFn: ({ client, signal }) => fetchModelsPage(client, datasetId, page, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (datasetId: string, id: string) =>
    queryOptions({
      queryKey: modelKeys.detail(datasetId, id),
      queryFn: ({ client, signal }) => fetchModel(client, datasetId, id, signal),
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
          client,
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
      queryFn: ({ client, pageParam, signal }) =>
        fetchModelsPage(client, datasetId, { filter, orderBy, cursor: pageParam, length: MAX_PAGE_LENGTH }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.next ?? undefined,
      staleTime: Infinity,
    }),
};
