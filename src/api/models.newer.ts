// Models on a host that speaks only the newer API (SDK v1.4–v1.9): its own documents (docs/api/newer-api.md §3.4),
// read into the dashboard's model shapes and written from them by the translation recipes of §5.3. What the
// newer API does not hold reads as absent: no baseline, no per-class AP, no weights URL. Each document leaves out
// the fields the host lacks (`lacking`, ./host-fields: a v1.4.0-era host has no contents or training annotations).
import { request } from './client';
import { graphql } from './gql';
import type {
  CreateModelMutationVariables,
  ModelFilter,
  ModelFilterOptions,
  ModelStatus,
  ModelTaskType,
  NewerModelFieldsFragment,
  UpdateModelMutationVariables,
} from './gql/graphql';
import { requestWithout, type LackedField } from './host-fields';
import type { ModelDetail, ModelsPageParams } from './models';
import type { Slice } from './slices';

graphql(`
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
`);

const ModelsListNewerDoc = graphql(`
  query ModelsListNewer($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
    models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
      models {
        ...NewerModelFields
      }
      next
      totalCount
    }
  }
`);

const ModelDetailNewerDoc = graphql(`
  query ModelDetailNewer($datasetId: ID!, $modelId: ID!) {
    model(datasetId: $datasetId, modelId: $modelId) {
      ...NewerModelFields
    }
  }
`);

const CreateModelNewerDoc = graphql(`
  mutation CreateModelNewer(
    $datasetId: ID!
    $name: String!
    $description: String
    $taskType: ModelTaskType!
    $trainSliceId: ID
    $validationSliceId: ID
    $isPinned: Boolean
    $trainingParameters: JSONObject
    $trainingAnnotations: [TrainingAnnotationsInput!]
  ) {
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
`);

const UpdateModelNewerDoc = graphql(`
  mutation UpdateModelNewer(
    $datasetId: ID!
    $modelId: ID!
    $name: String
    $description: String
    $status: ModelStatus
    $isPinned: Boolean
    $trainingParameters: JSONObject
    $trainingAnnotations: [TrainingAnnotationsInput!]
  ) {
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
`);

const DeleteModelNewerDoc = graphql(`
  mutation DeleteModelNewer($datasetId: ID!, $modelId: ID!) {
    deleteModel(datasetId: $datasetId, modelId: $modelId)
  }
`);

/**
 * A model as a newer-API host answers it. Its schema (docs/api/newer-api.md §3.7) lets lists and the status be
 * null where the catalog's own schema, which the generated types follow, does not; a field the host lacks is absent.
 */
type NewerModel = Omit<NewerModelFieldsFragment, 'status' | LackedField> & {
  status: NewerModelFieldsFragment['status'] | null;
  contents?: NewerModelFieldsFragment['contents'];
  trainingAnnotations?: NewerModelFieldsFragment['trainingAnnotations'] | null;
  trainingReport?: NewerModelFieldsFragment['trainingReport'] | null;
};

/** A model the host has no slice record for still shows its id. */
const sliceOf = (datasetId: string, id: string, slices: readonly Slice[]): Slice =>
  slices.find((s) => s.id === id) ?? {
    id,
    datasetId,
    name: id,
    description: null,
    isPinned: false,
    createdAt: '',
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
    dataCount: null,
  };

/** §5.3 reads: a newer-API model in the dashboard's shape. `slices` name the train/validation slice ids. */
export function fromNewerModel(model: NewerModel, slices: readonly Slice[] = []): ModelDetail {
  const [firstContent] = Object.values(model.contents ?? {});
  const slicesOf = (id: string | null) => (id ? [sliceOf(model.datasetId, id, slices)] : []);
  const trainingAnnotations = model.trainingAnnotations ?? [];
  return {
    ...model,
    status: model.status ?? 'PENDING',
    contents: model.contents ?? null,
    trainingAnnotations,
    trainingReport: model.trainingReport ?? [],
    baselineModel: null,
    isTrained: model.status === 'COMPLETED',
    trainedAt: model.completedAt,
    trainingDataCount: model.trainDataCount,
    meta: model.trainingParameters,
    modelContent: typeof firstContent === 'string' ? { id: firstContent, downloadURL: null } : null,
    trainingClasses: trainingAnnotations.map((a) => ({
      class: a.className,
      annotationType: a.annotationType,
      ap: null,
      trainingAnnotationsCount: a.trainCount,
      validationAnnotationsCount: a.validationCount,
    })),
    trainingSlices: slicesOf(model.trainSliceId),
    validationSlices: slicesOf(model.validationSliceId),
  };
}

/**
 * The dashboard's filter for the newer API (§5.1): `isTrained` becomes `statusIn: [COMPLETED]` on the other side
 * when false; `isPinned` is no filter there, so it is applied to the page (./models.queries hides the chip).
 */
export function toNewerFilter(filter: ModelFilter | null): ModelFilter | null {
  if (!filter) return null;
  const must: ModelFilterOptions = { ...filter.must };
  const not: ModelFilterOptions = { ...filter.not };
  const completedIn = (options: ModelFilterOptions) => ({
    ...options,
    statusIn: [...new Set([...(options.statusIn ?? []), 'COMPLETED' as const])],
  });
  const trained = { must: must.isTrained, not: not.isTrained };
  for (const options of [must, not]) {
    delete options.isTrained;
    delete options.isPinned;
  }
  const wantCompleted = trained.must === true || trained.not === false;
  const refuseCompleted = trained.must === false || trained.not === true;
  return {
    must: wantCompleted ? completedIn(must) : must,
    not: refuseCompleted ? completedIn(not) : not,
  };
}

const pinnedMatches = (filter: ModelFilter | null) => (model: { isPinned: boolean }) =>
  (filter?.must?.isPinned == null || model.isPinned === filter.must.isPinned) &&
  (filter?.not?.isPinned == null || model.isPinned !== filter.not.isPinned);

/** A page's models: the host's schema (§3.7) allows a null list. */
const modelsOf = (page: { models: NewerModel[] }) => (page.models as NewerModel[] | null) ?? [];

export async function fetchNewerModelsPage(
  datasetId: string,
  page: ModelsPageParams,
  lacking: readonly LackedField[],
  signal?: AbortSignal,
) {
  const { models } = await requestWithout(
    lacking,
    ModelsListNewerDoc,
    { datasetId, cursor: page.cursor, length: page.length, filter: toNewerFilter(page.filter) },
    signal,
  );
  return {
    next: models.next,
    totalCount: (models.totalCount as number | null) ?? 0,
    models: modelsOf(models)
      .filter(pinnedMatches(page.filter))
      .map((m) => fromNewerModel(m)),
  };
}

export async function fetchNewerModel(
  datasetId: string,
  modelId: string,
  slices: readonly Slice[],
  lacking: readonly LackedField[],
  signal?: AbortSignal,
) {
  const { model } = await requestWithout(lacking, ModelDetailNewerDoc, { datasetId, modelId }, signal);
  return model && fromNewerModel(model, slices);
}

export async function fetchNewerModelsByIds(
  datasetId: string,
  ids: readonly string[],
  slices: readonly Slice[],
  lacking: readonly LackedField[],
  signal?: AbortSignal,
) {
  const { models } = await requestWithout(
    lacking,
    ModelsListNewerDoc,
    { datasetId, filter: { must: { idIn: [...ids] } }, cursor: null, length: ids.length },
    signal,
  );
  return modelsOf(models).map((m) => fromNewerModel(m, slices));
}

/** What the newer API adds to the dashboard's create and update variables (set by its form when the host has it). */
export interface NewerModelInput {
  taskType?: ModelTaskType | null;
  status?: ModelStatus | null;
}

const DEFAULT_TASK_TYPE: ModelTaskType = 'OBJECT_DETECTION';

const toAnnotations = (classes: CreateModelMutationVariables['trainingClasses']) =>
  (classes == null ? undefined : [classes].flat())?.map((c) => ({
    className: c.class,
    annotationType: c.annotationType ?? null,
    trainCount: c.trainingAnnotationsCount ?? null,
    validationCount: c.validationAnnotationsCount ?? null,
  }));

/** §5.3 writes: create, then mark it COMPLETED when the form says it is trained. */
export async function createNewerModel(
  variables: CreateModelMutationVariables & NewerModelInput,
  slices: readonly Slice[],
  lacking: readonly LackedField[],
): Promise<ModelDetail> {
  const { createModel } = await requestWithout(lacking, CreateModelNewerDoc, {
    datasetId: variables.datasetId,
    name: variables.name,
    description: variables.description ?? null,
    taskType: variables.taskType ?? DEFAULT_TASK_TYPE,
    trainSliceId: variables.trainingSliceIds[0] ?? null,
    validationSliceId: variables.validationSliceIds[0] ?? null,
    isPinned: variables.isPinned ?? null,
    trainingParameters: variables.meta ?? null,
    trainingAnnotations: toAnnotations(variables.trainingClasses) ?? null,
  });
  if (!variables.isTrained) return fromNewerModel(createModel, slices);
  const completed = await requestWithout(lacking, UpdateModelNewerDoc, {
    datasetId: variables.datasetId,
    modelId: createModel.id,
    status: 'COMPLETED',
  });
  return fromNewerModel(completed.updateModel, slices);
}

/**
 * §5.3 writes: `isTrained` moves the status only across COMPLETED (README "API generations": true sets COMPLETED,
 * false on a COMPLETED model sets PENDING), so saving a form leaves an IN_PROGRESS model as it is.
 */
export async function updateNewerModel(
  variables: UpdateModelMutationVariables & NewerModelInput,
  current: Pick<ModelDetail, 'status'> | undefined,
  slices: readonly Slice[],
  lacking: readonly LackedField[],
): Promise<ModelDetail> {
  const completed = current?.status === 'COMPLETED';
  const status =
    variables.status ??
    (variables.isTrained === true && !completed
      ? 'COMPLETED'
      : variables.isTrained === false && completed
        ? 'PENDING'
        : undefined);
  const { updateModel } = await requestWithout(lacking, UpdateModelNewerDoc, {
    datasetId: variables.datasetId,
    modelId: variables.id,
    ...(variables.name !== undefined && { name: variables.name }),
    ...(variables.description !== undefined && { description: variables.description }),
    ...(status && { status }),
    ...(variables.meta !== undefined && { trainingParameters: variables.meta }),
    ...(variables.trainingClasses !== undefined && { trainingAnnotations: toAnnotations(variables.trainingClasses) }),
  });
  return fromNewerModel(updateModel, slices);
}

/** Pin and unpin are `updateModel(isPinned:)` in the newer API. */
export const setNewerModelPinned = (
  datasetId: string,
  modelId: string,
  isPinned: boolean,
  lacking: readonly LackedField[],
) =>
  requestWithout(lacking, UpdateModelNewerDoc, { datasetId, modelId, isPinned }).then((d) =>
    fromNewerModel(d.updateModel),
  );

export const deleteNewerModel = (datasetId: string, modelId: string) =>
  request(DeleteModelNewerDoc, { datasetId, modelId }).then((d) => d.deleteModel);
