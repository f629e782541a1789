// Diagnoses (newer API, README "API generations", newer-api.md §4.1): evaluation runs of a dataset.
// Every write is a catalog write (writeTransaction), so cached answers never outlive it; diagnoses are
// no model writes and leave the model history alone.
import { sql, type SqlBool, type Transaction } from 'kysely';
import type {
  CreateDiagnosisInput,
  DiagnosisStatus,
  ModelOrderBy,
  ModelRef,
  UpdateDiagnosisInput,
} from '../../src/api/schemas';
import { notFound } from '../graphql/errors';
import { writeTransaction } from './catalog-version';
import { newId, now } from './clock';
import type { DB, Db, DiagnosisRow, Storage } from './db';
import { filterConditions, type NormalFilter } from './filters';
import { assertSlices } from './models.repo';
import { orderedQuery, orderedScope, toOrderedPage } from './ordered-page';
import { jsonColumn, passedColumns } from './passed-columns';

/** A stored diagnosis as resolvers see it; its report items load on demand. */
export interface DiagnosisRecord {
  id: string;
  datasetId: string;
  name: string;
  description: string | null;
  status: DiagnosisStatus;
  scoreKey: string | null;
  scoreValue: number | null;
  scoreUnit: string | null;
  diagnosisParameters: Record<string, unknown> | null;
  contents: Record<string, unknown> | null;
  sourceSliceId: string | null;
  targetSliceId: string | null;
  sourceDataCount: number | null;
  targetDataCount: number | null;
  diagnosisDataCount: number | null;
  modelId: string | null;
  discriminatorKey: string | null;
  discriminatorValues: string[] | null;
  completedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export const toDiagnosisRecord = (r: DiagnosisRow): DiagnosisRecord => ({
  id: r.id,
  datasetId: r.dataset_id,
  name: r.name,
  description: r.description,
  status: r.status,
  scoreKey: r.score_key,
  scoreValue: r.score_value,
  scoreUnit: r.score_unit,
  diagnosisParameters: parseJson(r.diagnosis_parameters),
  contents: parseJson(r.contents),
  sourceSliceId: r.source_slice_id,
  targetSliceId: r.target_slice_id,
  sourceDataCount: r.source_data_count,
  targetDataCount: r.target_data_count,
  diagnosisDataCount: r.diagnosis_data_count,
  modelId: r.model_id,
  discriminatorKey: r.discriminator_key,
  discriminatorValues: parseJson(r.discriminator_values),
  completedAt: r.completed_at,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

type FieldColumns = Omit<
  DiagnosisRow,
  | 'id'
  | 'dataset_id'
  | 'name'
  | 'name_lower'
  | 'status'
  | 'completed_at'
  | 'created_at'
  | 'created_by'
  | 'updated_at'
  | 'updated_by'
>;

/** The columns a write sets: only the fields it passed (create passes every one). */
const fieldColumns = (input: CreateDiagnosisInput | UpdateDiagnosisInput): Partial<FieldColumns> =>
  passedColumns<FieldColumns>({
    description: input.description,
    score_key: input.scoreKey,
    score_value: input.scoreValue,
    score_unit: input.scoreUnit,
    diagnosis_parameters: jsonColumn(input.diagnosisParameters),
    contents: jsonColumn(input.contents),
    source_slice_id: input.sourceSliceId,
    target_slice_id: input.targetSliceId,
    source_data_count: input.sourceDataCount,
    target_data_count: input.targetDataCount,
    diagnosis_data_count: input.diagnosisDataCount,
    model_id: input.modelId,
    discriminator_key: input.discriminatorKey,
    discriminator_values: jsonColumn(input.discriminatorValues),
  });

const NO_FIELDS: FieldColumns = {
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
};

const datasetNotFound = (datasetId: string) => notFound(`Dataset ${datasetId} not found`);
const diagnosisNotFound = (datasetId: string, id: string) =>
  notFound(`Diagnosis ${id} not found in dataset ${datasetId}`, 'diagnosisId');

async function datasetExists(db: Db, datasetId: string, dialect: Storage['dialect'] = 'sqlite'): Promise<boolean> {
  const row = await db
    .selectFrom('datasets')
    .select('id')
    .where('id', '=', datasetId)
    // A concurrent deleteDataset finishes first; this write then finds no dataset (PostgreSQL).
    .$if(dialect === 'postgres', (q) => q.forShare())
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Runs a diagnosis write in a catalog write, once the dataset is known to exist (and, on PostgreSQL,
 * cannot be deleted before the write commits).
 */
export function writeDiagnoses<T>(
  storage: Storage,
  datasetId: string,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return writeTransaction(storage.db, async (trx) => {
    if (!(await datasetExists(trx, datasetId, storage.dialect))) throw datasetNotFound(datasetId);
    return work(trx);
  });
}

/** The row of a diagnosis of the dataset, or NOT_FOUND naming what is missing. */
export async function findDiagnosis(db: Db, datasetId: string, ref: ModelRef): Promise<DiagnosisRow> {
  const base = db.selectFrom('diagnoses').selectAll().where('dataset_id', '=', datasetId);
  // Names need not be unique: the newest diagnosis of that name answers.
  const row = await (
    'id' in ref
      ? base.where('id', '=', ref.id)
      : base.where('name', '=', ref.name).orderBy('created_at', 'desc').orderBy('id', 'desc')
  ).executeTakeFirst();
  if (row !== undefined) return row;
  if (!(await datasetExists(db, datasetId))) throw datasetNotFound(datasetId);
  throw 'id' in ref
    ? diagnosisNotFound(datasetId, ref.id)
    : notFound(`No diagnosis named "${ref.name}" in dataset ${datasetId}`, 'name');
}

export async function getDiagnosis(db: Db, datasetId: string, ref: ModelRef): Promise<DiagnosisRecord> {
  return toDiagnosisRecord(await findDiagnosis(db, datasetId, ref));
}

const DEFAULT_ORDER: ModelOrderBy = { field: 'createdAt', direction: 'DESC' };

/** One page of a dataset's diagnoses; orderBy null: newest first. */
export async function listDiagnoses(
  storage: Storage,
  datasetId: string,
  query: { filter: NormalFilter; orderBy: ModelOrderBy | null; cursor: string | null; length: number },
) {
  const { db } = storage;
  const { filter, cursor, length } = query;
  const orderBy = query.orderBy ?? DEFAULT_ORDER;
  if (!(await datasetExists(db, datasetId))) throw datasetNotFound(datasetId);
  const scope = orderedScope('diagnoses', datasetId, filter.key, orderBy);
  const order = orderedQuery('diagnoses', orderBy, { secret: storage.cursorSecret, scope, value: cursor });
  if (filter.matchesNothing) return { diagnoses: [], next: null, totalCount: 0 };
  const conditions = [
    sql<SqlBool>`${sql.ref('diagnoses.dataset_id')} = ${datasetId}`,
    ...filterConditions(db, 'diagnoses', filter),
  ];
  const rows = await db
    .selectFrom('diagnoses')
    .selectAll()
    .select(order.sortKey.as('sort_key'))
    .where((eb) => eb.and(order.after === null ? conditions : [...conditions, order.after]))
    .orderBy(order.orderBy[0])
    .orderBy(order.orderBy[1])
    .limit(length + 1)
    .execute();
  const count = await db
    .selectFrom('diagnoses')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) => eb.and(conditions))
    .executeTakeFirstOrThrow();
  const page = toOrderedPage(rows, length, toDiagnosisRecord, { secret: storage.cursorSecret, scope });
  return { diagnoses: page.items, next: page.next, totalCount: Number(count.n) };
}

/** The slices and the model a write names must be the dataset's (NOT_FOUND otherwise). */
async function assertLinks(db: Db, datasetId: string, input: CreateDiagnosisInput | UpdateDiagnosisInput) {
  for (const field of ['sourceSliceId', 'targetSliceId'] as const) {
    const id = input[field];
    if (id != null) await assertSlices(db, datasetId, [id], field);
  }
  if (input.modelId == null) return;
  const model = await db
    .selectFrom('models')
    .select('id')
    .where('id', '=', input.modelId)
    .where('dataset_id', '=', datasetId)
    .executeTakeFirst();
  if (model === undefined) throw notFound(`Model ${input.modelId} not found in dataset ${datasetId}`, 'modelId');
}

/** A new diagnosis is PENDING. */
export function createDiagnosis(
  storage: Storage,
  datasetId: string,
  input: CreateDiagnosisInput,
  caller: string,
): Promise<DiagnosisRecord> {
  return writeDiagnoses(storage, datasetId, async (trx) => {
    await assertLinks(trx, datasetId, input);
    const at = now();
    const row: DiagnosisRow = {
      ...NO_FIELDS,
      ...fieldColumns(input),
      id: newId(),
      dataset_id: datasetId,
      name: input.name,
      name_lower: input.name.toLowerCase(),
      status: 'PENDING',
      completed_at: null,
      created_at: at,
      created_by: caller,
      updated_at: at,
      updated_by: caller,
    };
    await trx.insertInto('diagnoses').values(row).execute();
    return toDiagnosisRecord(row);
  });
}

/**
 * Omitted fields stay; null clears. Becoming COMPLETED sets completedAt, leaving COMPLETED clears it
 * (as for models, README "API generations").
 */
export function updateDiagnosis(
  storage: Storage,
  datasetId: string,
  id: string,
  patch: UpdateDiagnosisInput,
  caller: string,
): Promise<DiagnosisRecord> {
  return writeDiagnoses(storage, datasetId, async (trx) => {
    const current = await findDiagnosis(trx, datasetId, { id });
    await assertLinks(trx, datasetId, patch);
    const at = now();
    const changes: Partial<DiagnosisRow> = { ...fieldColumns(patch), updated_at: at, updated_by: caller };
    if (patch.name !== undefined) Object.assign(changes, { name: patch.name, name_lower: patch.name.toLowerCase() });
    if (patch.status !== undefined && patch.status !== current.status)
      Object.assign(changes, { status: patch.status, completed_at: patch.status === 'COMPLETED' ? at : null });
    await trx.updateTable('diagnoses').set(changes).where('id', '=', id).execute();
    return toDiagnosisRecord({ ...current, ...changes });
  });
}

/** Deletes the diagnosis with its report items. */
export function deleteDiagnosis(storage: Storage, datasetId: string, id: string): Promise<boolean> {
  return writeDiagnoses(storage, datasetId, async (trx) => {
    const gone = await trx
      .deleteFrom('diagnoses')
      .where('id', '=', id)
      .where('dataset_id', '=', datasetId)
      .returning('id')
      .executeTakeFirst();
    if (gone === undefined) throw diagnosisNotFound(datasetId, id);
    return true;
  });
}
