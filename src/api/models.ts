// A model's fields as the dashboard reads them, and the cache keys of everything about models. Reading is in
// ./models.queries, writing in ./models.mutations.
import { graphql } from './gql';
import type {
  ModelDetailFieldsFragment,
  ModelFilter,
  ModelListFieldsFragment,
  ModelListTrainingFieldsFragment,
  ModelOrderBy,
  ModelTrainingFieldsFragment,
} from './gql/graphql';

/** A model's newer-API fields (status, task type, score, parameters, training report). */
export type ModelTraining = ModelTrainingFieldsFragment;
/**
 * The dashboard's model shapes hold both generations' fields, whatever the server speaks: the documents sent
 * to a host of one generation are mapped into them (./models.generation).
 */
export type ModelListItem = ModelListFieldsFragment & ModelListTrainingFieldsFragment;
export type ModelDetail = ModelDetailFieldsFragment & ModelTraining;
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

// The newer API's fields the list shows (columns, CSV): ModelTrainingFields without counts, files and the report.
graphql(`
  fragment ModelListTrainingFields on Model {
    status
    taskType
    scoreKey
    scoreValue
    scoreUnit
    completedAt
    trainingParameters
  }
`);

// The newer API's fields (docs/api/newer-api.md §3.2): the local catalog answers them for every model; a proxied host
// answers them only when it speaks the newer API (./capabilities).
graphql(`
  fragment ModelTrainingFields on Model {
    status
    taskType
    customDagId
    scoreKey
    scoreValue
    scoreUnit
    completedAt
    totalDataCount
    trainDataCount
    trainingParameters
    trainSliceId
    validationSliceId
    contents
    trainingAnnotations {
      className
      annotationType
      trainCount
      validationCount
    }
    trainingReport {
      ...TrainingReportItemFields
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

/** The server caps a page at 50 models. */
export const MAX_PAGE_LENGTH = 50;

export interface ModelsPageParams {
  filter: ModelFilter | null;
  /** Server-side order (newer API); absent or null: the server's default, newest first. */
  orderBy?: ModelOrderBy | null;
  cursor: string | null;
  length: number;
}

export const modelKeys = {
  all: ['models'] as const,
  dataset: (datasetId: string) => [...modelKeys.all, datasetId] as const,
  lists: (datasetId: string) => [...modelKeys.dataset(datasetId), 'list'] as const,
  list: (datasetId: string, page: ModelsPageParams) => [...modelKeys.lists(datasetId), page] as const,
  /** Every page of a filtered list, walked by "Load all" (an infinite query). */
  allPages: (datasetId: string, filter: ModelFilter | null, orderBy: ModelOrderBy | null = null) =>
    [...modelKeys.lists(datasetId), 'all', filter, orderBy] as const,
  details: (datasetId: string) => [...modelKeys.dataset(datasetId), 'detail'] as const,
  detail: (datasetId: string, id: string) => [...modelKeys.details(datasetId), id] as const,
  /** History events (README "Model history"): one model's, or the dataset's activity (no id). Every model write refreshes them. */
  history: (datasetId: string, modelId?: string) =>
    [...modelKeys.dataset(datasetId), 'history', modelId ?? null] as const,
  /** Several models by id, in that order (the compare page); each is also put in its detail entry. */
  byIds: (datasetId: string, ids: readonly string[]) => [...modelKeys.dataset(datasetId), 'byIds', ids] as const,
};

/** True for the key of a "Load all" list (see modelKeys.allPages). */
export const isAllPagesKey = (key: readonly unknown[]) => key[3] === 'all';
