// Model history and dataset activity (README "Model history"): the local catalog's own extension, read a
// page at a time ("Show older"). Keys live under modelKeys, so every model write refreshes them.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type { ModelHistoryEventFieldsFragment } from './gql/graphql';
import { modelKeys } from './models';

export type HistoryEvent = ModelHistoryEventFieldsFragment;

graphql(`
  fragment ModelHistoryEventFields on ModelHistoryEvent {
    id
    modelId
    modelName
    at
    actor
    kind
    changes {
      field
      from
      to
    }
  }
`);

const ModelHistoryDoc = graphql(`
  query ModelHistory($datasetId: ID!, $modelId: ID!, $cursor: String, $length: Int) {
    modelHistory(datasetId: $datasetId, modelId: $modelId, cursor: $cursor, length: $length) {
      events {
        ...ModelHistoryEventFields
      }
      next
      totalCount
    }
  }
`);

const DatasetActivityDoc = graphql(`
  query DatasetActivity($datasetId: ID!, $cursor: String, $length: Int) {
    datasetActivity(datasetId: $datasetId, cursor: $cursor, length: $length) {
      events {
        ...ModelHistoryEventFields
      }
      next
      totalCount
    }
  }
`);

const HISTORY_PAGE_LENGTH = 20;

/** One model's history (`modelId`) or the whole dataset's activity, newest first, page by page. */
export const historyQueryOptions = (datasetId: string, modelId?: string) =>
  infiniteQueryOptions({
    queryKey: modelKeys.history(datasetId, modelId),
    queryFn: async ({ pageParam, signal }) => {
      const page = { cursor: pageParam, length: HISTORY_PAGE_LENGTH };
      return modelId === undefined
        ? (await request(DatasetActivityDoc, { datasetId, ...page }, signal)).datasetActivity
        : (await request(ModelHistoryDoc, { datasetId, modelId, ...page }, signal)).modelHistory;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
  });
