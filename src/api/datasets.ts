import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type { DatasetFieldsFragment } from './gql/graphql';
import { walkPages } from './paging';

export type Dataset = DatasetFieldsFragment;

graphql(`
  fragment DatasetFields on Dataset {
    id
    name
    description
    createdAt
    updatedAt
  }
`);

const DatasetsListDoc = graphql(`
  query DatasetsList($cursor: String, $length: Int) {
    datasets(cursor: $cursor, length: $length) {
      datasets {
        ...DatasetFields
      }
      next
      totalCount
    }
  }
`);

const DatasetDetailDoc = graphql(`
  query DatasetDetail($datasetId: ID!) {
    dataset(datasetId: $datasetId) {
      ...DatasetFields
    }
  }
`);

export const datasetKeys = {
  all: ['datasets'] as const,
  list: () => [...datasetKeys.all, 'list'] as const,
  detail: (id: string) => [...datasetKeys.all, 'detail', id] as const,
};

/** Every dataset, page by page (a registry has few; the switcher lists them all). */
const fetchAllDatasets = (signal: AbortSignal) =>
  walkPages(
    (cursor) =>
      request(DatasetsListDoc, { cursor, length: 50 }, signal).then(({ datasets }) => ({
        items: datasets.datasets,
        next: datasets.next,
      })),
    signal,
  );

export const datasetQueries = {
  list: () => queryOptions({ queryKey: datasetKeys.list(), queryFn: ({ signal }) => fetchAllDatasets(signal) }),
  detail: (id: string) =>
    queryOptions({
      queryKey: datasetKeys.detail(id),
      queryFn: ({ signal }) => request(DatasetDetailDoc, { datasetId: id }, signal).then((d) => d.dataset),
    }),
};
