// The SDK's GraphQL documents as it sends them (README §1, newer-api.md §3.4, §4.4), for the wire
// replays: the v1.3.0 SDK's (first generation, docs/api/README.md) and the v1.9.0 SDK's (newer API).
// Like the SDK, each builds its documents from one selection per entity; DIAGNOSES are the v1.9.0
// SDK's diagnosis documents (newer-api.md §4.1).

/** Slice fields the SDK selects (v1.3.0 and v1.9.0 alike). */
const SLICE = `
        id
        datasetId
        name
        description
        isPinned
        createdAt
        createdBy
        updatedAt
        updatedBy
`;

/** Model fields of the v1.3.0 SDK. */
const MODEL = `
        id
        datasetId
        baselineModel
        name
        description
        trainingClasses {
            class
            annotationType
            ap
            trainingAnnotationsCount
            validationAnnotationsCount
        }
        trainingDataCount
        validationDataCount
        isPinned
        isTrained
        trainedAt
        modelContent {
            id
            downloadURL
        }
        createdBy
        createdAt
        updatedBy
        updatedAt
        meta
        trainingSlices {${SLICE}}
        validationSlices {${SLICE}}
`;

/** Documents of the v1.3.0 SDK (first generation), as it sends them. */
export const FIRST_GENERATION = {
  createDataset: `
    mutation CreateDataset($name: String!, $description: String) {
        createDataset(name: $name, description: $description) { id name description createdAt createdBy updatedAt updatedBy }
    }`,
  createSlice: `
    mutation CreateSlice($dataset_id: String!, $name: String!, $description: String) {
        createSlice(datasetId: $dataset_id, name: $name, description: $description) {${SLICE}}
    }`,
  slices: `
    query Slices($dataset_id: String!, $filter: SliceFilter, $cursor: String, $length: Int) {
        slices(datasetId: $dataset_id, filter: $filter, cursor: $cursor, length: $length) {
            slices { id name }
            next
            totalCount
        }
    }`,
  slice: `
    query Slice($dataset_id: String!, $id: ID, $name: String) {
        slice(datasetId: $dataset_id, id: $id, name: $name) {${SLICE}}
    }`,
  createModel: `
    mutation CreateModel(
        $datasetId: ID!,
        $name: String!,
        $description: String,
        $baselineModel: String!,
        $trainingClasses: [ModelTrainClassInput!],
        $trainingSliceIds: [ID!]!,
        $validationSliceIds: [ID!]!,
        $modelContentId: String,
        $isTrained: Boolean,
        $trainedAt: DateTime,
        $isPinned: Boolean,
        $meta: JSONObject,
    ) {
        createModel(
            datasetId: $datasetId,
            name: $name,
            description: $description,
            baselineModel: $baselineModel,
            trainingClasses: $trainingClasses,
            trainingSliceIds: $trainingSliceIds,
            validationSliceIds: $validationSliceIds,
            modelContentId: $modelContentId,
            isTrained: $isTrained,
            trainedAt: $trainedAt,
            isPinned: $isPinned,
            meta: $meta,
        ) {${MODEL}}
    }`,
  model: `
    query Model($datasetId: ID!, $modelId: ID!) {
        model(datasetId: $datasetId, id: $modelId) {${MODEL}}
    }`,
  models: `
    query Models($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
        models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
            models {${MODEL}}
            next
            totalCount
        }
    }`,
  updateModel: `
    mutation UpdateModel(
        $datasetId: ID!,
        $id: ID!,
        $name: String,
        $description: String,
        $trainingClasses: [ModelTrainClassInput!],
        $modelContentId: String,
        $isTrained: Boolean,
        $trainedAt: DateTime,
        $meta: JSONObject,
    ) {
        updateModel(
            datasetId: $datasetId,
            id: $id,
            name: $name,
            description: $description,
            trainingClasses: $trainingClasses,
            modelContentId: $modelContentId,
            isTrained: $isTrained,
            trainedAt: $trainedAt,
            meta: $meta,
        ) {${MODEL}}
    }`,
  pinModel: `
    mutation PinModel($datasetId: ID!, $id: ID!) {
        pinModel(datasetId: $datasetId, id: $id) {${MODEL}}
    }`,
  unpinModel: `
    mutation UnpinModel($datasetId: ID!, $id: ID!) {
        unpinModel(datasetId: $datasetId, id: $id) {${MODEL}}
    }`,
  deleteModel: `
    mutation DeleteModel($datasetId: ID!, $id: ID!) {
        deleteModel(datasetId: $datasetId, id: $id)
    }`,
} as const;

/** Model fields of the v1.9.0 SDK (`Schemas.MODEL`, newer-api.md §3.2). */
const NEWER_MODEL = `
    datasetId
    id
    name
    description
    status
    taskType
    customDagId
    totalDataCount
    trainDataCount
    validationDataCount
    trainingParameters
    trainingReport {
      id
      name
      type
      modelId
      contentId
      description
      createdAt
      updatedAt
      createdBy
      updatedBy
    }
    trainingAnnotations {
      trainCount
      validationCount
      className
      annotationType
    }
    contents
    trainSliceId
    validationSliceId
    completedAt
    isPinned
    scoreKey
    scoreValue
    scoreUnit
    createdAt
    updatedAt
    createdBy
    updatedBy
`;

/** Dataset fields of the v1.9.0 SDK (newer-api.md §4.4). */
const NEWER_DATASET = `
        id
        name
        description
        createdAt
        createdBy
        updatedAt
        updatedBy
        sliceCount
        dataCount
`;

/** Documents of the v1.9.0 SDK (newer API, newer-api.md §3.4, §4.4); its slice documents are v1.3.0's. */
export const NEWER_API = {
  createDataset: `
        mutation CreateDataset($name: String!, $description: String) {
            createDataset(name: $name, description: $description) {${NEWER_DATASET}}
        }`,
  datasets: `
query Datasets(
  $filter: DatasetFilter,
  $cursor: String,
  $length: Int
) {
  datasets(
    filter: $filter,
    cursor: $cursor,
    length: $length
  ) {
    datasets {${NEWER_DATASET}}
    next
    totalCount
  }
}`,
  dataset: `
query Dataset(
  $name: String,
  $datasetId: ID
) {
  dataset(
    name: $name,
    datasetId: $datasetId
  ) {${NEWER_DATASET}}
}`,
  createSlice: FIRST_GENERATION.createSlice,
  slices: FIRST_GENERATION.slices,
  slice: FIRST_GENERATION.slice,
  model: `
query Query(
  $dataset_id: ID!,
  $model_id: ID,
  $name: String,
) {
  model(
    datasetId: $dataset_id,
    modelId: $model_id,
    name: $name,
  ) {${NEWER_MODEL}}
}`,
  models: `
query Query(
  $dataset_id: ID!,
  $filter: ModelFilter,
  $order_by: ModelOrderBy,
  $cursor: String,
  $length: Int,
) {
  models(
    datasetId: $dataset_id,
    filter: $filter,
    orderBy: $order_by,
    cursor: $cursor,
    length: $length,
  ) {
    models {${NEWER_MODEL}}
    next
    totalCount
  }
}`,
  createModel: `
mutation createModel(
  $dataset_id: ID!,
  $name: String!,
  $description: String,
  $task_type: ModelTaskType!,
  $custom_dag_id: String,
  $total_data_count: Int,
  $train_data_count: Int,
  $validation_data_count: Int,
  $training_parameters: JSONObject,
  $train_slice_id: ID,
  $validation_slice_id: ID,
  $is_pinned: Boolean,
  $score_key: String,
  $score_value: Float,
  $score_unit: String,
  $contents: JSONObject,
  $training_annotations: [TrainingAnnotationsInput!],
) {
  createModel(
    datasetId: $dataset_id,
    name: $name,
    description: $description,
    taskType: $task_type,
    customDagId: $custom_dag_id,
    totalDataCount: $total_data_count,
    trainDataCount: $train_data_count,
    validationDataCount: $validation_data_count,
    trainingParameters: $training_parameters,
    trainSliceId: $train_slice_id,
    validationSliceId: $validation_slice_id,
    isPinned: $is_pinned,
    scoreKey: $score_key,
    scoreValue: $score_value,
    scoreUnit: $score_unit,
    contents: $contents,
    trainingAnnotations: $training_annotations,
  ) {${NEWER_MODEL}}
}`,
  updateModel: `
mutation updateModel(
  $dataset_id: ID!,
  $model_id: ID!,
  $name: String,
  $description: String,
  $status: ModelStatus,
  $task_type: ModelTaskType,
  $custom_dag_id: String,
  $total_data_count: Int,
  $train_data_count: Int,
  $validation_data_count: Int,
  $training_parameters: JSONObject,
  $train_slice_id: ID,
  $validation_slice_id: ID,
  $is_pinned: Boolean,
  $score_key: String,
  $score_value: Float,
  $score_unit: String,
  $contents: JSONObject,
  $training_annotations: [TrainingAnnotationsInput!],
) {
  updateModel(
    datasetId: $dataset_id,
    modelId: $model_id,
    name: $name,
    description: $description,
    status: $status,
    taskType: $task_type,
    customDagId: $custom_dag_id,
    totalDataCount: $total_data_count,
    trainDataCount: $train_data_count,
    validationDataCount: $validation_data_count,
    trainingParameters: $training_parameters,
    trainSliceId: $train_slice_id,
    validationSliceId: $validation_slice_id,
    isPinned: $is_pinned,
    scoreKey: $score_key,
    scoreValue: $score_value,
    scoreUnit: $score_unit,
    contents: $contents,
    trainingAnnotations: $training_annotations,
  ) {${NEWER_MODEL}}
}`,
  deleteModel: `
mutation deleteModel(
  $dataset_id: ID!,
  $model_id: ID!,
) {
  deleteModel(
    datasetId: $dataset_id,
    modelId: $model_id,
  )
}`,
  createTrainingReportItem: `
mutation createTrainingReportItem(
  $dataset_id: ID!,
  $model_id: ID!,
  $name: String!,
  $type: AnalyticsReportItemType!,
  $content_id: ID,
  $description: String,
) {
  createTrainingReportItem(
    datasetId: $dataset_id,
    modelId: $model_id,
    name: $name,
    type: $type,
    contentId: $content_id,
    description: $description,
  ) {${NEWER_MODEL}}
}`,
  updateTrainingReportItem: `
mutation updateTrainingReportItem(
  $dataset_id: ID!,
  $model_id: ID!,
  $training_report_id: ID!,
  $name: String,
  $type: AnalyticsReportItemType,
  $content_id: ID,
  $description: String,
) {
  updateTrainingReportItem(
    datasetId: $dataset_id,
    modelId: $model_id,
    trainingReportItemId: $training_report_id,
    name: $name,
    type: $type,
    contentId: $content_id,
    description: $description,
  ) {${NEWER_MODEL}}
}`,
  deleteTrainingReportItem: `
mutation deleteTrainingReportItem(
  $dataset_id: ID!,
  $model_id: ID!,
  $training_report_id: ID!,
) {
  deleteTrainingReportItem(
    datasetId: $dataset_id,
    modelId: $model_id,
    trainingReportItemId: $training_report_id,
  ) {${NEWER_MODEL}}
}`,
} as const;

/** Report item fields of the v1.9.0 SDK's diagnoses (newer-api.md §4.1, Schemas.DIAGNOSIS_REPORT_ITEM). */
const DIAGNOSIS_REPORT_ITEM = `
        id
        diagnosisId
        name
        type
        contentId
        description
        discriminatorValue
        createdAt
        updatedAt
        createdBy
        updatedBy
`;

/** Diagnosis fields of the v1.9.0 SDK (Schemas.DIAGNOSIS). */
const DIAGNOSIS = `
        datasetId
        id
        name
        description
        status
        scoreKey
        scoreValue
        scoreUnit
        diagnosisParameters
        contents
        diagnosisReportItems {${DIAGNOSIS_REPORT_ITEM}}
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
`;

/** Diagnosis documents of the v1.9.0 SDK (`spb_onprem/diagnoses/queries.py`, newer-api.md §4.1), as it sends them. */
export const DIAGNOSES = {
  diagnosis: `
query Query(
  $dataset_id: ID!,
  $diagnosis_id: ID,
  $name: String,
) {
  diagnosis(
    datasetId: $dataset_id,
    diagnosisId: $diagnosis_id,
    name: $name,
  ) {${DIAGNOSIS}}
}`,
  diagnoses: `
query Query(
  $dataset_id: ID!,
  $filter: DiagnosisFilter,
  $order_by: DiagnosisOrderBy,
  $cursor: String,
  $length: Int,
) {
  diagnoses(
    datasetId: $dataset_id,
    filter: $filter,
    orderBy: $order_by,
    cursor: $cursor,
    length: $length,
  ) {
    diagnoses {${DIAGNOSIS}}
    next
    totalCount
  }
}`,
  createDiagnosis: `
mutation createDiagnosis(
  $dataset_id: ID!,
  $name: String!,
  $description: String,
  $score_key: String,
  $score_value: Float,
  $score_unit: String,
  $diagnosis_parameters: JSONObject,
  $contents: JSONObject,
  $source_slice_id: String,
  $target_slice_id: String,
  $source_data_count: Int,
  $target_data_count: Int,
  $diagnosis_data_count: Int,
  $model_id: ID,
  $discriminator_key: String,
  $discriminator_values: [String!],
) {
  createDiagnosis(
    datasetId: $dataset_id,
    name: $name,
    description: $description,
    scoreKey: $score_key,
    scoreValue: $score_value,
    scoreUnit: $score_unit,
    diagnosisParameters: $diagnosis_parameters,
    contents: $contents,
    sourceSliceId: $source_slice_id,
    targetSliceId: $target_slice_id,
    sourceDataCount: $source_data_count,
    targetDataCount: $target_data_count,
    diagnosisDataCount: $diagnosis_data_count,
    modelId: $model_id,
    discriminatorKey: $discriminator_key,
    discriminatorValues: $discriminator_values,
  ) {${DIAGNOSIS}}
}`,
  updateDiagnosis: `
mutation updateDiagnosis(
  $dataset_id: ID!,
  $diagnosis_id: ID!,
  $name: String,
  $description: String,
  $status: DiagnosisStatus,
  $score_key: String,
  $score_value: Float,
  $score_unit: String,
  $diagnosis_parameters: JSONObject,
  $contents: JSONObject,
  $source_slice_id: String,
  $target_slice_id: String,
  $source_data_count: Int,
  $target_data_count: Int,
  $diagnosis_data_count: Int,
  $model_id: ID,
  $discriminator_key: String,
  $discriminator_values: [String!],
) {
  updateDiagnosis(
    datasetId: $dataset_id,
    diagnosisId: $diagnosis_id,
    name: $name,
    description: $description,
    status: $status,
    scoreKey: $score_key,
    scoreValue: $score_value,
    scoreUnit: $score_unit,
    diagnosisParameters: $diagnosis_parameters,
    contents: $contents,
    sourceSliceId: $source_slice_id,
    targetSliceId: $target_slice_id,
    sourceDataCount: $source_data_count,
    targetDataCount: $target_data_count,
    diagnosisDataCount: $diagnosis_data_count,
    modelId: $model_id,
    discriminatorKey: $discriminator_key,
    discriminatorValues: $discriminator_values,
  ) {${DIAGNOSIS}}
}`,
  deleteDiagnosis: `
mutation deleteDiagnosis(
  $dataset_id: ID!,
  $diagnosis_id: ID!,
) {
  deleteDiagnosis(
    datasetId: $dataset_id,
    diagnosisId: $diagnosis_id,
  )
}`,
  createDiagnosisReportItem: `
mutation createDiagnosisReportItem(
  $dataset_id: ID!,
  $diagnosis_id: ID!,
  $name: String!,
  $type: AnalyticsReportItemType!,
  $content_id: ID,
  $description: String,
  $discriminator_value: String,
) {
  createDiagnosisReportItem(
    datasetId: $dataset_id,
    diagnosisId: $diagnosis_id,
    name: $name,
    type: $type,
    contentId: $content_id,
    description: $description,
    discriminatorValue: $discriminator_value,
  ) {${DIAGNOSIS}}
}`,
  updateDiagnosisReportItem: `
mutation updateDiagnosisReportItem(
  $dataset_id: ID!,
  $diagnosis_id: ID!,
  $diagnosis_report_item_id: ID!,
  $name: String,
  $type: AnalyticsReportItemType,
  $content_id: ID,
  $description: String,
  $discriminator_value: String,
) {
  updateDiagnosisReportItem(
    datasetId: $dataset_id,
    diagnosisId: $diagnosis_id,
    diagnosisReportItemId: $diagnosis_report_item_id,
    name: $name,
    type: $type,
    contentId: $content_id,
    description: $description,
    discriminatorValue: $discriminator_value,
  ) {${DIAGNOSIS}}
}`,
  deleteDiagnosisReportItem: `
mutation deleteDiagnosisReportItem(
  $dataset_id: ID!,
  $diagnosis_id: ID!,
  $diagnosis_report_item_id: ID!,
) {
  deleteDiagnosisReportItem(
    datasetId: $dataset_id,
    diagnosisId: $diagnosis_id,
    diagnosisReportItemId: $diagnosis_report_item_id,
  ) {${DIAGNOSIS}}
}`,
} as const;

type Json = Record<string, unknown>;

/** create_diagnosis's variables: all 17 keys, unset ones as explicit null. */
export const diagnosisCreateVariables = (datasetId: string, given: Json) => ({
  dataset_id: datasetId,
  name: null,
  description: null,
  score_key: null,
  score_value: null,
  score_unit: null,
  diagnosis_parameters: null,
  contents: null,
  source_slice_id: null,
  target_slice_id: null,
  source_data_count: null,
  target_data_count: null,
  diagnosis_data_count: null,
  model_id: null,
  discriminator_key: null,
  discriminator_values: null,
  ...given,
});

/** get_diagnoses's variables: always all five keys. */
export const diagnosisListVariables = (datasetId: string, given: Json = {}) => ({
  dataset_id: datasetId,
  filter: null,
  order_by: null,
  cursor: null,
  length: 10,
  ...given,
});
