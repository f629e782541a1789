// The newer models API's fields on the one model record, and the rules that keep both API
// generations reading it consistently (README "API generations"): status ⇔ is_trained,
// completedAt ⇔ trained_at, trainingAnnotations ⇔ trainingClasses, single slice ids ⇔ slice lists.
import type { CreateAnyModelInput, ModelStatus, ModelTaskType, UpdateAnyModelInput } from '../../src/api/schemas';
import { sql, type Kysely } from 'kysely';
import type { DB, ModelRow, SliceRole } from './db';
import type { TrainClassInput, TrainClassRecord } from './models.repo';
import { jsonColumn, passedColumns } from './passed-columns';

/** Newer-API fields of a ModelRecord. JSON stays text until a query selects it. */
export interface TrainingFields {
  status: ModelStatus;
  taskType: ModelTaskType | null;
  customDagId: string | null;
  totalDataCount: number | null;
  /** As set through the newer API; null: the count is derived from the slices. */
  storedTrainDataCount: number | null;
  storedValidationDataCount: number | null;
  trainingParametersJson: string | null;
  contentsJson: string | null;
  scoreKey: string | null;
  scoreValue: number | null;
  scoreUnit: string | null;
}

type NewerColumns = Pick<
  ModelRow,
  | 'task_type'
  | 'custom_dag_id'
  | 'total_data_count'
  | 'train_data_count'
  | 'validation_data_count'
  | 'training_parameters'
  | 'contents'
  | 'score_key'
  | 'score_value'
  | 'score_unit'
>;

/** Columns the newer API writes as given; arguments left out are left out (update: unchanged). */
export const newerColumns = (input: CreateAnyModelInput | UpdateAnyModelInput): Partial<NewerColumns> =>
  passedColumns<NewerColumns>({
    task_type: input.taskType,
    custom_dag_id: input.customDagId,
    total_data_count: input.totalDataCount,
    train_data_count: input.trainDataCount,
    validation_data_count: input.validationDataCount,
    training_parameters: jsonColumn(input.trainingParameters),
    contents: jsonColumn(input.contents),
    score_key: input.scoreKey,
    score_value: input.scoreValue,
    score_unit: input.scoreUnit,
  });

/** Every newer column of a new row: null where the input has no value. */
export const newerColumnsOnCreate = (input: CreateAnyModelInput): NewerColumns => ({
  task_type: null,
  custom_dag_id: null,
  total_data_count: null,
  train_data_count: null,
  validation_data_count: null,
  training_parameters: null,
  contents: null,
  score_key: null,
  score_value: null,
  score_unit: null,
  ...newerColumns(input),
});

type StatusColumns = Pick<ModelRow, 'status' | 'is_trained' | 'trained_at'>;

/**
 * Status, isTrained and completedAt (= trainedAt) after a write. The status comes from `status`, or from
 * the first generation's `isTrained` (true → COMPLETED; false on a COMPLETED model → PENDING, other
 * states stay). Becoming COMPLETED sets completedAt to `at`, leaving COMPLETED clears it; an explicit
 * first-generation `trainedAt` wins over both.
 */
export function nextStatus(
  current: StatusColumns,
  patch: {
    status?: ModelStatus | undefined;
    isTrained?: boolean | null | undefined;
    trainedAt?: string | null | undefined;
  },
  at: string,
): StatusColumns {
  const fromIsTrained = (isTrained: boolean): ModelStatus =>
    isTrained ? 'COMPLETED' : current.status === 'COMPLETED' ? 'PENDING' : current.status;
  const status = patch.status ?? (patch.isTrained == null ? current.status : fromIsTrained(patch.isTrained));
  let trainedAt = current.trained_at;
  if (status !== current.status) trainedAt = status === 'COMPLETED' ? at : null;
  if (patch.trainedAt !== undefined) trainedAt = patch.trainedAt;
  return { status, is_trained: status === 'COMPLETED' ? 1 : 0, trained_at: trainedAt };
}

/** A new model is PENDING unless the first generation creates it trained. */
export const statusOnCreate = (input: CreateAnyModelInput, at: string): StatusColumns =>
  nextStatus({ status: 'PENDING', is_trained: 0, trained_at: null }, input, at);

/**
 * The class list a write gives, in the first generation's terms: trainingClasses as they are, or
 * trainingAnnotations with the AP that `previous` holds for the same class and annotation type.
 * Undefined when the write does not touch the classes; null clears them.
 */
export function classesOf(
  input: Pick<CreateAnyModelInput, 'trainingClasses' | 'trainingAnnotations'>,
  previous: readonly TrainClassRecord[] = [],
): TrainClassInput[] | null | undefined {
  if (input.trainingAnnotations == null)
    return input.trainingClasses !== undefined ? input.trainingClasses : input.trainingAnnotations;
  const keyOf = (name: string, type: string | null | undefined) => `${name}\u0000${type ?? ''}`;
  const ap = new Map(previous.map((c) => [keyOf(c.class, c.annotationType), c.ap]));
  return input.trainingAnnotations.map((a) => ({
    class: a.className,
    annotationType: a.annotationType ?? null,
    ap: ap.get(keyOf(a.className, a.annotationType)) ?? null,
    trainingAnnotationsCount: a.trainCount ?? null,
    validationAnnotationsCount: a.validationCount ?? null,
  }));
}

type Executor = Kysely<DB>; // a Db or a transaction

/** The slice lists a write gives: the first generation's lists, or the newer API's single ids. */
export function sliceListsOf(
  input: Partial<
    Pick<CreateAnyModelInput, 'trainingSliceIds' | 'validationSliceIds' | 'trainSliceId' | 'validationSliceId'>
  >,
): Partial<Record<SliceRole, string[]>> {
  const single = (id: string | null | undefined) => (id === undefined ? undefined : id === null ? [] : [id]);
  const out: Partial<Record<SliceRole, string[]>> = {};
  const training = input.trainingSliceIds ?? single(input.trainSliceId);
  const validation = input.validationSliceIds ?? single(input.validationSliceId);
  if (training !== undefined) out.training = training;
  if (validation !== undefined) out.validation = validation;
  return out;
}

/** Links a model to slices of one role, in the given order; `replace` drops the role's old links first. */
export async function writeSliceLinks(
  trx: Executor,
  modelId: string,
  role: SliceRole,
  sliceIds: readonly string[],
  replace: boolean,
): Promise<void> {
  if (replace) await trx.deleteFrom('model_slices').where('model_id', '=', modelId).where('role', '=', role).execute();
  const links = sliceIds.map((sliceId, position) => ({ model_id: modelId, role, position, slice_id: sliceId }));
  for (let start = 0; start < links.length; start += 5_000)
    await trx
      .insertInto('model_slices')
      .values(links.slice(start, start + 5_000))
      .execute();
}

const slicesDataCount = (role: SliceRole) =>
  sql<number | null>`(select sum(s.data_count) from model_slices l join slices s on s.id = l.slice_id
    where l.model_id = models.id and l.role = ${role})`;

/**
 * Recomputes the slice data-count sums (db.ts ModelsTable) of one model, of every model linked to a
 * slice, or of a dataset's models: call it in the transaction that changed their links or the slice.
 */
export async function refreshSlicesDataCounts(
  trx: Executor,
  which: { modelId: string } | { sliceId: string } | { datasetId: string },
): Promise<void> {
  const update = trx.updateTable('models').set({
    training_slices_data_count: slicesDataCount('training'),
    validation_slices_data_count: slicesDataCount('validation'),
  });
  if ('modelId' in which) await update.where('id', '=', which.modelId).execute();
  else if ('sliceId' in which)
    await update
      .where('id', 'in', (eb) => eb.selectFrom('model_slices').select('model_id').where('slice_id', '=', which.sliceId))
      .execute();
  else await update.where('dataset_id', '=', which.datasetId).execute();
}
