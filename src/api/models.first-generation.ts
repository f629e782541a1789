// Models on a host that speaks only the first generation (SDK v1.3.0 and before, docs/api/README.md): the
// dashboard's documents without the newer API's fields, read into the dashboard's model shapes. The newer fields
// read as the catalog's one-record rules would give them (README "API generations"); the pages hide them.
import { request } from './client';
import { graphql } from './gql';
import type { CreateModelMutationVariables, UpdateModelMutationVariables } from './gql/graphql';
import type { ModelListItem, ModelsPageParams, ModelTraining, TrainClass } from './models';

const ModelsListFirstGenerationDoc = graphql(`
  query ModelsListFirstGeneration($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
      models {
        ...ModelListFields
      }
      next
      totalCount
    }
  }
`);

const ModelDetailFirstGenerationDoc = graphql(`
  query ModelDetailFirstGeneration($datasetId: ID!, $modelId: ID!) {
    model(datasetId: $datasetId, id: $modelId) {
      ...ModelDetailFields
    }
  }
`);

const ModelsByIdsFirstGenerationDoc = graphql(`
  query ModelsByIdsFirstGeneration($datasetId: ID!, $ids: [ID!]!, $length: Int) {
    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {
      models {
        ...ModelDetailFields
      }
    }
  }
`);

const CreateModelFirstGenerationDoc = graphql(`
  mutation CreateModelFirstGeneration(
    $datasetId: ID!
    $name: String!
    $description: String
    $baselineModel: String!
    $trainingClasses: [ModelTrainClassInput!]
    $trainingSliceIds: [ID!]!
    $validationSliceIds: [ID!]!
    $modelContentId: String
    $isTrained: Boolean
    $trainedAt: DateTime
    $isPinned: Boolean
    $meta: JSONObject
  ) {
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
`);

const UpdateModelFirstGenerationDoc = graphql(`
  mutation UpdateModelFirstGeneration(
    $datasetId: ID!
    $id: ID!
    $name: String
    $description: String
    $trainingClasses: [ModelTrainClassInput!]
    $modelContentId: String
    $isTrained: Boolean
    $trainedAt: DateTime
    $meta: JSONObject
  ) {
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
`);

const PinModelFirstGenerationDoc = graphql(`
  mutation PinModelFirstGeneration($datasetId: ID!, $id: ID!) {
    pinModel(datasetId: $datasetId, id: $id) {
      ...ModelDetailFields
    }
  }
`);

const UnpinModelFirstGenerationDoc = graphql(`
  mutation UnpinModelFirstGeneration($datasetId: ID!, $id: ID!) {
    unpinModel(datasetId: $datasetId, id: $id) {
      ...ModelDetailFields
    }
  }
`);

/** A model as a first-generation document reads it: the list's classes carry only `class` and `ap`. */
type FirstGenerationModel = Omit<ModelListItem, keyof ModelTraining | 'trainingClasses'> & {
  trainingClasses: Array<Pick<TrainClass, 'class'> & Partial<TrainClass>>;
  trainingSlices?: Array<{ id: string }>;
  validationSlices?: Array<{ id: string }>;
};

/** The newer API's fields of a first-generation model, by the one-record rules (README "API generations"). */
export function newerFieldsOf(model: FirstGenerationModel): ModelTraining {
  return {
    status: model.isTrained ? 'COMPLETED' : 'PENDING',
    taskType: null,
    customDagId: null,
    scoreKey: null,
    scoreValue: null,
    scoreUnit: null,
    completedAt: model.trainedAt,
    totalDataCount: null,
    trainDataCount: model.trainingDataCount,
    trainingParameters: null,
    trainSliceId: model.trainingSlices?.[0]?.id ?? null,
    validationSliceId: model.validationSlices?.[0]?.id ?? null,
    contents: null,
    trainingAnnotations: model.trainingClasses.map((c) => ({
      className: c.class,
      annotationType: c.annotationType ?? null,
      trainCount: c.trainingAnnotationsCount ?? null,
      validationCount: c.validationAnnotationsCount ?? null,
    })),
    trainingReport: [],
  };
}

export const withNewerFields = <M extends FirstGenerationModel>(model: M): M & ModelTraining => ({
  ...model,
  ...newerFieldsOf(model),
});

export async function fetchFirstGenerationModelsPage(datasetId: string, page: ModelsPageParams, signal?: AbortSignal) {
  const { models } = await request(ModelsListFirstGenerationDoc, { datasetId, ...page }, signal);
  return { ...models, models: models.models.map(withNewerFields) };
}

export const fetchFirstGenerationModel = (datasetId: string, modelId: string, signal?: AbortSignal) =>
  request(ModelDetailFirstGenerationDoc, { datasetId, modelId }, signal).then(
    (d) => d.model && withNewerFields(d.model),
  );

export const fetchFirstGenerationModelsByIds = (datasetId: string, ids: string[], signal?: AbortSignal) =>
  request(ModelsByIdsFirstGenerationDoc, { datasetId, ids, length: ids.length }, signal).then((d) =>
    d.models.models.map(withNewerFields),
  );

// Only the first generation's own variables are sent: a host may refuse variables its document does not declare.
export const createFirstGenerationModel = (v: CreateModelMutationVariables) =>
  request(CreateModelFirstGenerationDoc, {
    datasetId: v.datasetId,
    name: v.name,
    description: v.description,
    baselineModel: v.baselineModel ?? '',
    trainingClasses: v.trainingClasses,
    trainingSliceIds: v.trainingSliceIds ?? [],
    validationSliceIds: v.validationSliceIds ?? [],
    modelContentId: v.modelContentId,
    isTrained: v.isTrained,
    trainedAt: v.trainedAt,
    isPinned: v.isPinned,
    meta: v.meta,
  }).then((d) => withNewerFields(d.createModel));

export const updateFirstGenerationModel = (v: UpdateModelMutationVariables) =>
  request(UpdateModelFirstGenerationDoc, {
    datasetId: v.datasetId,
    id: v.id,
    name: v.name,
    description: v.description,
    trainingClasses: v.trainingClasses,
    modelContentId: v.modelContentId,
    isTrained: v.isTrained,
    trainedAt: v.trainedAt,
    meta: v.meta,
  }).then((d) => withNewerFields(d.updateModel));

export const setFirstGenerationModelPinned = (datasetId: string, id: string, pinned: boolean) =>
  pinned
    ? request(PinModelFirstGenerationDoc, { datasetId, id }).then((d) => withNewerFields(d.pinModel))
    : request(UnpinModelFirstGenerationDoc, { datasetId, id }).then((d) => withNewerFields(d.unpinModel));
