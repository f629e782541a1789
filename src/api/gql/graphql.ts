/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Chart type of a report item (newer API). */
export type AnalyticsReportItemType =
  | 'CONFUSION_MATRIX'
  | 'HEATMAP'
  | 'HISTOGRAM'
  | 'HORIZONTAL_BAR'
  | 'LINE_CHART'
  | 'METRICS'
  | 'PIE'
  | 'SCATTER_PLOT'
  | 'TABLE'
  | 'VERTICAL_BAR';

/** Model list filter: `must` conditions are required, `not` conditions exclude. */
export type ModelFilter = {
  /** Every condition set here must hold. */
  must?: ModelFilterOptions | null | undefined;
  /** A model that meets any condition set here is excluded (our reading; the SDK does not say). */
  not?: ModelFilterOptions | null | undefined;
};

/** Model conditions. Unset or null fields impose no condition. */
export type ModelFilterOptions = {
  /** Created by one of these callers (newer API). */
  createdByIn?: Array<string> | null | undefined;
  /** Id is one of these. */
  idIn?: Array<string> | null | undefined;
  /** Pinned state equals this. */
  isPinned?: boolean | null | undefined;
  /** Trained state equals this. */
  isTrained?: boolean | null | undefined;
  /** Name contains this text (case-insensitive: reference-server choice). */
  nameContains?: string | null | undefined;
  /** Score key is one of these (newer API). */
  scoreKeyIn?: Array<string> | null | undefined;
  /** Status is one of these (newer API). */
  statusIn?: Array<ModelStatus> | null | undefined;
  /** Task type is one of these (newer API). */
  taskTypeIn?: Array<ModelTaskType> | null | undefined;
};

/** Model list order (newer API). Nulls sort as the smallest value; name sorts case-insensitively. */
export type ModelOrderBy = {
  direction: OrderDirection;
  field: ModelOrderField;
};

/** Fields a model list can be sorted by (newer API; names as the SDK's ModelOrderField). */
export type ModelOrderField =
  | 'completedAt'
  | 'createdAt'
  | 'name'
  | 'scoreValue'
  | 'updatedAt';

/** Training lifecycle of a model (newer API). */
export type ModelStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'PREPARING';

/** What a model is trained for (newer API). */
export type ModelTaskType =
  | 'INSTANCE_SEGMENTATION'
  | 'OBJECT_DETECTION'
  | 'OCR';

/** Per-class metrics sent on create/update. The SDK omits keys the caller never set. */
export type ModelTrainClassInput = {
  /** Annotation kind, e.g. box or polygon. */
  annotationType?: string | null | undefined;
  /** Average precision, must lie in [0.0, 1.0]. */
  ap?: number | null | undefined;
  /** Class name (wire name `class`). */
  class: string;
  /** Number of training annotations of this class. */
  trainingAnnotationsCount?: number | null | undefined;
  /** Number of validation annotations of this class. */
  validationAnnotationsCount?: number | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type DatasetFieldsFragment = { id: string, name: string, description: string | null, createdAt: string, updatedAt: string | null };

export type DatasetsListQueryVariables = Exact<{
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type DatasetsListQuery = { datasets: { next: string | null, totalCount: number, datasets: Array<{ id: string, name: string, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type DatasetDetailQueryVariables = Exact<{
  datasetId: string;
}>;


export type DatasetDetailQuery = { dataset: { id: string, name: string, description: string | null, createdAt: string, updatedAt: string | null } | null };

export type CreateModelMutationVariables = Exact<{
  datasetId: string;
  name: string;
  description?: string | null | undefined;
  baselineModel?: string | null | undefined;
  trainingClasses?: Array<ModelTrainClassInput> | ModelTrainClassInput | null | undefined;
  trainingSliceIds: Array<string> | string;
  validationSliceIds: Array<string> | string;
  modelContentId?: string | null | undefined;
  isTrained?: boolean | null | undefined;
  trainedAt?: string | null | undefined;
  isPinned?: boolean | null | undefined;
  meta?: Record<string, unknown> | null | undefined;
  taskType?: ModelTaskType | null | undefined;
  customDagId?: string | null | undefined;
  trainingParameters?: Record<string, unknown> | null | undefined;
  scoreKey?: string | null | undefined;
  scoreValue?: number | null | undefined;
  scoreUnit?: string | null | undefined;
}>;


export type CreateModelMutation = { createModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type UpdateModelMutationVariables = Exact<{
  datasetId: string;
  id: string;
  name?: string | null | undefined;
  description?: string | null | undefined;
  trainingClasses?: Array<ModelTrainClassInput> | ModelTrainClassInput | null | undefined;
  modelContentId?: string | null | undefined;
  isTrained?: boolean | null | undefined;
  trainedAt?: string | null | undefined;
  meta?: Record<string, unknown> | null | undefined;
  status?: ModelStatus | null | undefined;
  taskType?: ModelTaskType | null | undefined;
  customDagId?: string | null | undefined;
  trainingParameters?: Record<string, unknown> | null | undefined;
  scoreKey?: string | null | undefined;
  scoreValue?: number | null | undefined;
  scoreUnit?: string | null | undefined;
  trainSliceId?: string | null | undefined;
  validationSliceId?: string | null | undefined;
}>;


export type UpdateModelMutation = { updateModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type PinModelMutationVariables = Exact<{
  datasetId: string;
  id: string;
}>;


export type PinModelMutation = { pinModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type UnpinModelMutationVariables = Exact<{
  datasetId: string;
  id: string;
}>;


export type UnpinModelMutation = { unpinModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type DeleteModelMutationVariables = Exact<{
  datasetId: string;
  id: string;
}>;


export type DeleteModelMutation = { deleteModel: boolean };

export type ModelsListQueryVariables = Exact<{
  datasetId: string;
  filter?: ModelFilter | null | undefined;
  orderBy?: ModelOrderBy | null | undefined;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type ModelsListQuery = { models: { next: string | null, totalCount: number, models: Array<{ id: string, datasetId: string, name: string, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, updatedAt: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, trainingParameters: Record<string, unknown> | null, trainingClasses: Array<{ class: string, ap: number | null }> }> } };

export type ModelDetailQueryVariables = Exact<{
  datasetId: string;
  modelId: string;
}>;


export type ModelDetailQuery = { model: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } | null };

export type ModelsByIdsQueryVariables = Exact<{
  datasetId: string;
  ids: Array<string> | string;
  length?: number | null | undefined;
}>;


export type ModelsByIdsQuery = { models: { models: Array<{ id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> }> } };

export type ModelListFieldsFragment = { id: string, datasetId: string, name: string, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, updatedAt: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, trainingParameters: Record<string, unknown> | null, trainingClasses: Array<{ class: string, ap: number | null }> };

export type ModelListTrainingFieldsFragment = { status: ModelStatus, taskType: ModelTaskType | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, trainingParameters: Record<string, unknown> | null };

export type ModelTrainingFieldsFragment = { status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> };

export type SliceFieldsFragment = { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null };

export type ModelDetailFieldsFragment = { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> };

export type SlicesListQueryVariables = Exact<{
  datasetId: string;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type SlicesListQuery = { slices: { next: string | null, totalCount: number, slices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> } };

export type CreateSliceMutationVariables = Exact<{
  datasetId: string;
  name: string;
  description?: string | null | undefined;
  dataCount?: number | null | undefined;
}>;


export type CreateSliceMutation = { createSlice: { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DatasetFieldsFragmentDoc = new TypedDocumentString(`
    fragment DatasetFields on Dataset {
  id
  name
  description
  createdAt
  updatedAt
}
    `, {"fragmentName":"DatasetFields"}) as unknown as TypedDocumentString<DatasetFieldsFragment, unknown>;
export const ModelListTrainingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ModelListTrainingFields on Model {
  status
  taskType
  scoreKey
  scoreValue
  scoreUnit
  completedAt
  trainingParameters
}
    `, {"fragmentName":"ModelListTrainingFields"}) as unknown as TypedDocumentString<ModelListTrainingFieldsFragment, unknown>;
export const ModelListFieldsFragmentDoc = new TypedDocumentString(`
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
  ...ModelListTrainingFields
}
    fragment ModelListTrainingFields on Model {
  status
  taskType
  scoreKey
  scoreValue
  scoreUnit
  completedAt
  trainingParameters
}`, {"fragmentName":"ModelListFields"}) as unknown as TypedDocumentString<ModelListFieldsFragment, unknown>;
export const SliceFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SliceFields"}) as unknown as TypedDocumentString<SliceFieldsFragment, unknown>;
export const ModelTrainingFieldsFragmentDoc = new TypedDocumentString(`
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
    `, {"fragmentName":"ModelTrainingFields"}) as unknown as TypedDocumentString<ModelTrainingFieldsFragment, unknown>;
export const ModelDetailFieldsFragmentDoc = new TypedDocumentString(`
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
  ...ModelTrainingFields
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
}`, {"fragmentName":"ModelDetailFields"}) as unknown as TypedDocumentString<ModelDetailFieldsFragment, unknown>;
export const DatasetsListDocument = new TypedDocumentString(`
    query DatasetsList($cursor: String, $length: Int) {
  datasets(cursor: $cursor, length: $length) {
    datasets {
      ...DatasetFields
    }
    next
    totalCount
  }
}
    fragment DatasetFields on Dataset {
  id
  name
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DatasetsListQuery, DatasetsListQueryVariables>;
export const DatasetDetailDocument = new TypedDocumentString(`
    query DatasetDetail($datasetId: ID!) {
  dataset(datasetId: $datasetId) {
    ...DatasetFields
  }
}
    fragment DatasetFields on Dataset {
  id
  name
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DatasetDetailQuery, DatasetDetailQueryVariables>;
export const CreateModelDocument = new TypedDocumentString(`
    mutation CreateModel($datasetId: ID!, $name: String!, $description: String, $baselineModel: String, $trainingClasses: [ModelTrainClassInput!], $trainingSliceIds: [ID!]!, $validationSliceIds: [ID!]!, $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $isPinned: Boolean, $meta: JSONObject, $taskType: ModelTaskType, $customDagId: String, $trainingParameters: JSONObject, $scoreKey: String, $scoreValue: Float, $scoreUnit: String) {
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
  }
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
  ...ModelTrainingFields
}`) as unknown as TypedDocumentString<CreateModelMutation, CreateModelMutationVariables>;
export const UpdateModelDocument = new TypedDocumentString(`
    mutation UpdateModel($datasetId: ID!, $id: ID!, $name: String, $description: String, $trainingClasses: [ModelTrainClassInput!], $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $meta: JSONObject, $status: ModelStatus, $taskType: ModelTaskType, $customDagId: String, $trainingParameters: JSONObject, $scoreKey: String, $scoreValue: Float, $scoreUnit: String, $trainSliceId: ID, $validationSliceId: ID) {
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
  }
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
  ...ModelTrainingFields
}`) as unknown as TypedDocumentString<UpdateModelMutation, UpdateModelMutationVariables>;
export const PinModelDocument = new TypedDocumentString(`
    mutation PinModel($datasetId: ID!, $id: ID!) {
  pinModel(datasetId: $datasetId, id: $id) {
    ...ModelDetailFields
  }
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
  ...ModelTrainingFields
}`) as unknown as TypedDocumentString<PinModelMutation, PinModelMutationVariables>;
export const UnpinModelDocument = new TypedDocumentString(`
    mutation UnpinModel($datasetId: ID!, $id: ID!) {
  unpinModel(datasetId: $datasetId, id: $id) {
    ...ModelDetailFields
  }
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
  ...ModelTrainingFields
}`) as unknown as TypedDocumentString<UnpinModelMutation, UnpinModelMutationVariables>;
export const DeleteModelDocument = new TypedDocumentString(`
    mutation DeleteModel($datasetId: ID!, $id: ID!) {
  deleteModel(datasetId: $datasetId, id: $id)
}
    `) as unknown as TypedDocumentString<DeleteModelMutation, DeleteModelMutationVariables>;
export const ModelsListDocument = new TypedDocumentString(`
    query ModelsList($datasetId: ID!, $filter: ModelFilter, $orderBy: ModelOrderBy, $cursor: String, $length: Int) {
  models(
    datasetId: $datasetId
    filter: $filter
    orderBy: $orderBy
    cursor: $cursor
    length: $length
  ) {
    models {
      ...ModelListFields
    }
    next
    totalCount
  }
}
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
  ...ModelListTrainingFields
}
fragment ModelListTrainingFields on Model {
  status
  taskType
  scoreKey
  scoreValue
  scoreUnit
  completedAt
  trainingParameters
}`) as unknown as TypedDocumentString<ModelsListQuery, ModelsListQueryVariables>;
export const ModelDetailDocument = new TypedDocumentString(`
    query ModelDetail($datasetId: ID!, $modelId: ID!) {
  model(datasetId: $datasetId, id: $modelId) {
    ...ModelDetailFields
  }
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
  ...ModelTrainingFields
}`) as unknown as TypedDocumentString<ModelDetailQuery, ModelDetailQueryVariables>;
export const ModelsByIdsDocument = new TypedDocumentString(`
    query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {
  models(datasetId: $datasetId, filter: {must: {idIn: $ids}}, length: $length) {
    models {
      ...ModelDetailFields
    }
  }
}
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
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
}
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
  ...ModelTrainingFields
}`) as unknown as TypedDocumentString<ModelsByIdsQuery, ModelsByIdsQueryVariables>;
export const SlicesListDocument = new TypedDocumentString(`
    query SlicesList($datasetId: String!, $cursor: String, $length: Int) {
  slices(datasetId: $datasetId, cursor: $cursor, length: $length) {
    slices {
      ...SliceFields
    }
    next
    totalCount
  }
}
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
}`) as unknown as TypedDocumentString<SlicesListQuery, SlicesListQueryVariables>;
export const CreateSliceDocument = new TypedDocumentString(`
    mutation CreateSlice($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {
  createSlice(
    datasetId: $datasetId
    name: $name
    description: $description
    dataCount: $dataCount
  ) {
    ...SliceFields
  }
}
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
}`) as unknown as TypedDocumentString<CreateSliceMutation, CreateSliceMutationVariables>;