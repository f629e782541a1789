/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DatasetFields on Dataset {\n    id\n    name\n    description\n    createdAt\n    updatedAt\n  }\n": typeof types.DatasetFieldsFragmentDoc,
    "\n  query DatasetsList($cursor: String, $length: Int) {\n    datasets(cursor: $cursor, length: $length) {\n      datasets {\n        ...DatasetFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.DatasetsListDocument,
    "\n  query DatasetDetail($datasetId: ID!) {\n    dataset(datasetId: $datasetId) {\n      ...DatasetFields\n    }\n  }\n": typeof types.DatasetDetailDocument,
    "\n  fragment DiagnosisReportItemFields on DiagnosisReportItem {\n    id\n    name\n    type\n    contentId\n    description\n    discriminatorValue\n    createdAt\n    updatedAt\n  }\n": typeof types.DiagnosisReportItemFieldsFragmentDoc,
    "\n  fragment DiagnosisFields on Diagnosis {\n    id\n    datasetId\n    name\n    description\n    status\n    scoreKey\n    scoreValue\n    scoreUnit\n    diagnosisParameters\n    contents\n    sourceSliceId\n    targetSliceId\n    sourceDataCount\n    targetDataCount\n    diagnosisDataCount\n    modelId\n    discriminatorKey\n    discriminatorValues\n    completedAt\n    createdAt\n    updatedAt\n    createdBy\n    updatedBy\n    diagnosisReportItems {\n      ...DiagnosisReportItemFields\n    }\n  }\n": typeof types.DiagnosisFieldsFragmentDoc,
    "\n  query DiagnosesList(\n    $datasetId: ID!\n    $filter: DiagnosisFilter\n    $orderBy: DiagnosisOrderBy\n    $cursor: String\n    $length: Int\n  ) {\n    diagnoses(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {\n      diagnoses {\n        ...DiagnosisFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.DiagnosesListDocument,
    "\n  query DiagnosisDetail($datasetId: ID!, $diagnosisId: ID!) {\n    diagnosis(datasetId: $datasetId, diagnosisId: $diagnosisId) {\n      ...DiagnosisFields\n    }\n  }\n": typeof types.DiagnosisDetailDocument,
    "\n  fragment ModelHistoryEventFields on ModelHistoryEvent {\n    id\n    modelId\n    modelName\n    at\n    actor\n    kind\n    changes {\n      field\n      from\n      to\n    }\n  }\n": typeof types.ModelHistoryEventFieldsFragmentDoc,
    "\n  query ModelHistory($datasetId: ID!, $modelId: ID!, $cursor: String, $length: Int) {\n    modelHistory(datasetId: $datasetId, modelId: $modelId, cursor: $cursor, length: $length) {\n      events {\n        ...ModelHistoryEventFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.ModelHistoryDocument,
    "\n  query DatasetActivity($datasetId: ID!, $cursor: String, $length: Int) {\n    datasetActivity(datasetId: $datasetId, cursor: $cursor, length: $length) {\n      events {\n        ...ModelHistoryEventFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.DatasetActivityDocument,
    "\n  query ModelsListFirstGeneration($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {\n      models {\n        ...ModelListFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.ModelsListFirstGenerationDocument,
    "\n  query ModelDetailFirstGeneration($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, id: $modelId) {\n      ...ModelDetailFields\n    }\n  }\n": typeof types.ModelDetailFirstGenerationDocument,
    "\n  query ModelsByIdsFirstGeneration($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        ...ModelDetailFields\n      }\n    }\n  }\n": typeof types.ModelsByIdsFirstGenerationDocument,
    "\n  mutation CreateModelFirstGeneration(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $baselineModel: String!\n    $trainingClasses: [ModelTrainClassInput!]\n    $trainingSliceIds: [ID!]!\n    $validationSliceIds: [ID!]!\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $isPinned: Boolean\n    $meta: JSONObject\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      baselineModel: $baselineModel\n      trainingClasses: $trainingClasses\n      trainingSliceIds: $trainingSliceIds\n      validationSliceIds: $validationSliceIds\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      isPinned: $isPinned\n      meta: $meta\n    ) {\n      ...ModelDetailFields\n    }\n  }\n": typeof types.CreateModelFirstGenerationDocument,
    "\n  mutation UpdateModelFirstGeneration(\n    $datasetId: ID!\n    $id: ID!\n    $name: String\n    $description: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $meta: JSONObject\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      id: $id\n      name: $name\n      description: $description\n      trainingClasses: $trainingClasses\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      meta: $meta\n    ) {\n      ...ModelDetailFields\n    }\n  }\n": typeof types.UpdateModelFirstGenerationDocument,
    "\n  mutation PinModelFirstGeneration($datasetId: ID!, $id: ID!) {\n    pinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n    }\n  }\n": typeof types.PinModelFirstGenerationDocument,
    "\n  mutation UnpinModelFirstGeneration($datasetId: ID!, $id: ID!) {\n    unpinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n    }\n  }\n": typeof types.UnpinModelFirstGenerationDocument,
    "\n  mutation CreateModel(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $baselineModel: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $trainingSliceIds: [ID!]!\n    $validationSliceIds: [ID!]!\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $isPinned: Boolean\n    $meta: JSONObject\n    $taskType: ModelTaskType\n    $customDagId: String\n    $trainingParameters: JSONObject\n    $scoreKey: String\n    $scoreValue: Float\n    $scoreUnit: String\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      baselineModel: $baselineModel\n      trainingClasses: $trainingClasses\n      trainingSliceIds: $trainingSliceIds\n      validationSliceIds: $validationSliceIds\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      isPinned: $isPinned\n      meta: $meta\n      taskType: $taskType\n      customDagId: $customDagId\n      trainingParameters: $trainingParameters\n      scoreKey: $scoreKey\n      scoreValue: $scoreValue\n      scoreUnit: $scoreUnit\n    ) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": typeof types.CreateModelDocument,
    "\n  mutation UpdateModel(\n    $datasetId: ID!\n    $id: ID!\n    $name: String\n    $description: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $meta: JSONObject\n    $status: ModelStatus\n    $taskType: ModelTaskType\n    $customDagId: String\n    $trainingParameters: JSONObject\n    $scoreKey: String\n    $scoreValue: Float\n    $scoreUnit: String\n    $trainSliceId: ID\n    $validationSliceId: ID\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      id: $id\n      name: $name\n      description: $description\n      trainingClasses: $trainingClasses\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      meta: $meta\n      status: $status\n      taskType: $taskType\n      customDagId: $customDagId\n      trainingParameters: $trainingParameters\n      scoreKey: $scoreKey\n      scoreValue: $scoreValue\n      scoreUnit: $scoreUnit\n      trainSliceId: $trainSliceId\n      validationSliceId: $validationSliceId\n    ) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": typeof types.UpdateModelDocument,
    "\n  mutation PinModel($datasetId: ID!, $id: ID!) {\n    pinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": typeof types.PinModelDocument,
    "\n  mutation UnpinModel($datasetId: ID!, $id: ID!) {\n    unpinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": typeof types.UnpinModelDocument,
    "\n  mutation DeleteModel($datasetId: ID!, $id: ID!) {\n    deleteModel(datasetId: $datasetId, id: $id)\n  }\n": typeof types.DeleteModelDocument,
    "\n  fragment NewerModelFields on Model {\n    id\n    datasetId\n    name\n    description\n    isPinned\n    validationDataCount\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    ...ModelTrainingFields\n  }\n": typeof types.NewerModelFieldsFragmentDoc,
    "\n  query ModelsListNewer($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {\n      models {\n        ...NewerModelFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.ModelsListNewerDocument,
    "\n  query ModelDetailNewer($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, modelId: $modelId) {\n      ...NewerModelFields\n    }\n  }\n": typeof types.ModelDetailNewerDocument,
    "\n  mutation CreateModelNewer(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $taskType: ModelTaskType!\n    $trainSliceId: ID\n    $validationSliceId: ID\n    $isPinned: Boolean\n    $trainingParameters: JSONObject\n    $trainingAnnotations: [TrainingAnnotationsInput!]\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      taskType: $taskType\n      trainSliceId: $trainSliceId\n      validationSliceId: $validationSliceId\n      isPinned: $isPinned\n      trainingParameters: $trainingParameters\n      trainingAnnotations: $trainingAnnotations\n    ) {\n      ...NewerModelFields\n    }\n  }\n": typeof types.CreateModelNewerDocument,
    "\n  mutation UpdateModelNewer(\n    $datasetId: ID!\n    $modelId: ID!\n    $name: String\n    $description: String\n    $status: ModelStatus\n    $isPinned: Boolean\n    $trainingParameters: JSONObject\n    $trainingAnnotations: [TrainingAnnotationsInput!]\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      modelId: $modelId\n      name: $name\n      description: $description\n      status: $status\n      isPinned: $isPinned\n      trainingParameters: $trainingParameters\n      trainingAnnotations: $trainingAnnotations\n    ) {\n      ...NewerModelFields\n    }\n  }\n": typeof types.UpdateModelNewerDocument,
    "\n  mutation DeleteModelNewer($datasetId: ID!, $modelId: ID!) {\n    deleteModel(datasetId: $datasetId, modelId: $modelId)\n  }\n": typeof types.DeleteModelNewerDocument,
    "\n  query ModelsList($datasetId: ID!, $filter: ModelFilter, $orderBy: ModelOrderBy, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {\n      models {\n        ...ModelListFields\n        ...ModelListTrainingFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.ModelsListDocument,
    "\n  query ModelDetail($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, id: $modelId) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": typeof types.ModelDetailDocument,
    "\n  query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        ...ModelDetailFields\n        ...ModelTrainingFields\n      }\n    }\n  }\n": typeof types.ModelsByIdsDocument,
    "\n  fragment ModelListFields on Model {\n    id\n    datasetId\n    name\n    baselineModel\n    isPinned\n    isTrained\n    trainedAt\n    trainingDataCount\n    validationDataCount\n    createdAt\n    updatedAt\n    meta\n    trainingClasses {\n      class\n      ap\n    }\n  }\n": typeof types.ModelListFieldsFragmentDoc,
    "\n  fragment ModelListTrainingFields on Model {\n    status\n    taskType\n    scoreKey\n    scoreValue\n    scoreUnit\n    completedAt\n    trainingParameters\n  }\n": typeof types.ModelListTrainingFieldsFragmentDoc,
    "\n  fragment ModelTrainingFields on Model {\n    status\n    taskType\n    customDagId\n    scoreKey\n    scoreValue\n    scoreUnit\n    completedAt\n    totalDataCount\n    trainDataCount\n    trainingParameters\n    trainSliceId\n    validationSliceId\n    contents\n    trainingAnnotations {\n      className\n      annotationType\n      trainCount\n      validationCount\n    }\n    trainingReport {\n      ...TrainingReportItemFields\n    }\n  }\n": typeof types.ModelTrainingFieldsFragmentDoc,
    "\n  fragment SliceFields on Slice {\n    id\n    datasetId\n    name\n    description\n    isPinned\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    dataCount\n  }\n": typeof types.SliceFieldsFragmentDoc,
    "\n  fragment ModelDetailFields on Model {\n    id\n    datasetId\n    name\n    description\n    baselineModel\n    isPinned\n    isTrained\n    trainedAt\n    trainingDataCount\n    validationDataCount\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    meta\n    modelContent {\n      id\n      downloadURL\n    }\n    trainingClasses {\n      class\n      annotationType\n      ap\n      trainingAnnotationsCount\n      validationAnnotationsCount\n    }\n    trainingSlices {\n      ...SliceFields\n    }\n    validationSlices {\n      ...SliceFields\n    }\n  }\n": typeof types.ModelDetailFieldsFragmentDoc,
    "\n  fragment TrainingReportItemFields on TrainingReportItem {\n    id\n    name\n    type\n    contentId\n    description\n    createdAt\n    updatedAt\n  }\n": typeof types.TrainingReportItemFieldsFragmentDoc,
    "\n  query TrainingReport($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, modelId: $modelId) {\n      id\n      trainingReport {\n        ...TrainingReportItemFields\n      }\n    }\n  }\n": typeof types.TrainingReportDocument,
    "\n  query TrainingReports($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        id\n        trainingReport {\n          ...TrainingReportItemFields\n        }\n      }\n    }\n  }\n": typeof types.TrainingReportsDocument,
    "\n  mutation ReportFileURL($contentId: ID!, $fileName: String!) {\n    generateFileDownloadURL(contentId: $contentId, fileName: $fileName)\n  }\n": typeof types.ReportFileUrlDocument,
    "\n  query SlicesList($datasetId: String!, $cursor: String, $length: Int) {\n    slices(datasetId: $datasetId, cursor: $cursor, length: $length) {\n      slices {\n        ...SliceFields\n      }\n      next\n      totalCount\n    }\n  }\n": typeof types.SlicesListDocument,
    "\n  mutation CreateSlice($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {\n    createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) {\n      ...SliceFields\n    }\n  }\n": typeof types.CreateSliceDocument,
};
const documents: Documents = {
    "\n  fragment DatasetFields on Dataset {\n    id\n    name\n    description\n    createdAt\n    updatedAt\n  }\n": types.DatasetFieldsFragmentDoc,
    "\n  query DatasetsList($cursor: String, $length: Int) {\n    datasets(cursor: $cursor, length: $length) {\n      datasets {\n        ...DatasetFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.DatasetsListDocument,
    "\n  query DatasetDetail($datasetId: ID!) {\n    dataset(datasetId: $datasetId) {\n      ...DatasetFields\n    }\n  }\n": types.DatasetDetailDocument,
    "\n  fragment DiagnosisReportItemFields on DiagnosisReportItem {\n    id\n    name\n    type\n    contentId\n    description\n    discriminatorValue\n    createdAt\n    updatedAt\n  }\n": types.DiagnosisReportItemFieldsFragmentDoc,
    "\n  fragment DiagnosisFields on Diagnosis {\n    id\n    datasetId\n    name\n    description\n    status\n    scoreKey\n    scoreValue\n    scoreUnit\n    diagnosisParameters\n    contents\n    sourceSliceId\n    targetSliceId\n    sourceDataCount\n    targetDataCount\n    diagnosisDataCount\n    modelId\n    discriminatorKey\n    discriminatorValues\n    completedAt\n    createdAt\n    updatedAt\n    createdBy\n    updatedBy\n    diagnosisReportItems {\n      ...DiagnosisReportItemFields\n    }\n  }\n": types.DiagnosisFieldsFragmentDoc,
    "\n  query DiagnosesList(\n    $datasetId: ID!\n    $filter: DiagnosisFilter\n    $orderBy: DiagnosisOrderBy\n    $cursor: String\n    $length: Int\n  ) {\n    diagnoses(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {\n      diagnoses {\n        ...DiagnosisFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.DiagnosesListDocument,
    "\n  query DiagnosisDetail($datasetId: ID!, $diagnosisId: ID!) {\n    diagnosis(datasetId: $datasetId, diagnosisId: $diagnosisId) {\n      ...DiagnosisFields\n    }\n  }\n": types.DiagnosisDetailDocument,
    "\n  fragment ModelHistoryEventFields on ModelHistoryEvent {\n    id\n    modelId\n    modelName\n    at\n    actor\n    kind\n    changes {\n      field\n      from\n      to\n    }\n  }\n": types.ModelHistoryEventFieldsFragmentDoc,
    "\n  query ModelHistory($datasetId: ID!, $modelId: ID!, $cursor: String, $length: Int) {\n    modelHistory(datasetId: $datasetId, modelId: $modelId, cursor: $cursor, length: $length) {\n      events {\n        ...ModelHistoryEventFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.ModelHistoryDocument,
    "\n  query DatasetActivity($datasetId: ID!, $cursor: String, $length: Int) {\n    datasetActivity(datasetId: $datasetId, cursor: $cursor, length: $length) {\n      events {\n        ...ModelHistoryEventFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.DatasetActivityDocument,
    "\n  query ModelsListFirstGeneration($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {\n      models {\n        ...ModelListFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.ModelsListFirstGenerationDocument,
    "\n  query ModelDetailFirstGeneration($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, id: $modelId) {\n      ...ModelDetailFields\n    }\n  }\n": types.ModelDetailFirstGenerationDocument,
    "\n  query ModelsByIdsFirstGeneration($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        ...ModelDetailFields\n      }\n    }\n  }\n": types.ModelsByIdsFirstGenerationDocument,
    "\n  mutation CreateModelFirstGeneration(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $baselineModel: String!\n    $trainingClasses: [ModelTrainClassInput!]\n    $trainingSliceIds: [ID!]!\n    $validationSliceIds: [ID!]!\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $isPinned: Boolean\n    $meta: JSONObject\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      baselineModel: $baselineModel\n      trainingClasses: $trainingClasses\n      trainingSliceIds: $trainingSliceIds\n      validationSliceIds: $validationSliceIds\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      isPinned: $isPinned\n      meta: $meta\n    ) {\n      ...ModelDetailFields\n    }\n  }\n": types.CreateModelFirstGenerationDocument,
    "\n  mutation UpdateModelFirstGeneration(\n    $datasetId: ID!\n    $id: ID!\n    $name: String\n    $description: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $meta: JSONObject\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      id: $id\n      name: $name\n      description: $description\n      trainingClasses: $trainingClasses\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      meta: $meta\n    ) {\n      ...ModelDetailFields\n    }\n  }\n": types.UpdateModelFirstGenerationDocument,
    "\n  mutation PinModelFirstGeneration($datasetId: ID!, $id: ID!) {\n    pinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n    }\n  }\n": types.PinModelFirstGenerationDocument,
    "\n  mutation UnpinModelFirstGeneration($datasetId: ID!, $id: ID!) {\n    unpinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n    }\n  }\n": types.UnpinModelFirstGenerationDocument,
    "\n  mutation CreateModel(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $baselineModel: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $trainingSliceIds: [ID!]!\n    $validationSliceIds: [ID!]!\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $isPinned: Boolean\n    $meta: JSONObject\n    $taskType: ModelTaskType\n    $customDagId: String\n    $trainingParameters: JSONObject\n    $scoreKey: String\n    $scoreValue: Float\n    $scoreUnit: String\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      baselineModel: $baselineModel\n      trainingClasses: $trainingClasses\n      trainingSliceIds: $trainingSliceIds\n      validationSliceIds: $validationSliceIds\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      isPinned: $isPinned\n      meta: $meta\n      taskType: $taskType\n      customDagId: $customDagId\n      trainingParameters: $trainingParameters\n      scoreKey: $scoreKey\n      scoreValue: $scoreValue\n      scoreUnit: $scoreUnit\n    ) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": types.CreateModelDocument,
    "\n  mutation UpdateModel(\n    $datasetId: ID!\n    $id: ID!\n    $name: String\n    $description: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $meta: JSONObject\n    $status: ModelStatus\n    $taskType: ModelTaskType\n    $customDagId: String\n    $trainingParameters: JSONObject\n    $scoreKey: String\n    $scoreValue: Float\n    $scoreUnit: String\n    $trainSliceId: ID\n    $validationSliceId: ID\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      id: $id\n      name: $name\n      description: $description\n      trainingClasses: $trainingClasses\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      meta: $meta\n      status: $status\n      taskType: $taskType\n      customDagId: $customDagId\n      trainingParameters: $trainingParameters\n      scoreKey: $scoreKey\n      scoreValue: $scoreValue\n      scoreUnit: $scoreUnit\n      trainSliceId: $trainSliceId\n      validationSliceId: $validationSliceId\n    ) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": types.UpdateModelDocument,
    "\n  mutation PinModel($datasetId: ID!, $id: ID!) {\n    pinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": types.PinModelDocument,
    "\n  mutation UnpinModel($datasetId: ID!, $id: ID!) {\n    unpinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": types.UnpinModelDocument,
    "\n  mutation DeleteModel($datasetId: ID!, $id: ID!) {\n    deleteModel(datasetId: $datasetId, id: $id)\n  }\n": types.DeleteModelDocument,
    "\n  fragment NewerModelFields on Model {\n    id\n    datasetId\n    name\n    description\n    isPinned\n    validationDataCount\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    ...ModelTrainingFields\n  }\n": types.NewerModelFieldsFragmentDoc,
    "\n  query ModelsListNewer($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {\n      models {\n        ...NewerModelFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.ModelsListNewerDocument,
    "\n  query ModelDetailNewer($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, modelId: $modelId) {\n      ...NewerModelFields\n    }\n  }\n": types.ModelDetailNewerDocument,
    "\n  mutation CreateModelNewer(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $taskType: ModelTaskType!\n    $trainSliceId: ID\n    $validationSliceId: ID\n    $isPinned: Boolean\n    $trainingParameters: JSONObject\n    $trainingAnnotations: [TrainingAnnotationsInput!]\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      taskType: $taskType\n      trainSliceId: $trainSliceId\n      validationSliceId: $validationSliceId\n      isPinned: $isPinned\n      trainingParameters: $trainingParameters\n      trainingAnnotations: $trainingAnnotations\n    ) {\n      ...NewerModelFields\n    }\n  }\n": types.CreateModelNewerDocument,
    "\n  mutation UpdateModelNewer(\n    $datasetId: ID!\n    $modelId: ID!\n    $name: String\n    $description: String\n    $status: ModelStatus\n    $isPinned: Boolean\n    $trainingParameters: JSONObject\n    $trainingAnnotations: [TrainingAnnotationsInput!]\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      modelId: $modelId\n      name: $name\n      description: $description\n      status: $status\n      isPinned: $isPinned\n      trainingParameters: $trainingParameters\n      trainingAnnotations: $trainingAnnotations\n    ) {\n      ...NewerModelFields\n    }\n  }\n": types.UpdateModelNewerDocument,
    "\n  mutation DeleteModelNewer($datasetId: ID!, $modelId: ID!) {\n    deleteModel(datasetId: $datasetId, modelId: $modelId)\n  }\n": types.DeleteModelNewerDocument,
    "\n  query ModelsList($datasetId: ID!, $filter: ModelFilter, $orderBy: ModelOrderBy, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {\n      models {\n        ...ModelListFields\n        ...ModelListTrainingFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.ModelsListDocument,
    "\n  query ModelDetail($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, id: $modelId) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n": types.ModelDetailDocument,
    "\n  query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        ...ModelDetailFields\n        ...ModelTrainingFields\n      }\n    }\n  }\n": types.ModelsByIdsDocument,
    "\n  fragment ModelListFields on Model {\n    id\n    datasetId\n    name\n    baselineModel\n    isPinned\n    isTrained\n    trainedAt\n    trainingDataCount\n    validationDataCount\n    createdAt\n    updatedAt\n    meta\n    trainingClasses {\n      class\n      ap\n    }\n  }\n": types.ModelListFieldsFragmentDoc,
    "\n  fragment ModelListTrainingFields on Model {\n    status\n    taskType\n    scoreKey\n    scoreValue\n    scoreUnit\n    completedAt\n    trainingParameters\n  }\n": types.ModelListTrainingFieldsFragmentDoc,
    "\n  fragment ModelTrainingFields on Model {\n    status\n    taskType\n    customDagId\n    scoreKey\n    scoreValue\n    scoreUnit\n    completedAt\n    totalDataCount\n    trainDataCount\n    trainingParameters\n    trainSliceId\n    validationSliceId\n    contents\n    trainingAnnotations {\n      className\n      annotationType\n      trainCount\n      validationCount\n    }\n    trainingReport {\n      ...TrainingReportItemFields\n    }\n  }\n": types.ModelTrainingFieldsFragmentDoc,
    "\n  fragment SliceFields on Slice {\n    id\n    datasetId\n    name\n    description\n    isPinned\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    dataCount\n  }\n": types.SliceFieldsFragmentDoc,
    "\n  fragment ModelDetailFields on Model {\n    id\n    datasetId\n    name\n    description\n    baselineModel\n    isPinned\n    isTrained\n    trainedAt\n    trainingDataCount\n    validationDataCount\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    meta\n    modelContent {\n      id\n      downloadURL\n    }\n    trainingClasses {\n      class\n      annotationType\n      ap\n      trainingAnnotationsCount\n      validationAnnotationsCount\n    }\n    trainingSlices {\n      ...SliceFields\n    }\n    validationSlices {\n      ...SliceFields\n    }\n  }\n": types.ModelDetailFieldsFragmentDoc,
    "\n  fragment TrainingReportItemFields on TrainingReportItem {\n    id\n    name\n    type\n    contentId\n    description\n    createdAt\n    updatedAt\n  }\n": types.TrainingReportItemFieldsFragmentDoc,
    "\n  query TrainingReport($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, modelId: $modelId) {\n      id\n      trainingReport {\n        ...TrainingReportItemFields\n      }\n    }\n  }\n": types.TrainingReportDocument,
    "\n  query TrainingReports($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        id\n        trainingReport {\n          ...TrainingReportItemFields\n        }\n      }\n    }\n  }\n": types.TrainingReportsDocument,
    "\n  mutation ReportFileURL($contentId: ID!, $fileName: String!) {\n    generateFileDownloadURL(contentId: $contentId, fileName: $fileName)\n  }\n": types.ReportFileUrlDocument,
    "\n  query SlicesList($datasetId: String!, $cursor: String, $length: Int) {\n    slices(datasetId: $datasetId, cursor: $cursor, length: $length) {\n      slices {\n        ...SliceFields\n      }\n      next\n      totalCount\n    }\n  }\n": types.SlicesListDocument,
    "\n  mutation CreateSlice($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {\n    createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) {\n      ...SliceFields\n    }\n  }\n": types.CreateSliceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DatasetFields on Dataset {\n    id\n    name\n    description\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').DatasetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetsList($cursor: String, $length: Int) {\n    datasets(cursor: $cursor, length: $length) {\n      datasets {\n        ...DatasetFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DatasetsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetDetail($datasetId: ID!) {\n    dataset(datasetId: $datasetId) {\n      ...DatasetFields\n    }\n  }\n"): typeof import('./graphql').DatasetDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiagnosisReportItemFields on DiagnosisReportItem {\n    id\n    name\n    type\n    contentId\n    description\n    discriminatorValue\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').DiagnosisReportItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiagnosisFields on Diagnosis {\n    id\n    datasetId\n    name\n    description\n    status\n    scoreKey\n    scoreValue\n    scoreUnit\n    diagnosisParameters\n    contents\n    sourceSliceId\n    targetSliceId\n    sourceDataCount\n    targetDataCount\n    diagnosisDataCount\n    modelId\n    discriminatorKey\n    discriminatorValues\n    completedAt\n    createdAt\n    updatedAt\n    createdBy\n    updatedBy\n    diagnosisReportItems {\n      ...DiagnosisReportItemFields\n    }\n  }\n"): typeof import('./graphql').DiagnosisFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosesList(\n    $datasetId: ID!\n    $filter: DiagnosisFilter\n    $orderBy: DiagnosisOrderBy\n    $cursor: String\n    $length: Int\n  ) {\n    diagnoses(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {\n      diagnoses {\n        ...DiagnosisFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DiagnosesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosisDetail($datasetId: ID!, $diagnosisId: ID!) {\n    diagnosis(datasetId: $datasetId, diagnosisId: $diagnosisId) {\n      ...DiagnosisFields\n    }\n  }\n"): typeof import('./graphql').DiagnosisDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelHistoryEventFields on ModelHistoryEvent {\n    id\n    modelId\n    modelName\n    at\n    actor\n    kind\n    changes {\n      field\n      from\n      to\n    }\n  }\n"): typeof import('./graphql').ModelHistoryEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelHistory($datasetId: ID!, $modelId: ID!, $cursor: String, $length: Int) {\n    modelHistory(datasetId: $datasetId, modelId: $modelId, cursor: $cursor, length: $length) {\n      events {\n        ...ModelHistoryEventFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ModelHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetActivity($datasetId: ID!, $cursor: String, $length: Int) {\n    datasetActivity(datasetId: $datasetId, cursor: $cursor, length: $length) {\n      events {\n        ...ModelHistoryEventFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DatasetActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelsListFirstGeneration($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {\n      models {\n        ...ModelListFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ModelsListFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelDetailFirstGeneration($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, id: $modelId) {\n      ...ModelDetailFields\n    }\n  }\n"): typeof import('./graphql').ModelDetailFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelsByIdsFirstGeneration($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        ...ModelDetailFields\n      }\n    }\n  }\n"): typeof import('./graphql').ModelsByIdsFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModelFirstGeneration(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $baselineModel: String!\n    $trainingClasses: [ModelTrainClassInput!]\n    $trainingSliceIds: [ID!]!\n    $validationSliceIds: [ID!]!\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $isPinned: Boolean\n    $meta: JSONObject\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      baselineModel: $baselineModel\n      trainingClasses: $trainingClasses\n      trainingSliceIds: $trainingSliceIds\n      validationSliceIds: $validationSliceIds\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      isPinned: $isPinned\n      meta: $meta\n    ) {\n      ...ModelDetailFields\n    }\n  }\n"): typeof import('./graphql').CreateModelFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModelFirstGeneration(\n    $datasetId: ID!\n    $id: ID!\n    $name: String\n    $description: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $meta: JSONObject\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      id: $id\n      name: $name\n      description: $description\n      trainingClasses: $trainingClasses\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      meta: $meta\n    ) {\n      ...ModelDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateModelFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinModelFirstGeneration($datasetId: ID!, $id: ID!) {\n    pinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n    }\n  }\n"): typeof import('./graphql').PinModelFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinModelFirstGeneration($datasetId: ID!, $id: ID!) {\n    unpinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n    }\n  }\n"): typeof import('./graphql').UnpinModelFirstGenerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModel(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $baselineModel: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $trainingSliceIds: [ID!]!\n    $validationSliceIds: [ID!]!\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $isPinned: Boolean\n    $meta: JSONObject\n    $taskType: ModelTaskType\n    $customDagId: String\n    $trainingParameters: JSONObject\n    $scoreKey: String\n    $scoreValue: Float\n    $scoreUnit: String\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      baselineModel: $baselineModel\n      trainingClasses: $trainingClasses\n      trainingSliceIds: $trainingSliceIds\n      validationSliceIds: $validationSliceIds\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      isPinned: $isPinned\n      meta: $meta\n      taskType: $taskType\n      customDagId: $customDagId\n      trainingParameters: $trainingParameters\n      scoreKey: $scoreKey\n      scoreValue: $scoreValue\n      scoreUnit: $scoreUnit\n    ) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n"): typeof import('./graphql').CreateModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModel(\n    $datasetId: ID!\n    $id: ID!\n    $name: String\n    $description: String\n    $trainingClasses: [ModelTrainClassInput!]\n    $modelContentId: String\n    $isTrained: Boolean\n    $trainedAt: DateTime\n    $meta: JSONObject\n    $status: ModelStatus\n    $taskType: ModelTaskType\n    $customDagId: String\n    $trainingParameters: JSONObject\n    $scoreKey: String\n    $scoreValue: Float\n    $scoreUnit: String\n    $trainSliceId: ID\n    $validationSliceId: ID\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      id: $id\n      name: $name\n      description: $description\n      trainingClasses: $trainingClasses\n      modelContentId: $modelContentId\n      isTrained: $isTrained\n      trainedAt: $trainedAt\n      meta: $meta\n      status: $status\n      taskType: $taskType\n      customDagId: $customDagId\n      trainingParameters: $trainingParameters\n      scoreKey: $scoreKey\n      scoreValue: $scoreValue\n      scoreUnit: $scoreUnit\n      trainSliceId: $trainSliceId\n      validationSliceId: $validationSliceId\n    ) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n"): typeof import('./graphql').UpdateModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinModel($datasetId: ID!, $id: ID!) {\n    pinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n"): typeof import('./graphql').PinModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinModel($datasetId: ID!, $id: ID!) {\n    unpinModel(datasetId: $datasetId, id: $id) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n"): typeof import('./graphql').UnpinModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModel($datasetId: ID!, $id: ID!) {\n    deleteModel(datasetId: $datasetId, id: $id)\n  }\n"): typeof import('./graphql').DeleteModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewerModelFields on Model {\n    id\n    datasetId\n    name\n    description\n    isPinned\n    validationDataCount\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    ...ModelTrainingFields\n  }\n"): typeof import('./graphql').NewerModelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelsListNewer($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {\n      models {\n        ...NewerModelFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ModelsListNewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelDetailNewer($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, modelId: $modelId) {\n      ...NewerModelFields\n    }\n  }\n"): typeof import('./graphql').ModelDetailNewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModelNewer(\n    $datasetId: ID!\n    $name: String!\n    $description: String\n    $taskType: ModelTaskType!\n    $trainSliceId: ID\n    $validationSliceId: ID\n    $isPinned: Boolean\n    $trainingParameters: JSONObject\n    $trainingAnnotations: [TrainingAnnotationsInput!]\n  ) {\n    createModel(\n      datasetId: $datasetId\n      name: $name\n      description: $description\n      taskType: $taskType\n      trainSliceId: $trainSliceId\n      validationSliceId: $validationSliceId\n      isPinned: $isPinned\n      trainingParameters: $trainingParameters\n      trainingAnnotations: $trainingAnnotations\n    ) {\n      ...NewerModelFields\n    }\n  }\n"): typeof import('./graphql').CreateModelNewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModelNewer(\n    $datasetId: ID!\n    $modelId: ID!\n    $name: String\n    $description: String\n    $status: ModelStatus\n    $isPinned: Boolean\n    $trainingParameters: JSONObject\n    $trainingAnnotations: [TrainingAnnotationsInput!]\n  ) {\n    updateModel(\n      datasetId: $datasetId\n      modelId: $modelId\n      name: $name\n      description: $description\n      status: $status\n      isPinned: $isPinned\n      trainingParameters: $trainingParameters\n      trainingAnnotations: $trainingAnnotations\n    ) {\n      ...NewerModelFields\n    }\n  }\n"): typeof import('./graphql').UpdateModelNewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModelNewer($datasetId: ID!, $modelId: ID!) {\n    deleteModel(datasetId: $datasetId, modelId: $modelId)\n  }\n"): typeof import('./graphql').DeleteModelNewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelsList($datasetId: ID!, $filter: ModelFilter, $orderBy: ModelOrderBy, $cursor: String, $length: Int) {\n    models(datasetId: $datasetId, filter: $filter, orderBy: $orderBy, cursor: $cursor, length: $length) {\n      models {\n        ...ModelListFields\n        ...ModelListTrainingFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ModelsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelDetail($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, id: $modelId) {\n      ...ModelDetailFields\n      ...ModelTrainingFields\n    }\n  }\n"): typeof import('./graphql').ModelDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelsByIds($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        ...ModelDetailFields\n        ...ModelTrainingFields\n      }\n    }\n  }\n"): typeof import('./graphql').ModelsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelListFields on Model {\n    id\n    datasetId\n    name\n    baselineModel\n    isPinned\n    isTrained\n    trainedAt\n    trainingDataCount\n    validationDataCount\n    createdAt\n    updatedAt\n    meta\n    trainingClasses {\n      class\n      ap\n    }\n  }\n"): typeof import('./graphql').ModelListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelListTrainingFields on Model {\n    status\n    taskType\n    scoreKey\n    scoreValue\n    scoreUnit\n    completedAt\n    trainingParameters\n  }\n"): typeof import('./graphql').ModelListTrainingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelTrainingFields on Model {\n    status\n    taskType\n    customDagId\n    scoreKey\n    scoreValue\n    scoreUnit\n    completedAt\n    totalDataCount\n    trainDataCount\n    trainingParameters\n    trainSliceId\n    validationSliceId\n    contents\n    trainingAnnotations {\n      className\n      annotationType\n      trainCount\n      validationCount\n    }\n    trainingReport {\n      ...TrainingReportItemFields\n    }\n  }\n"): typeof import('./graphql').ModelTrainingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SliceFields on Slice {\n    id\n    datasetId\n    name\n    description\n    isPinned\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    dataCount\n  }\n"): typeof import('./graphql').SliceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelDetailFields on Model {\n    id\n    datasetId\n    name\n    description\n    baselineModel\n    isPinned\n    isTrained\n    trainedAt\n    trainingDataCount\n    validationDataCount\n    createdAt\n    createdBy\n    updatedAt\n    updatedBy\n    meta\n    modelContent {\n      id\n      downloadURL\n    }\n    trainingClasses {\n      class\n      annotationType\n      ap\n      trainingAnnotationsCount\n      validationAnnotationsCount\n    }\n    trainingSlices {\n      ...SliceFields\n    }\n    validationSlices {\n      ...SliceFields\n    }\n  }\n"): typeof import('./graphql').ModelDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingReportItemFields on TrainingReportItem {\n    id\n    name\n    type\n    contentId\n    description\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').TrainingReportItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingReport($datasetId: ID!, $modelId: ID!) {\n    model(datasetId: $datasetId, modelId: $modelId) {\n      id\n      trainingReport {\n        ...TrainingReportItemFields\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingReports($datasetId: ID!, $ids: [ID!]!, $length: Int) {\n    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {\n      models {\n        id\n        trainingReport {\n          ...TrainingReportItemFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportFileURL($contentId: ID!, $fileName: String!) {\n    generateFileDownloadURL(contentId: $contentId, fileName: $fileName)\n  }\n"): typeof import('./graphql').ReportFileUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlicesList($datasetId: String!, $cursor: String, $length: Int) {\n    slices(datasetId: $datasetId, cursor: $cursor, length: $length) {\n      slices {\n        ...SliceFields\n      }\n      next\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SlicesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSlice($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {\n    createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) {\n      ...SliceFields\n    }\n  }\n"): typeof import('./graphql').CreateSliceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
