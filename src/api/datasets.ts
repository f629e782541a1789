import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type { DatasetFieldsFragment, DatasetsListQuery } from './gql/graphql';

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
async function fetchAllDatasets(signal: AbortSignal): Promise<Dataset[]> {
  const datasets: Dataset[] = [];
  let cursor: string | null = null;
  do {
    const page: DatasetsListQuery['datasets'] = (await request(DatasetsListDoc, { cursor, length: 50 }, signal))
      .datasets;
    datasets.push(...page.datasets);
    cursor = page.next ?? null;
  } while (cursor);
  return datasets;
}

export const datasetQueries = {
  list: () => queryOptions({ queryKey: datasetKeys.list(), queryFn: ({ signal }) => fetchAllDatasets(signal) }),
  detail: (id: string) =>
    queryOptions({
      queryKey: datasetKeys.detail(id),
      queryFn: ({ signal }) => request(DatasetDetailDoc, { datasetId: id }, signal).then((d) => d.dataset),
    }),
};
