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

/** Diagnosis list filter: `must` conditions are required, a match on any `not` condition excludes. */
export type DiagnosisFilter = {
  must?: DiagnosisFilterOptions | null | undefined;
  not?: DiagnosisFilterOptions | null | undefined;
};

/** Diagnosis conditions. Unset or null fields impose no condition. */
export type DiagnosisFilterOptions = {
  createdByIn?: Array<string> | null | undefined;
  idIn?: Array<string> | null | undefined;
  /** Name contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  scoreKeyIn?: Array<string> | null | undefined;
  statusIn?: Array<DiagnosisStatus> | null | undefined;
};

/** Diagnosis list order. Nulls sort as the smallest value; name sorts case-insensitively; ties by id. */
export type DiagnosisOrderBy = {
  direction: OrderDirection;
  field: DiagnosisOrderField;
};

/** Fields a diagnosis list can be sorted by. */
export type DiagnosisOrderField =
  | 'completedAt'
  | 'createdAt'
  | 'name'
  | 'scoreValue'
  | 'updatedAt';

/** State of a diagnosis run (no PREPARING, unlike models). */
export type DiagnosisStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING';

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

export type ModelHistoryKind =
  | 'CREATED'
  | 'DELETED'
  | 'PINNED'
  | 'UNPINNED'
  | 'UPDATED';

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

/** Per-class annotation counts sent on create/update (newer API). */
export type TrainingAnnotationsInput = {
  annotationType?: string | null | undefined;
  /** Class name, required (the first generation's `class`). */
  className?: string | null | undefined;
  trainCount?: number | null | undefined;
  validationCount?: number | null | undefined;
};

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

export type DiagnosisReportItemFieldsFragment = { id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, discriminatorValue: string | null, createdAt: string, updatedAt: string | null };

export type DiagnosisFieldsFragment = { id: string, datasetId: string, name: string, description: string | null, status: DiagnosisStatus, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, diagnosisParameters: Record<string, unknown> | null, contents: Record<string, unknown> | null, sourceSliceId: string | null, targetSliceId: string | null, sourceDataCount: number | null, targetDataCount: number | null, diagnosisDataCount: number | null, modelId: string | null, discriminatorKey: string | null, discriminatorValues: Array<string> | null, completedAt: string | null, createdAt: string, updatedAt: string | null, createdBy: string | null, updatedBy: string | null, diagnosisReportItems: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, discriminatorValue: string | null, createdAt: string, updatedAt: string | null }> };

export type DiagnosesListQueryVariables = Exact<{
  datasetId: string;
  filter?: DiagnosisFilter | null | undefined;
  orderBy?: DiagnosisOrderBy | null | undefined;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type DiagnosesListQuery = { diagnoses: { next: string | null, totalCount: number, diagnoses: Array<{ id: string, datasetId: string, name: string, description: string | null, status: DiagnosisStatus, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, diagnosisParameters: Record<string, unknown> | null, contents: Record<string, unknown> | null, sourceSliceId: string | null, targetSliceId: string | null, sourceDataCount: number | null, targetDataCount: number | null, diagnosisDataCount: number | null, modelId: string | null, discriminatorKey: string | null, discriminatorValues: Array<string> | null, completedAt: string | null, createdAt: string, updatedAt: string | null, createdBy: string | null, updatedBy: string | null, diagnosisReportItems: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, discriminatorValue: string | null, createdAt: string, updatedAt: string | null }> }> } };

export type DiagnosisDetailQueryVariables = Exact<{
  datasetId: string;
  diagnosisId: string;
}>;


export type DiagnosisDetailQuery = { diagnosis: { id: string, datasetId: string, name: string, description: string | null, status: DiagnosisStatus, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, diagnosisParameters: Record<string, unknown> | null, contents: Record<string, unknown> | null, sourceSliceId: string | null, targetSliceId: string | null, sourceDataCount: number | null, targetDataCount: number | null, diagnosisDataCount: number | null, modelId: string | null, discriminatorKey: string | null, discriminatorValues: Array<string> | null, completedAt: string | null, createdAt: string, updatedAt: string | null, createdBy: string | null, updatedBy: string | null, diagnosisReportItems: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, discriminatorValue: string | null, createdAt: string, updatedAt: string | null }> } | null };

export type ModelHistoryEventFieldsFragment = { id: string, modelId: string, modelName: string, at: string, actor: string, kind: ModelHistoryKind, changes: Array<{ field: string, from: unknown, to: unknown }> };

export type ModelHistoryQueryVariables = Exact<{
  datasetId: string;
  modelId: string;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type ModelHistoryQuery = { modelHistory: { next: string | null, totalCount: number, events: Array<{ id: string, modelId: string, modelName: string, at: string, actor: string, kind: ModelHistoryKind, changes: Array<{ field: string, from: unknown, to: unknown }> }> } };

export type DatasetActivityQueryVariables = Exact<{
  datasetId: string;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type DatasetActivityQuery = { datasetActivity: { next: string | null, totalCount: number, events: Array<{ id: string, modelId: string, modelName: string, at: string, actor: string, kind: ModelHistoryKind, changes: Array<{ field: string, from: unknown, to: unknown }> }> } };

export type ModelsListFirstGenerationQueryVariables = Exact<{
  datasetId: string;
  filter?: ModelFilter | null | undefined;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type ModelsListFirstGenerationQuery = { models: { next: string | null, totalCount: number, models: Array<{ id: string, datasetId: string, name: string, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, updatedAt: string | null, meta: Record<string, unknown> | null, trainingClasses: Array<{ class: string, ap: number | null }> }> } };

export type ModelDetailFirstGenerationQueryVariables = Exact<{
  datasetId: string;
  modelId: string;
}>;


export type ModelDetailFirstGenerationQuery = { model: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> } | null };

export type ModelsByIdsFirstGenerationQueryVariables = Exact<{
  datasetId: string;
  ids: Array<string> | string;
  length?: number | null | undefined;
}>;


export type ModelsByIdsFirstGenerationQuery = { models: { models: Array<{ id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> }> } };

export type CreateModelFirstGenerationMutationVariables = Exact<{
  datasetId: string;
  name: string;
  description?: string | null | undefined;
  baselineModel: string;
  trainingClasses?: Array<ModelTrainClassInput> | ModelTrainClassInput | null | undefined;
  trainingSliceIds: Array<string> | string;
  validationSliceIds: Array<string> | string;
  modelContentId?: string | null | undefined;
  isTrained?: boolean | null | undefined;
  trainedAt?: string | null | undefined;
  isPinned?: boolean | null | undefined;
  meta?: Record<string, unknown> | null | undefined;
}>;


export type CreateModelFirstGenerationMutation = { createModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> } };

export type UpdateModelFirstGenerationMutationVariables = Exact<{
  datasetId: string;
  id: string;
  name?: string | null | undefined;
  description?: string | null | undefined;
  trainingClasses?: Array<ModelTrainClassInput> | ModelTrainClassInput | null | undefined;
  modelContentId?: string | null | undefined;
  isTrained?: boolean | null | undefined;
  trainedAt?: string | null | undefined;
  meta?: Record<string, unknown> | null | undefined;
}>;


export type UpdateModelFirstGenerationMutation = { updateModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> } };

export type PinModelFirstGenerationMutationVariables = Exact<{
  datasetId: string;
  id: string;
}>;


export type PinModelFirstGenerationMutation = { pinModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> } };

export type UnpinModelFirstGenerationMutationVariables = Exact<{
  datasetId: string;
  id: string;
}>;


export type UnpinModelFirstGenerationMutation = { unpinModel: { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> } };

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

export type NewerModelFieldsFragment = { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> };

export type ModelsListNewerQueryVariables = Exact<{
  datasetId: string;
  filter?: ModelFilter | null | undefined;
  cursor?: string | null | undefined;
  length?: number | null | undefined;
}>;


export type ModelsListNewerQuery = { models: { next: string | null, totalCount: number, models: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> }> } };

export type ModelDetailNewerQueryVariables = Exact<{
  datasetId: string;
  modelId: string;
}>;


export type ModelDetailNewerQuery = { model: { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } | null };

export type CreateModelNewerMutationVariables = Exact<{
  datasetId: string;
  name: string;
  description?: string | null | undefined;
  taskType: ModelTaskType;
  trainSliceId?: string | null | undefined;
  validationSliceId?: string | null | undefined;
  isPinned?: boolean | null | undefined;
  trainingParameters?: Record<string, unknown> | null | undefined;
  trainingAnnotations?: Array<TrainingAnnotationsInput> | TrainingAnnotationsInput | null | undefined;
}>;


export type CreateModelNewerMutation = { createModel: { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type UpdateModelNewerMutationVariables = Exact<{
  datasetId: string;
  modelId: string;
  name?: string | null | undefined;
  description?: string | null | undefined;
  status?: ModelStatus | null | undefined;
  isPinned?: boolean | null | undefined;
  trainingParameters?: Record<string, unknown> | null | undefined;
  trainingAnnotations?: Array<TrainingAnnotationsInput> | TrainingAnnotationsInput | null | undefined;
}>;


export type UpdateModelNewerMutation = { updateModel: { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } };

export type DeleteModelNewerMutationVariables = Exact<{
  datasetId: string;
  modelId: string;
}>;


export type DeleteModelNewerMutation = { deleteModel: boolean };

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

export type ModelListFieldsFragment = { id: string, datasetId: string, name: string, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, updatedAt: string | null, meta: Record<string, unknown> | null, trainingClasses: Array<{ class: string, ap: number | null }> };

export type ModelListTrainingFieldsFragment = { status: ModelStatus, taskType: ModelTaskType | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, trainingParameters: Record<string, unknown> | null };

export type ModelTrainingFieldsFragment = { status: ModelStatus, taskType: ModelTaskType | null, customDagId: string | null, scoreKey: string | null, scoreValue: number | null, scoreUnit: string | null, completedAt: string | null, totalDataCount: number | null, trainDataCount: number | null, trainingParameters: Record<string, unknown> | null, trainSliceId: string | null, validationSliceId: string | null, contents: Record<string, unknown> | null, trainingAnnotations: Array<{ className: string, annotationType: string | null, trainCount: number | null, validationCount: number | null }>, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> };

export type SliceFieldsFragment = { id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null };

export type ModelDetailFieldsFragment = { id: string, datasetId: string, name: string, description: string | null, baselineModel: string | null, isPinned: boolean, isTrained: boolean, trainedAt: string | null, trainingDataCount: number | null, validationDataCount: number | null, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, meta: Record<string, unknown> | null, modelContent: { id: string, downloadURL: string | null } | null, trainingClasses: Array<{ class: string, annotationType: string | null, ap: number | null, trainingAnnotationsCount: number | null, validationAnnotationsCount: number | null }>, trainingSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }>, validationSlices: Array<{ id: string, datasetId: string, name: string, description: string | null, isPinned: boolean, createdAt: string, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, dataCount: number | null }> };

export type TrainingReportItemFieldsFragment = { id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null };

export type TrainingReportQueryVariables = Exact<{
  datasetId: string;
  modelId: string;
}>;


export type TrainingReportQuery = { model: { id: string, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> } | null };

export type TrainingReportsQueryVariables = Exact<{
  datasetId: string;
  ids: Array<string> | string;
  length?: number | null | undefined;
}>;


export type TrainingReportsQuery = { models: { models: Array<{ id: string, trainingReport: Array<{ id: string, name: string, type: AnalyticsReportItemType, contentId: string | null, description: string | null, createdAt: string, updatedAt: string | null }> }> } };

export type ReportFileUrlMutationVariables = Exact<{
  contentId: string;
  fileName: string;
}>;


export type ReportFileUrlMutation = { generateFileDownloadURL: string };

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
export const DiagnosisReportItemFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"DiagnosisReportItemFields"}) as unknown as TypedDocumentString<DiagnosisReportItemFieldsFragment, unknown>;
export const DiagnosisFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment DiagnosisReportItemFields on DiagnosisReportItem {
  id
  name
  type
  contentId
  description
  discriminatorValue
  createdAt
  updatedAt
}`, {"fragmentName":"DiagnosisFields"}) as unknown as TypedDocumentString<DiagnosisFieldsFragment, unknown>;
export const ModelHistoryEventFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ModelHistoryEventFields"}) as unknown as TypedDocumentString<ModelHistoryEventFieldsFragment, unknown>;
export const TrainingReportItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}
    `, {"fragmentName":"TrainingReportItemFields"}) as unknown as TypedDocumentString<TrainingReportItemFieldsFragment, unknown>;
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
    ...TrainingReportItemFields
  }
}
    fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`, {"fragmentName":"ModelTrainingFields"}) as unknown as TypedDocumentString<ModelTrainingFieldsFragment, unknown>;
export const NewerModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewerModelFields on Model {
  id
  datasetId
  name
  description
  isPinned
  validationDataCount
  createdAt
  createdBy
  updatedAt
  updatedBy
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
    ...TrainingReportItemFields
  }
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`, {"fragmentName":"NewerModelFields"}) as unknown as TypedDocumentString<NewerModelFieldsFragment, unknown>;
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
}
    `, {"fragmentName":"ModelListFields"}) as unknown as TypedDocumentString<ModelListFieldsFragment, unknown>;
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
export const DiagnosesListDocument = new TypedDocumentString(`
    query DiagnosesList($datasetId: ID!, $filter: DiagnosisFilter, $orderBy: DiagnosisOrderBy, $cursor: String, $length: Int) {
  diagnoses(
    datasetId: $datasetId
    filter: $filter
    orderBy: $orderBy
    cursor: $cursor
    length: $length
  ) {
    diagnoses {
      ...DiagnosisFields
    }
    next
    totalCount
  }
}
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
}`) as unknown as TypedDocumentString<DiagnosesListQuery, DiagnosesListQueryVariables>;
export const DiagnosisDetailDocument = new TypedDocumentString(`
    query DiagnosisDetail($datasetId: ID!, $diagnosisId: ID!) {
  diagnosis(datasetId: $datasetId, diagnosisId: $diagnosisId) {
    ...DiagnosisFields
  }
}
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
}`) as unknown as TypedDocumentString<DiagnosisDetailQuery, DiagnosisDetailQueryVariables>;
export const ModelHistoryDocument = new TypedDocumentString(`
    query ModelHistory($datasetId: ID!, $modelId: ID!, $cursor: String, $length: Int) {
  modelHistory(
    datasetId: $datasetId
    modelId: $modelId
    cursor: $cursor
    length: $length
  ) {
    events {
      ...ModelHistoryEventFields
    }
    next
    totalCount
  }
}
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
}`) as unknown as TypedDocumentString<ModelHistoryQuery, ModelHistoryQueryVariables>;
export const DatasetActivityDocument = new TypedDocumentString(`
    query DatasetActivity($datasetId: ID!, $cursor: String, $length: Int) {
  datasetActivity(datasetId: $datasetId, cursor: $cursor, length: $length) {
    events {
      ...ModelHistoryEventFields
    }
    next
    totalCount
  }
}
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
}`) as unknown as TypedDocumentString<DatasetActivityQuery, DatasetActivityQueryVariables>;
export const ModelsListFirstGenerationDocument = new TypedDocumentString(`
    query ModelsListFirstGeneration($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
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
}`) as unknown as TypedDocumentString<ModelsListFirstGenerationQuery, ModelsListFirstGenerationQueryVariables>;
export const ModelDetailFirstGenerationDocument = new TypedDocumentString(`
    query ModelDetailFirstGeneration($datasetId: ID!, $modelId: ID!) {
  model(datasetId: $datasetId, id: $modelId) {
    ...ModelDetailFields
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
}`) as unknown as TypedDocumentString<ModelDetailFirstGenerationQuery, ModelDetailFirstGenerationQueryVariables>;
export const ModelsByIdsFirstGenerationDocument = new TypedDocumentString(`
    query ModelsByIdsFirstGeneration($datasetId: ID!, $ids: [ID!]!, $length: Int) {
  models(datasetId: $datasetId, filter: {must: {idIn: $ids}}, length: $length) {
    models {
      ...ModelDetailFields
    }
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
}`) as unknown as TypedDocumentString<ModelsByIdsFirstGenerationQuery, ModelsByIdsFirstGenerationQueryVariables>;
export const CreateModelFirstGenerationDocument = new TypedDocumentString(`
    mutation CreateModelFirstGeneration($datasetId: ID!, $name: String!, $description: String, $baselineModel: String!, $trainingClasses: [ModelTrainClassInput!], $trainingSliceIds: [ID!]!, $validationSliceIds: [ID!]!, $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $isPinned: Boolean, $meta: JSONObject) {
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
}`) as unknown as TypedDocumentString<CreateModelFirstGenerationMutation, CreateModelFirstGenerationMutationVariables>;
export const UpdateModelFirstGenerationDocument = new TypedDocumentString(`
    mutation UpdateModelFirstGeneration($datasetId: ID!, $id: ID!, $name: String, $description: String, $trainingClasses: [ModelTrainClassInput!], $modelContentId: String, $isTrained: Boolean, $trainedAt: DateTime, $meta: JSONObject) {
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
}`) as unknown as TypedDocumentString<UpdateModelFirstGenerationMutation, UpdateModelFirstGenerationMutationVariables>;
export const PinModelFirstGenerationDocument = new TypedDocumentString(`
    mutation PinModelFirstGeneration($datasetId: ID!, $id: ID!) {
  pinModel(datasetId: $datasetId, id: $id) {
    ...ModelDetailFields
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
}`) as unknown as TypedDocumentString<PinModelFirstGenerationMutation, PinModelFirstGenerationMutationVariables>;
export const UnpinModelFirstGenerationDocument = new TypedDocumentString(`
    mutation UnpinModelFirstGeneration($datasetId: ID!, $id: ID!) {
  unpinModel(datasetId: $datasetId, id: $id) {
    ...ModelDetailFields
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
}`) as unknown as TypedDocumentString<UnpinModelFirstGenerationMutation, UnpinModelFirstGenerationMutationVariables>;
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
    ...ModelTrainingFields
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
    ...TrainingReportItemFields
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
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
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
    ...ModelTrainingFields
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
    ...TrainingReportItemFields
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
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateModelMutation, UpdateModelMutationVariables>;
export const PinModelDocument = new TypedDocumentString(`
    mutation PinModel($datasetId: ID!, $id: ID!) {
  pinModel(datasetId: $datasetId, id: $id) {
    ...ModelDetailFields
    ...ModelTrainingFields
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
    ...TrainingReportItemFields
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
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PinModelMutation, PinModelMutationVariables>;
export const UnpinModelDocument = new TypedDocumentString(`
    mutation UnpinModel($datasetId: ID!, $id: ID!) {
  unpinModel(datasetId: $datasetId, id: $id) {
    ...ModelDetailFields
    ...ModelTrainingFields
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
    ...TrainingReportItemFields
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
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UnpinModelMutation, UnpinModelMutationVariables>;
export const DeleteModelDocument = new TypedDocumentString(`
    mutation DeleteModel($datasetId: ID!, $id: ID!) {
  deleteModel(datasetId: $datasetId, id: $id)
}
    `) as unknown as TypedDocumentString<DeleteModelMutation, DeleteModelMutationVariables>;
export const ModelsListNewerDocument = new TypedDocumentString(`
    query ModelsListNewer($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
    models {
      ...NewerModelFields
    }
    next
    totalCount
  }
}
    fragment NewerModelFields on Model {
  id
  datasetId
  name
  description
  isPinned
  validationDataCount
  createdAt
  createdBy
  updatedAt
  updatedBy
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
    ...TrainingReportItemFields
  }
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ModelsListNewerQuery, ModelsListNewerQueryVariables>;
export const ModelDetailNewerDocument = new TypedDocumentString(`
    query ModelDetailNewer($datasetId: ID!, $modelId: ID!) {
  model(datasetId: $datasetId, modelId: $modelId) {
    ...NewerModelFields
  }
}
    fragment NewerModelFields on Model {
  id
  datasetId
  name
  description
  isPinned
  validationDataCount
  createdAt
  createdBy
  updatedAt
  updatedBy
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
    ...TrainingReportItemFields
  }
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ModelDetailNewerQuery, ModelDetailNewerQueryVariables>;
export const CreateModelNewerDocument = new TypedDocumentString(`
    mutation CreateModelNewer($datasetId: ID!, $name: String!, $description: String, $taskType: ModelTaskType!, $trainSliceId: ID, $validationSliceId: ID, $isPinned: Boolean, $trainingParameters: JSONObject, $trainingAnnotations: [TrainingAnnotationsInput!]) {
  createModel(
    datasetId: $datasetId
    name: $name
    description: $description
    taskType: $taskType
    trainSliceId: $trainSliceId
    validationSliceId: $validationSliceId
    isPinned: $isPinned
    trainingParameters: $trainingParameters
    trainingAnnotations: $trainingAnnotations
  ) {
    ...NewerModelFields
  }
}
    fragment NewerModelFields on Model {
  id
  datasetId
  name
  description
  isPinned
  validationDataCount
  createdAt
  createdBy
  updatedAt
  updatedBy
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
    ...TrainingReportItemFields
  }
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateModelNewerMutation, CreateModelNewerMutationVariables>;
export const UpdateModelNewerDocument = new TypedDocumentString(`
    mutation UpdateModelNewer($datasetId: ID!, $modelId: ID!, $name: String, $description: String, $status: ModelStatus, $isPinned: Boolean, $trainingParameters: JSONObject, $trainingAnnotations: [TrainingAnnotationsInput!]) {
  updateModel(
    datasetId: $datasetId
    modelId: $modelId
    name: $name
    description: $description
    status: $status
    isPinned: $isPinned
    trainingParameters: $trainingParameters
    trainingAnnotations: $trainingAnnotations
  ) {
    ...NewerModelFields
  }
}
    fragment NewerModelFields on Model {
  id
  datasetId
  name
  description
  isPinned
  validationDataCount
  createdAt
  createdBy
  updatedAt
  updatedBy
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
    ...TrainingReportItemFields
  }
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateModelNewerMutation, UpdateModelNewerMutationVariables>;
export const DeleteModelNewerDocument = new TypedDocumentString(`
    mutation DeleteModelNewer($datasetId: ID!, $modelId: ID!) {
  deleteModel(datasetId: $datasetId, modelId: $modelId)
}
    `) as unknown as TypedDocumentString<DeleteModelNewerMutation, DeleteModelNewerMutationVariables>;
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
      ...ModelListTrainingFields
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
    ...ModelTrainingFields
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
    ...TrainingReportItemFields
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
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ModelDetailQuery, ModelDetailQueryVariables>;
export const ModelsByIdsDocument = new TypedDocumentString(`
    query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {
  models(datasetId: $datasetId, filter: {must: {idIn: $ids}}, length: $length) {
    models {
      ...ModelDetailFields
      ...ModelTrainingFields
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
    ...TrainingReportItemFields
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
}
fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ModelsByIdsQuery, ModelsByIdsQueryVariables>;
export const TrainingReportDocument = new TypedDocumentString(`
    query TrainingReport($datasetId: ID!, $modelId: ID!) {
  model(datasetId: $datasetId, modelId: $modelId) {
    id
    trainingReport {
      ...TrainingReportItemFields
    }
  }
}
    fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TrainingReportQuery, TrainingReportQueryVariables>;
export const TrainingReportsDocument = new TypedDocumentString(`
    query TrainingReports($datasetId: ID!, $ids: [ID!]!, $length: Int) {
  models(datasetId: $datasetId, filter: {must: {idIn: $ids}}, length: $length) {
    models {
      id
      trainingReport {
        ...TrainingReportItemFields
      }
    }
  }
}
    fragment TrainingReportItemFields on TrainingReportItem {
  id
  name
  type
  contentId
  description
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TrainingReportsQuery, TrainingReportsQueryVariables>;
export const ReportFileUrlDocument = new TypedDocumentString(`
    mutation ReportFileURL($contentId: ID!, $fileName: String!) {
  generateFileDownloadURL(contentId: $contentId, fileName: $fileName)
}
    `) as unknown as TypedDocumentString<ReportFileUrlMutation, ReportFileUrlMutationVariables>;
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