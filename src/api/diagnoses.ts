// Diagnoses, the dashboard's "evaluations" (README "Diagnoses (evaluations)", docs/api/newer-api.md §4.1): one
// dataset's list page by page, those of one model or of several (the SDK's filter has no modelId: every page is
// walked and filtered here), and one diagnosis with its report items.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type {
  DiagnosisFieldsFragment,
  DiagnosisFilter,
  DiagnosisOrderBy,
  DiagnosisReportItemFieldsFragment,
} from './gql/graphql';
import { walkPages } from './paging';

export type Diagnosis = DiagnosisFieldsFragment;
export type DiagnosisReportItem = DiagnosisReportItemFieldsFragment;
export type { DiagnosisFilter, DiagnosisOrderBy, DiagnosisStatus } from './gql/graphql';

graphql(`
  fragment DiagnosisReportItemFields on DiagnosisReportItem {
    id
    name
    type
    contentId
    description
    discriminatorValue
    createdAt
    updatedAt
  }
`);

graphql(`
  fragment DiagnosisFields on Diagnosis {
    id
    datasetId
    name
    description
    status
    scoreKey
    scoreValue
    scoreUnit
    diagnosisParameters
    contents
    sourceSliceId
    targetSliceId
    sourceDataCount
    targetDataCount
    diagnosisDataCount
    modelId
    discriminatorKey
    discriminatorValues
    completedAt
    createdAt
    updatedAt
    createdBy
    updatedBy
    diagnosisReportItems {
      ...DiagnosisReportItemFields
    }
  }
`);

const DiagnosesListDoc = graphql(`
  query DiagnosesList(
    $datasetId: ID!
    $filter: DiagnosisFilter
    $orderBy: DiagnosisOrderBy
    $cursor: String
    $length: Int
  ) {
    diagnoses(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {
      diagnoses {
        ...DiagnosisFields
      }
      next
      totalCount
    }
  }
`);

const DiagnosisDetailDoc = graphql(`
  query DiagnosisDetail($datasetId: ID!, $diagnosisId: ID!) {
    diagnosis(datasetId: $datasetId, diagnosisId: $diagnosisId) {
      ...DiagnosisFields
    }
  }
`);

/** The API's longest page (README "Diagnoses (evaluations)"). */
const MAX_PAGE_LENGTH = 50;

export interface DiagnosesPageParams {
  filter: DiagnosisFilter | null;
  orderBy: DiagnosisOrderBy | null;
  cursor: string | null;
  length: number;
}

export const diagnosisKeys = {
  all: ['diagnoses'] as const,
  dataset: (datasetId: string) => [...diagnosisKeys.all, datasetId] as const,
  list: (datasetId: string, page: DiagnosesPageParams) => [...diagnosisKeys.dataset(datasetId), 'list', page] as const,
  /** Every diagnosis of the dataset linked to one of these models (model page, compare). */
  ofModels: (datasetId: string, modelIds: readonly string[]) =>
    [...diagnosisKeys.dataset(datasetId), 'ofModels', modelIds] as const,
  detail: (datasetId: string, id: string) => [...diagnosisKeys.dataset(datasetId), 'detail', id] as const,
};

const fetchPage = (datasetId: string, page: DiagnosesPageParams, signal: AbortSignal) =>
  request(DiagnosesListDoc, { datasetId, ...page }, signal).then((d) => d.diagnoses);

/** The dataset's diagnoses of these models, newest first: every page walked, then filtered by modelId. */
async function fetchOfModels(datasetId: string, modelIds: readonly string[], signal: AbortSignal) {
  const all = await walkPages(
    (cursor) =>
      fetchPage(datasetId, { filter: null, orderBy: null, cursor, length: MAX_PAGE_LENGTH }, signal).then((p) => ({
        items: p.diagnoses,
        next: p.next,
      })),
    signal,
  );
  const wanted = new Set(modelIds);
  return all.filter((d) => d.modelId != null && wanted.has(d.modelId));
}

export const diagnosisQueries = {
  /** One page of the dataset's list (the Evaluations page). */
  list: (datasetId: string, page: DiagnosesPageParams) =>
    queryOptions({
      queryKey: diagnosisKeys.list(datasetId, page),
      queryFn: ({ signal }) => fetchPage(datasetId, page, signal),
      placeholderData: keepPreviousData,
    }),
  ofModels: (datasetId: string, modelIds: readonly string[]) =>
    queryOptions({
      queryKey: diagnosisKeys.ofModels(datasetId, modelIds),
      queryFn: ({ signal }) => fetchOfModels(datasetId, modelIds, signal),
    }),
  /** One diagnosis; null when the dataset has none of that id. */
  detail: (datasetId: string, id: string) =>
    queryOptions({
      queryKey: diagnosisKeys.detail(datasetId, id),
      queryFn: ({ signal }) =>
        request(DiagnosisDetailDoc, { datasetId, diagnosisId: id }, signal).then((d) => d.diagnosis ?? null),
    }),
};
