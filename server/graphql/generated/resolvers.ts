import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ModelRecord, TrainClassRecord } from '../../storage/models.repo';
import type { SliceRecord } from '../../storage/slices.repo';
import type { DatasetRecord } from '../../storage/datasets.repo';
import type { HistoryPage, HistoryEventRecord } from '../../storage/model-history';
import type { ContentRecord } from '../../storage/contents.repo';
import type { DiagnosisRecord } from '../../storage/diagnoses.repo';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Date-time as an ISO-8601 string. Output: RFC 3339 in UTC, e.g. 2025-11-04T09:07:46.000Z.
   * Input must also accept strings without an offset (read as UTC) and with
   * microsecond fractions, because the SDK passes caller strings unchanged (its own
   * examples build them with Python's datetime.now().isoformat()).
   */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** A JSON object (a map of string keys to any JSON values). Used for free-form metadata. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

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

/** Reference to a file in the content storage; only the fields the SDK reads. */
export type BaseContent = {
  __typename?: 'BaseContent';
  /** Time-limited URL to download the file; null when none can be issued. */
  downloadURL?: Maybe<Scalars['String']['output']>;
  /** Content id. The SDK requires it whenever the object is present. */
  id: Scalars['ID']['output'];
};

/** A stored content: a folder of named files or one file of its own. */
export type Content = {
  __typename?: 'Content';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Content id, a ULID (26 characters of 0-9 and A-Z). */
  id: Scalars['ID']['output'];
  /** The key it was created with. */
  key?: Maybe<Scalars['String']['output']>;
  /** Where the bytes are kept; null: in the catalog's own database. */
  location?: Maybe<Scalars['JSONObject']['output']>;
};

/** What createContent answers: the content and a signed URL for uploading its own file. */
export type ContentUpload = {
  __typename?: 'ContentUpload';
  content: Content;
  uploadURL: Scalars['String']['output'];
};

/** A dataset: the container that owns data, slices and models. */
export type Dataset = {
  __typename?: 'Dataset';
  /** When the dataset was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the dataset. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Number of data items (newer API); null, since the local catalog stores no data items. */
  dataCount?: Maybe<Scalars['Int']['output']>;
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Unique dataset id. */
  id: Scalars['ID']['output'];
  /** Dataset name. */
  name: Scalars['String']['output'];
  /** Number of slices in the dataset (newer API). */
  sliceCount: Scalars['Int']['output'];
  /** When the dataset was last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed the dataset. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** Dataset list filter: `must` conditions are required, `not` conditions exclude. */
export type DatasetFilter = {
  /** Every condition set here must hold. */
  must?: InputMaybe<DatasetFilterOptions>;
  /** A dataset that meets any condition set here is excluded (our reading; the SDK does not say). */
  not?: InputMaybe<DatasetFilterOptions>;
};

/** Dataset conditions. Unset or null fields impose no condition. */
export type DatasetFilterOptions = {
  /** Id is one of these. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name contains this text (case-insensitive: reference-server choice). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** One page of datasets. */
export type DatasetPage = {
  __typename?: 'DatasetPage';
  /** Datasets on this page. */
  datasets: Array<Dataset>;
  /** Opaque cursor for the next page; null on the last page. */
  next?: Maybe<Scalars['String']['output']>;
  /** Number of datasets matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An evaluation run of a dataset's data, optionally of one model. */
export type Diagnosis = {
  __typename?: 'Diagnosis';
  /** When the status last became COMPLETED; null in any other status. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  contents?: Maybe<Scalars['JSONObject']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  datasetId: Scalars['ID']['output'];
  description?: Maybe<Scalars['String']['output']>;
  diagnosisDataCount?: Maybe<Scalars['Int']['output']>;
  diagnosisParameters?: Maybe<Scalars['JSONObject']['output']>;
  /** Report items, oldest first. */
  diagnosisReportItems: Array<DiagnosisReportItem>;
  discriminatorKey?: Maybe<Scalars['String']['output']>;
  discriminatorValues?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  /** The model evaluated; it may since have been deleted (the id then names no model). */
  modelId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  scoreKey?: Maybe<Scalars['String']['output']>;
  scoreUnit?: Maybe<Scalars['String']['output']>;
  scoreValue?: Maybe<Scalars['Float']['output']>;
  sourceDataCount?: Maybe<Scalars['Int']['output']>;
  sourceSliceId?: Maybe<Scalars['String']['output']>;
  status: DiagnosisStatus;
  targetDataCount?: Maybe<Scalars['Int']['output']>;
  targetSliceId?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** Diagnosis list filter: `must` conditions are required, a match on any `not` condition excludes. */
export type DiagnosisFilter = {
  must?: InputMaybe<DiagnosisFilterOptions>;
  not?: InputMaybe<DiagnosisFilterOptions>;
};

/** Diagnosis conditions. Unset or null fields impose no condition. */
export type DiagnosisFilterOptions = {
  createdByIn?: InputMaybe<Array<Scalars['String']['input']>>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  scoreKeyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  statusIn?: InputMaybe<Array<DiagnosisStatus>>;
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

/** One page of diagnoses. */
export type DiagnosisPage = {
  __typename?: 'DiagnosisPage';
  diagnoses: Array<Diagnosis>;
  next?: Maybe<Scalars['String']['output']>;
  totalCount: Scalars['Int']['output'];
};

/** One chart of a diagnosis report; its data lives in the folder content `contentId` (reports.json). */
export type DiagnosisReportItem = {
  __typename?: 'DiagnosisReportItem';
  contentId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  diagnosisId: Scalars['ID']['output'];
  discriminatorValue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: AnalyticsReportItemType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** State of a diagnosis run (no PREPARING, unlike models). */
export type DiagnosisStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING';

/** One field's value before and after a write (null: unset or not there). */
export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['JSON']['output']>;
  to?: Maybe<Scalars['JSON']['output']>;
};

/** A machine-learning model registered in a dataset, with its training setup and results. */
export type Model = {
  __typename?: 'Model';
  /** Architecture or checkpoint the model was derived from. First generation; null for a model created through the newer API. */
  baselineModel?: Maybe<Scalars['String']['output']>;
  /** When the status last became COMPLETED (the first generation's trainedAt). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stored files, file name -> content id. */
  contents?: Maybe<Scalars['JSONObject']['output']>;
  /** When the model was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the model. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Training pipeline id. */
  customDagId?: Maybe<Scalars['String']['output']>;
  /** Dataset the model belongs to. */
  datasetId: Scalars['ID']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Unique model id. */
  id: Scalars['ID']['output'];
  /** Whether the model is pinned. */
  isPinned: Scalars['Boolean']['output'];
  /** Whether training has finished: status is COMPLETED. */
  isTrained: Scalars['Boolean']['output'];
  /** Free-form metadata object. */
  meta?: Maybe<Scalars['JSONObject']['output']>;
  /** Stored file with the trained weights; null when no content id is set. */
  modelContent?: Maybe<BaseContent>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Name of the model-level score, e.g. mAP. */
  scoreKey?: Maybe<Scalars['String']['output']>;
  /** Unit of the model-level score. */
  scoreUnit?: Maybe<Scalars['String']['output']>;
  /** Value of the model-level score. */
  scoreValue?: Maybe<Scalars['Float']['output']>;
  /** Training lifecycle state; COMPLETED exactly when isTrained. */
  status: ModelStatus;
  /** What the model is trained for; null for a first-generation model. */
  taskType?: Maybe<ModelTaskType>;
  /** Number of data items in all, as set. */
  totalDataCount?: Maybe<Scalars['Int']['output']>;
  /** Same value as trainingDataCount. */
  trainDataCount?: Maybe<Scalars['Int']['output']>;
  /** Id of the first training slice. */
  trainSliceId?: Maybe<Scalars['ID']['output']>;
  /** When training finished, if known (the newer API's completedAt). */
  trainedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Per-class annotation counts (the first generation's trainingClasses without AP). */
  trainingAnnotations: Array<TrainingAnnotations>;
  /** Per-class metrics; an empty list when none were recorded. */
  trainingClasses: Array<ModelTrainClass>;
  /** Number of training data items: the newer API's trainDataCount when set, else derived from the training slices. */
  trainingDataCount?: Maybe<Scalars['Int']['output']>;
  /** Hyper-parameters. */
  trainingParameters?: Maybe<Scalars['JSONObject']['output']>;
  /** Training report items, oldest first. */
  trainingReport: Array<TrainingReportItem>;
  /** Slices used for training. */
  trainingSlices: Array<Slice>;
  /** When the model was last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed the model. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Number of validation data items: as set through the newer API, else derived from the validation slices. */
  validationDataCount?: Maybe<Scalars['Int']['output']>;
  /** Id of the first validation slice. */
  validationSliceId?: Maybe<Scalars['ID']['output']>;
  /** Slices used for validation. */
  validationSlices: Array<Slice>;
};

/** Model list filter: `must` conditions are required, `not` conditions exclude. */
export type ModelFilter = {
  /** Every condition set here must hold. */
  must?: InputMaybe<ModelFilterOptions>;
  /** A model that meets any condition set here is excluded (our reading; the SDK does not say). */
  not?: InputMaybe<ModelFilterOptions>;
};

/** Model conditions. Unset or null fields impose no condition. */
export type ModelFilterOptions = {
  /** Created by one of these callers (newer API). */
  createdByIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id is one of these. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Pinned state equals this. */
  isPinned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Trained state equals this. */
  isTrained?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text (case-insensitive: reference-server choice). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Score key is one of these (newer API). */
  scoreKeyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Status is one of these (newer API). */
  statusIn?: InputMaybe<Array<ModelStatus>>;
  /** Task type is one of these (newer API). */
  taskTypeIn?: InputMaybe<Array<ModelTaskType>>;
};

/** One write to a model. */
export type ModelHistoryEvent = {
  __typename?: 'ModelHistoryEvent';
  /** Who wrote: the access key, the signed-in user's key, or `local` without keys. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Fields the write changed (newer API names where both generations name one); empty for DELETED. */
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  kind: ModelHistoryKind;
  modelId: Scalars['ID']['output'];
  /** The model's name after the write (at deletion: its last name). */
  modelName: Scalars['String']['output'];
};

export type ModelHistoryKind =
  | 'CREATED'
  | 'DELETED'
  | 'PINNED'
  | 'UNPINNED'
  | 'UPDATED';

/** One page of history events; `next` continues it, `totalCount` counts every event of the history. */
export type ModelHistoryPage = {
  __typename?: 'ModelHistoryPage';
  events: Array<ModelHistoryEvent>;
  next?: Maybe<Scalars['String']['output']>;
  totalCount: Scalars['Int']['output'];
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

/** One page of models plus the data needed to fetch the next page. */
export type ModelPage = {
  __typename?: 'ModelPage';
  /** Models on this page. */
  models: Array<Model>;
  /** Opaque cursor for the next page; null on the last page. */
  next?: Maybe<Scalars['String']['output']>;
  /** Number of models matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

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

/** Metrics of one class the model was trained on. */
export type ModelTrainClass = {
  __typename?: 'ModelTrainClass';
  /** Annotation kind of the class, e.g. box or polygon (free text). */
  annotationType?: Maybe<Scalars['String']['output']>;
  /** Average precision for the class, between 0.0 and 1.0. */
  ap?: Maybe<Scalars['Float']['output']>;
  /** Class name, e.g. car. The field is literally called `class` (Python exposes it as class_name). */
  class: Scalars['String']['output'];
  /** Number of annotations of this class in the training slices. */
  trainingAnnotationsCount?: Maybe<Scalars['Int']['output']>;
  /** Number of annotations of this class in the validation slices. */
  validationAnnotationsCount?: Maybe<Scalars['Int']['output']>;
};

/** Per-class metrics sent on create/update. The SDK omits keys the caller never set. */
export type ModelTrainClassInput = {
  /** Annotation kind, e.g. box or polygon. */
  annotationType?: InputMaybe<Scalars['String']['input']>;
  /** Average precision, must lie in [0.0, 1.0]. */
  ap?: InputMaybe<Scalars['Float']['input']>;
  /** Class name (wire name `class`). */
  class: Scalars['String']['input'];
  /** Number of training annotations of this class. */
  trainingAnnotationsCount?: InputMaybe<Scalars['Int']['input']>;
  /** Number of validation annotations of this class. */
  validationAnnotationsCount?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a content; `uploadURL` takes one PUT of the content's own file. contentType FOLDER makes a folder. */
  createContent: ContentUpload;
  /** Creates a dataset and returns it. */
  createDataset: Dataset;
  /** Creates a diagnosis (status PENDING). The SDK sends every key, unset ones as null. */
  createDiagnosis: Diagnosis;
  /** Adds a report item (optionally bound to one discriminator value) and returns the diagnosis. */
  createDiagnosisReportItem: Diagnosis;
  /** Creates a folder content (a content that holds named files, e.g. reports.json) and returns its id. */
  createFolderContent: Content;
  /**
   * Registers a new model in a dataset and returns it. The referenced slices must
   * already exist in the same dataset. Arguments the caller leaves out are not
   * sent at all; an explicit Python None arrives as null.
   * First generation: baselineModel, trainingSliceIds and validationSliceIds are
   * required by its SDK. Newer API: taskType is required. One of baselineModel and
   * taskType must be given. A new model's status is PENDING (COMPLETED when
   * isTrained is true).
   */
  createModel: Model;
  /** Creates a slice (a named subset of a dataset's data) and returns it. */
  createSlice: Slice;
  /** Newer API: adds an item to a model's training report and returns the model. */
  createTrainingReportItem: Model;
  /** Deletes a dataset with its slices and models. Returns true on success. */
  deleteDataset: Scalars['Boolean']['output'];
  /** Deletes a diagnosis with its report items. Returns true on success. */
  deleteDiagnosis: Scalars['Boolean']['output'];
  /** Removes a report item and returns the diagnosis. */
  deleteDiagnosisReportItem: Diagnosis;
  /**
   * Deletes a model record with its training report items. Returns true on
   * success. Referenced slices and stored content files are left untouched.
   */
  deleteModel: Scalars['Boolean']['output'];
  /** Deletes a slice. [ours] Refused with BAD_REQUEST while a model still references it. */
  deleteSlice: Scalars['Boolean']['output'];
  /** Newer API: removes a training report item and returns the model. */
  deleteTrainingReportItem: Model;
  /** A signed URL (one hour) that serves the content's own file (uploaded through createContent's uploadURL). */
  generateContentDownloadURL: Scalars['String']['output'];
  /** A signed URL (one hour) that serves the file `fileName` of the content by HTTP GET. */
  generateFileDownloadURL: Scalars['String']['output'];
  /** A signed URL (one hour) that takes one HTTP PUT of the file `fileName` of the content. */
  generateFileUploadURL: Scalars['String']['output'];
  /** Marks a model as pinned (a favourite or important model) and returns it. */
  pinModel: Model;
  /** Clears a model's pinned mark and returns it. */
  unpinModel: Model;
  /** Renames or re-describes a dataset. Note the argument is `id` here. */
  updateDataset: Dataset;
  /** Changes a diagnosis: omitted = unchanged, null clears (name and status cannot be null). COMPLETED sets completedAt. */
  updateDiagnosis: Diagnosis;
  /** Changes a report item (omitted = unchanged, null clears contentId, description, discriminatorValue) and returns the diagnosis. */
  updateDiagnosisReportItem: Diagnosis;
  /**
   * Changes the editable attributes of a model and returns the updated model.
   * An argument that is left out means "leave unchanged". The baseline model and
   * the first generation's slice lists cannot be changed here; the newer API's
   * trainSliceId/validationSliceId and isPinned can. The model is named by `id`
   * (first generation) or `modelId` (newer API), exactly one of them.
   */
  updateModel: Model;
  /** Renames or re-describes a slice. */
  updateSlice: Slice;
  /** Newer API: changes a training report item (omitted = unchanged, null clears contentId/description) and returns the model. */
  updateTrainingReportItem: Model;
};


export type MutationCreateContentArgs = {
  contentType?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateDatasetArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateDiagnosisArgs = {
  contents?: InputMaybe<Scalars['JSONObject']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  diagnosisDataCount?: InputMaybe<Scalars['Int']['input']>;
  diagnosisParameters?: InputMaybe<Scalars['JSONObject']['input']>;
  discriminatorKey?: InputMaybe<Scalars['String']['input']>;
  discriminatorValues?: InputMaybe<Array<Scalars['String']['input']>>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  scoreKey?: InputMaybe<Scalars['String']['input']>;
  scoreUnit?: InputMaybe<Scalars['String']['input']>;
  scoreValue?: InputMaybe<Scalars['Float']['input']>;
  sourceDataCount?: InputMaybe<Scalars['Int']['input']>;
  sourceSliceId?: InputMaybe<Scalars['String']['input']>;
  targetDataCount?: InputMaybe<Scalars['Int']['input']>;
  targetSliceId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateDiagnosisReportItemArgs = {
  contentId?: InputMaybe<Scalars['ID']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  diagnosisId: Scalars['ID']['input'];
  discriminatorValue?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type: AnalyticsReportItemType;
};


export type MutationCreateModelArgs = {
  baselineModel?: InputMaybe<Scalars['String']['input']>;
  contents?: InputMaybe<Scalars['JSONObject']['input']>;
  customDagId?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  isPinned?: InputMaybe<Scalars['Boolean']['input']>;
  isTrained?: InputMaybe<Scalars['Boolean']['input']>;
  meta?: InputMaybe<Scalars['JSONObject']['input']>;
  modelContentId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  scoreKey?: InputMaybe<Scalars['String']['input']>;
  scoreUnit?: InputMaybe<Scalars['String']['input']>;
  scoreValue?: InputMaybe<Scalars['Float']['input']>;
  taskType?: InputMaybe<ModelTaskType>;
  totalDataCount?: InputMaybe<Scalars['Int']['input']>;
  trainDataCount?: InputMaybe<Scalars['Int']['input']>;
  trainSliceId?: InputMaybe<Scalars['ID']['input']>;
  trainedAt?: InputMaybe<Scalars['DateTime']['input']>;
  trainingAnnotations?: InputMaybe<Array<TrainingAnnotationsInput>>;
  trainingClasses?: InputMaybe<Array<ModelTrainClassInput>>;
  trainingParameters?: InputMaybe<Scalars['JSONObject']['input']>;
  trainingSliceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validationDataCount?: InputMaybe<Scalars['Int']['input']>;
  validationSliceId?: InputMaybe<Scalars['ID']['input']>;
  validationSliceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationCreateSliceArgs = {
  dataCount?: InputMaybe<Scalars['Int']['input']>;
  datasetId: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateTrainingReportItemArgs = {
  contentId?: InputMaybe<Scalars['ID']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  modelId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  type: AnalyticsReportItemType;
};


export type MutationDeleteDatasetArgs = {
  datasetId: Scalars['ID']['input'];
};


export type MutationDeleteDiagnosisArgs = {
  datasetId: Scalars['ID']['input'];
  diagnosisId: Scalars['ID']['input'];
};


export type MutationDeleteDiagnosisReportItemArgs = {
  datasetId: Scalars['ID']['input'];
  diagnosisId: Scalars['ID']['input'];
  diagnosisReportItemId: Scalars['ID']['input'];
};


export type MutationDeleteModelArgs = {
  datasetId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeleteSliceArgs = {
  datasetId: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteTrainingReportItemArgs = {
  datasetId: Scalars['ID']['input'];
  modelId: Scalars['ID']['input'];
  trainingReportItemId: Scalars['ID']['input'];
};


export type MutationGenerateContentDownloadUrlArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateFileDownloadUrlArgs = {
  contentId: Scalars['ID']['input'];
  fileName: Scalars['String']['input'];
};


export type MutationGenerateFileUploadUrlArgs = {
  contentId: Scalars['ID']['input'];
  contentType?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
};


export type MutationPinModelArgs = {
  datasetId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUnpinModelArgs = {
  datasetId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateDatasetArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateDiagnosisArgs = {
  contents?: InputMaybe<Scalars['JSONObject']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  diagnosisDataCount?: InputMaybe<Scalars['Int']['input']>;
  diagnosisId: Scalars['ID']['input'];
  diagnosisParameters?: InputMaybe<Scalars['JSONObject']['input']>;
  discriminatorKey?: InputMaybe<Scalars['String']['input']>;
  discriminatorValues?: InputMaybe<Array<Scalars['String']['input']>>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  scoreKey?: InputMaybe<Scalars['String']['input']>;
  scoreUnit?: InputMaybe<Scalars['String']['input']>;
  scoreValue?: InputMaybe<Scalars['Float']['input']>;
  sourceDataCount?: InputMaybe<Scalars['Int']['input']>;
  sourceSliceId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DiagnosisStatus>;
  targetDataCount?: InputMaybe<Scalars['Int']['input']>;
  targetSliceId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateDiagnosisReportItemArgs = {
  contentId?: InputMaybe<Scalars['ID']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  diagnosisId: Scalars['ID']['input'];
  diagnosisReportItemId: Scalars['ID']['input'];
  discriminatorValue?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<AnalyticsReportItemType>;
};


export type MutationUpdateModelArgs = {
  contents?: InputMaybe<Scalars['JSONObject']['input']>;
  customDagId?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  isPinned?: InputMaybe<Scalars['Boolean']['input']>;
  isTrained?: InputMaybe<Scalars['Boolean']['input']>;
  meta?: InputMaybe<Scalars['JSONObject']['input']>;
  modelContentId?: InputMaybe<Scalars['String']['input']>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  scoreKey?: InputMaybe<Scalars['String']['input']>;
  scoreUnit?: InputMaybe<Scalars['String']['input']>;
  scoreValue?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<ModelStatus>;
  taskType?: InputMaybe<ModelTaskType>;
  totalDataCount?: InputMaybe<Scalars['Int']['input']>;
  trainDataCount?: InputMaybe<Scalars['Int']['input']>;
  trainSliceId?: InputMaybe<Scalars['ID']['input']>;
  trainedAt?: InputMaybe<Scalars['DateTime']['input']>;
  trainingAnnotations?: InputMaybe<Array<TrainingAnnotationsInput>>;
  trainingClasses?: InputMaybe<Array<ModelTrainClassInput>>;
  trainingParameters?: InputMaybe<Scalars['JSONObject']['input']>;
  validationDataCount?: InputMaybe<Scalars['Int']['input']>;
  validationSliceId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateSliceArgs = {
  dataCount?: InputMaybe<Scalars['Int']['input']>;
  datasetId: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateTrainingReportItemArgs = {
  contentId?: InputMaybe<Scalars['ID']['input']>;
  datasetId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  modelId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  trainingReportItemId: Scalars['ID']['input'];
  type?: InputMaybe<AnalyticsReportItemType>;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type Query = {
  __typename?: 'Query';
  /** Fetches one dataset by id or, when no id is given, by name. */
  dataset?: Maybe<Dataset>;
  /** Writes to every model of a dataset, newest first. */
  datasetActivity: ModelHistoryPage;
  /**
   * Lists datasets. Shape as corrected in later SDK commits (dec07ec): the list
   * document shipped at 48f44b1 is inconsistent and fails validation (see README).
   */
  datasets: DatasetPage;
  /** Lists the diagnoses of one dataset, one page at a time; orderBy null means createdAt descending. */
  diagnoses: DiagnosisPage;
  /**
   * Fetches one diagnosis by `diagnosisId` or by exact `name`: exactly one of them, else BAD_REQUEST.
   * Unknown: NOT_FOUND. Names need not be unique: by name, the newest such diagnosis answers.
   */
  diagnosis?: Maybe<Diagnosis>;
  /**
   * Fetches one model by `id` (first generation), `modelId` or `name` (newer API):
   * exactly one of them, else BAD_REQUEST. An unknown model must produce a
   * NOT_FOUND error, not a silent null: the SDK at 48f44b1 cannot handle a null
   * model. Model names need not be unique: by name, the newest such model answers.
   */
  model?: Maybe<Model>;
  /** Writes to one model, newest first. A deleted model's history stays readable and ends with its deletion. */
  modelHistory: ModelHistoryPage;
  /**
   * Lists the models of one dataset, one page at a time.
   * The SDK always sends cursor and length, and sends filter as null when the caller gave none.
   */
  models: ModelPage;
  /** Fetches one slice by id or, when no id is given, by name. */
  slice?: Maybe<Slice>;
  /** Lists the slices of one dataset (the SDK selects only id and name per slice here). */
  slices: SlicePage;
};


export type QueryDatasetArgs = {
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDatasetActivityArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  length?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDatasetsArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DatasetFilter>;
  length?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDiagnosesArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  filter?: InputMaybe<DiagnosisFilter>;
  length?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DiagnosisOrderBy>;
};


export type QueryDiagnosisArgs = {
  datasetId: Scalars['ID']['input'];
  diagnosisId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModelArgs = {
  datasetId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModelHistoryArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  length?: InputMaybe<Scalars['Int']['input']>;
  modelId: Scalars['ID']['input'];
};


export type QueryModelsArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  filter?: InputMaybe<ModelFilter>;
  length?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelOrderBy>;
};


export type QuerySliceArgs = {
  datasetId: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySlicesArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['String']['input'];
  filter?: InputMaybe<SliceFilter>;
  length?: InputMaybe<Scalars['Int']['input']>;
};

/** A named subset of a dataset's data (used for training/validation splits). */
export type Slice = {
  __typename?: 'Slice';
  /** When the slice was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the slice. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Number of data items in the slice, when known. Our extension (README §12); the SDK never selects it. */
  dataCount?: Maybe<Scalars['Int']['output']>;
  /** Dataset the slice belongs to. */
  datasetId: Scalars['ID']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Unique slice id. */
  id: Scalars['ID']['output'];
  /** Whether the slice is pinned. */
  isPinned: Scalars['Boolean']['output'];
  /** Slice name, unique within the dataset. */
  name: Scalars['String']['output'];
  /** When the slice was last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed the slice. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** Slice list filter: `must` conditions are required, `not` conditions exclude. */
export type SliceFilter = {
  /** Every condition set here must hold. */
  must?: InputMaybe<SliceFilterOptions>;
  /** A slice that meets any condition set here is excluded (our reading; the SDK does not say). */
  not?: InputMaybe<SliceFilterOptions>;
};

/** Slice conditions. Unset or null fields impose no condition. */
export type SliceFilterOptions = {
  /** Id is one of these. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name contains this text (case-insensitive: reference-server choice). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** One page of slices. */
export type SlicePage = {
  __typename?: 'SlicePage';
  /** Opaque cursor for the next page; null on the last page. */
  next?: Maybe<Scalars['String']['output']>;
  /** Slices on this page. */
  slices: Array<Slice>;
  /** Number of slices matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Annotation counts of one class (newer API). */
export type TrainingAnnotations = {
  __typename?: 'TrainingAnnotations';
  annotationType?: Maybe<Scalars['String']['output']>;
  className: Scalars['String']['output'];
  trainCount?: Maybe<Scalars['Int']['output']>;
  validationCount?: Maybe<Scalars['Int']['output']>;
};

/** Per-class annotation counts sent on create/update (newer API). */
export type TrainingAnnotationsInput = {
  annotationType?: InputMaybe<Scalars['String']['input']>;
  /** Class name, required (the first generation's `class`). */
  className?: InputMaybe<Scalars['String']['input']>;
  trainCount?: InputMaybe<Scalars['Int']['input']>;
  validationCount?: InputMaybe<Scalars['Int']['input']>;
};

/** One chart of a model's training report; its data lives in the folder content `contentId` (reports.json). */
export type TrainingReportItem = {
  __typename?: 'TrainingReportItem';
  contentId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  modelId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: AnalyticsReportItemType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnalyticsReportItemType: AnalyticsReportItemType;
  BaseContent: ResolverTypeWrapper<BaseContent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Content: ResolverTypeWrapper<ContentRecord>;
  ContentUpload: ResolverTypeWrapper<Omit<ContentUpload, 'content'> & { content: ResolversTypes['Content'] }>;
  Dataset: ResolverTypeWrapper<DatasetRecord>;
  DatasetFilter: DatasetFilter;
  DatasetFilterOptions: DatasetFilterOptions;
  DatasetPage: ResolverTypeWrapper<Omit<DatasetPage, 'datasets'> & { datasets: Array<ResolversTypes['Dataset']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Diagnosis: ResolverTypeWrapper<DiagnosisRecord>;
  DiagnosisFilter: DiagnosisFilter;
  DiagnosisFilterOptions: DiagnosisFilterOptions;
  DiagnosisOrderBy: DiagnosisOrderBy;
  DiagnosisOrderField: DiagnosisOrderField;
  DiagnosisPage: ResolverTypeWrapper<Omit<DiagnosisPage, 'diagnoses'> & { diagnoses: Array<ResolversTypes['Diagnosis']> }>;
  DiagnosisReportItem: ResolverTypeWrapper<DiagnosisReportItem>;
  DiagnosisStatus: DiagnosisStatus;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Model: ResolverTypeWrapper<ModelRecord>;
  ModelFilter: ModelFilter;
  ModelFilterOptions: ModelFilterOptions;
  ModelHistoryEvent: ResolverTypeWrapper<HistoryEventRecord>;
  ModelHistoryKind: ModelHistoryKind;
  ModelHistoryPage: ResolverTypeWrapper<HistoryPage>;
  ModelOrderBy: ModelOrderBy;
  ModelOrderField: ModelOrderField;
  ModelPage: ResolverTypeWrapper<Omit<ModelPage, 'models'> & { models: Array<ResolversTypes['Model']> }>;
  ModelStatus: ModelStatus;
  ModelTaskType: ModelTaskType;
  ModelTrainClass: ResolverTypeWrapper<TrainClassRecord>;
  ModelTrainClassInput: ModelTrainClassInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Slice: ResolverTypeWrapper<SliceRecord>;
  SliceFilter: SliceFilter;
  SliceFilterOptions: SliceFilterOptions;
  SlicePage: ResolverTypeWrapper<Omit<SlicePage, 'slices'> & { slices: Array<ResolversTypes['Slice']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TrainingAnnotations: ResolverTypeWrapper<TrainingAnnotations>;
  TrainingAnnotationsInput: TrainingAnnotationsInput;
  TrainingReportItem: ResolverTypeWrapper<TrainingReportItem>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BaseContent: BaseContent;
  Boolean: Scalars['Boolean']['output'];
  Content: ContentRecord;
  ContentUpload: Omit<ContentUpload, 'content'> & { content: ResolversParentTypes['Content'] };
  Dataset: DatasetRecord;
  DatasetFilter: DatasetFilter;
  DatasetFilterOptions: DatasetFilterOptions;
  DatasetPage: Omit<DatasetPage, 'datasets'> & { datasets: Array<ResolversParentTypes['Dataset']> };
  DateTime: Scalars['DateTime']['output'];
  Diagnosis: DiagnosisRecord;
  DiagnosisFilter: DiagnosisFilter;
  DiagnosisFilterOptions: DiagnosisFilterOptions;
  DiagnosisOrderBy: DiagnosisOrderBy;
  DiagnosisPage: Omit<DiagnosisPage, 'diagnoses'> & { diagnoses: Array<ResolversParentTypes['Diagnosis']> };
  DiagnosisReportItem: DiagnosisReportItem;
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Model: ModelRecord;
  ModelFilter: ModelFilter;
  ModelFilterOptions: ModelFilterOptions;
  ModelHistoryEvent: HistoryEventRecord;
  ModelHistoryPage: HistoryPage;
  ModelOrderBy: ModelOrderBy;
  ModelPage: Omit<ModelPage, 'models'> & { models: Array<ResolversParentTypes['Model']> };
  ModelTrainClass: TrainClassRecord;
  ModelTrainClassInput: ModelTrainClassInput;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Slice: SliceRecord;
  SliceFilter: SliceFilter;
  SliceFilterOptions: SliceFilterOptions;
  SlicePage: Omit<SlicePage, 'slices'> & { slices: Array<ResolversParentTypes['Slice']> };
  String: Scalars['String']['output'];
  TrainingAnnotations: TrainingAnnotations;
  TrainingAnnotationsInput: TrainingAnnotationsInput;
  TrainingReportItem: TrainingReportItem;
};

export type BaseContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BaseContent'] = ResolversParentTypes['BaseContent']> = {
  downloadURL?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Content'] = ResolversParentTypes['Content']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
};

export type ContentUploadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentUpload'] = ResolversParentTypes['ContentUpload']> = {
  content?: Resolver<ResolversTypes['Content'], ParentType, ContextType>;
  uploadURL?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sliceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DatasetPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetPage'] = ResolversParentTypes['DatasetPage']> = {
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiagnosisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Diagnosis'] = ResolversParentTypes['Diagnosis']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contents?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datasetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosisDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  diagnosisParameters?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  diagnosisReportItems?: Resolver<Array<ResolversTypes['DiagnosisReportItem']>, ParentType, ContextType>;
  discriminatorKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discriminatorValues?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scoreKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sourceDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceSliceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiagnosisStatus'], ParentType, ContextType>;
  targetDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetSliceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DiagnosisPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiagnosisPage'] = ResolversParentTypes['DiagnosisPage']> = {
  diagnoses?: Resolver<Array<ResolversTypes['Diagnosis']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiagnosisReportItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiagnosisReportItem'] = ResolversParentTypes['DiagnosisReportItem']> = {
  contentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  discriminatorValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AnalyticsReportItemType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type ModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = {
  baselineModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contents?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customDagId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datasetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isTrained?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meta?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  modelContent?: Resolver<Maybe<ResolversTypes['BaseContent']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scoreKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ModelStatus'], ParentType, ContextType>;
  taskType?: Resolver<Maybe<ResolversTypes['ModelTaskType']>, ParentType, ContextType>;
  totalDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainSliceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  trainedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  trainingAnnotations?: Resolver<Array<ResolversTypes['TrainingAnnotations']>, ParentType, ContextType>;
  trainingClasses?: Resolver<Array<ResolversTypes['ModelTrainClass']>, ParentType, ContextType>;
  trainingDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainingParameters?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  trainingReport?: Resolver<Array<ResolversTypes['TrainingReportItem']>, ParentType, ContextType>;
  trainingSlices?: Resolver<Array<ResolversTypes['Slice']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validationDataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validationSliceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  validationSlices?: Resolver<Array<ResolversTypes['Slice']>, ParentType, ContextType>;
};

export type ModelHistoryEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelHistoryEvent'] = ResolversParentTypes['ModelHistoryEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ModelHistoryKind'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModelHistoryPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelHistoryPage'] = ResolversParentTypes['ModelHistoryPage']> = {
  events?: Resolver<Array<ResolversTypes['ModelHistoryEvent']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModelPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelPage'] = ResolversParentTypes['ModelPage']> = {
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModelTrainClassResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelTrainClass'] = ResolversParentTypes['ModelTrainClass']> = {
  annotationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainingAnnotationsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validationAnnotationsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createContent?: Resolver<ResolversTypes['ContentUpload'], ParentType, ContextType, Partial<MutationCreateContentArgs>>;
  createDataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType, RequireFields<MutationCreateDatasetArgs, 'name'>>;
  createDiagnosis?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType, RequireFields<MutationCreateDiagnosisArgs, 'datasetId' | 'name'>>;
  createDiagnosisReportItem?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType, RequireFields<MutationCreateDiagnosisReportItemArgs, 'datasetId' | 'diagnosisId' | 'name' | 'type'>>;
  createFolderContent?: Resolver<ResolversTypes['Content'], ParentType, ContextType>;
  createModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationCreateModelArgs, 'datasetId' | 'name'>>;
  createSlice?: Resolver<ResolversTypes['Slice'], ParentType, ContextType, RequireFields<MutationCreateSliceArgs, 'datasetId' | 'name'>>;
  createTrainingReportItem?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationCreateTrainingReportItemArgs, 'datasetId' | 'modelId' | 'name' | 'type'>>;
  deleteDataset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDatasetArgs, 'datasetId'>>;
  deleteDiagnosis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDiagnosisArgs, 'datasetId' | 'diagnosisId'>>;
  deleteDiagnosisReportItem?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType, RequireFields<MutationDeleteDiagnosisReportItemArgs, 'datasetId' | 'diagnosisId' | 'diagnosisReportItemId'>>;
  deleteModel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteModelArgs, 'datasetId'>>;
  deleteSlice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSliceArgs, 'datasetId' | 'id'>>;
  deleteTrainingReportItem?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationDeleteTrainingReportItemArgs, 'datasetId' | 'modelId' | 'trainingReportItemId'>>;
  generateContentDownloadURL?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationGenerateContentDownloadUrlArgs, 'id'>>;
  generateFileDownloadURL?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationGenerateFileDownloadUrlArgs, 'contentId' | 'fileName'>>;
  generateFileUploadURL?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationGenerateFileUploadUrlArgs, 'contentId' | 'fileName'>>;
  pinModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationPinModelArgs, 'datasetId' | 'id'>>;
  unpinModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationUnpinModelArgs, 'datasetId' | 'id'>>;
  updateDataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType, RequireFields<MutationUpdateDatasetArgs, 'id'>>;
  updateDiagnosis?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType, RequireFields<MutationUpdateDiagnosisArgs, 'datasetId' | 'diagnosisId'>>;
  updateDiagnosisReportItem?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType, RequireFields<MutationUpdateDiagnosisReportItemArgs, 'datasetId' | 'diagnosisId' | 'diagnosisReportItemId'>>;
  updateModel?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationUpdateModelArgs, 'datasetId'>>;
  updateSlice?: Resolver<ResolversTypes['Slice'], ParentType, ContextType, RequireFields<MutationUpdateSliceArgs, 'datasetId' | 'id'>>;
  updateTrainingReportItem?: Resolver<ResolversTypes['Model'], ParentType, ContextType, RequireFields<MutationUpdateTrainingReportItemArgs, 'datasetId' | 'modelId' | 'trainingReportItemId'>>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, Partial<QueryDatasetArgs>>;
  datasetActivity?: Resolver<ResolversTypes['ModelHistoryPage'], ParentType, ContextType, RequireFields<QueryDatasetActivityArgs, 'datasetId'>>;
  datasets?: Resolver<ResolversTypes['DatasetPage'], ParentType, ContextType, Partial<QueryDatasetsArgs>>;
  diagnoses?: Resolver<ResolversTypes['DiagnosisPage'], ParentType, ContextType, RequireFields<QueryDiagnosesArgs, 'datasetId'>>;
  diagnosis?: Resolver<Maybe<ResolversTypes['Diagnosis']>, ParentType, ContextType, RequireFields<QueryDiagnosisArgs, 'datasetId'>>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType, RequireFields<QueryModelArgs, 'datasetId'>>;
  modelHistory?: Resolver<ResolversTypes['ModelHistoryPage'], ParentType, ContextType, RequireFields<QueryModelHistoryArgs, 'datasetId' | 'modelId'>>;
  models?: Resolver<ResolversTypes['ModelPage'], ParentType, ContextType, RequireFields<QueryModelsArgs, 'datasetId'>>;
  slice?: Resolver<Maybe<ResolversTypes['Slice']>, ParentType, ContextType, RequireFields<QuerySliceArgs, 'datasetId'>>;
  slices?: Resolver<ResolversTypes['SlicePage'], ParentType, ContextType, RequireFields<QuerySlicesArgs, 'datasetId'>>;
};

export type SliceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Slice'] = ResolversParentTypes['Slice']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  datasetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SlicePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SlicePage'] = ResolversParentTypes['SlicePage']> = {
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slices?: Resolver<Array<ResolversTypes['Slice']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingAnnotationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingAnnotations'] = ResolversParentTypes['TrainingAnnotations']> = {
  annotationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  className?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validationCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TrainingReportItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingReportItem'] = ResolversParentTypes['TrainingReportItem']> = {
  contentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AnalyticsReportItemType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  BaseContent?: BaseContentResolvers<ContextType>;
  Content?: ContentResolvers<ContextType>;
  ContentUpload?: ContentUploadResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetPage?: DatasetPageResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Diagnosis?: DiagnosisResolvers<ContextType>;
  DiagnosisPage?: DiagnosisPageResolvers<ContextType>;
  DiagnosisReportItem?: DiagnosisReportItemResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Model?: ModelResolvers<ContextType>;
  ModelHistoryEvent?: ModelHistoryEventResolvers<ContextType>;
  ModelHistoryPage?: ModelHistoryPageResolvers<ContextType>;
  ModelPage?: ModelPageResolvers<ContextType>;
  ModelTrainClass?: ModelTrainClassResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Slice?: SliceResolvers<ContextType>;
  SlicePage?: SlicePageResolvers<ContextType>;
  TrainingAnnotations?: TrainingAnnotationsResolvers<ContextType>;
  TrainingReportItem?: TrainingReportItemResolvers<ContextType>;
};

