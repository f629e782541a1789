// Models: Kysely queries; every write keeps the dataset's counters in the same transaction.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { CreateAnyModelInput, CreateModelInput, ModelRef, UpdateAnyModelInput } from '../../src/api/schemas';
import { notFound } from '../graphql/errors';
import { writeTransaction } from './catalog-version';
import { newId, now } from './clock';
import { countFromBuckets, countModels, readModelStats, touchDatasetModels } from './counts';
import { decodeCursor } from './cursor';
import { jsonRowsOf, parseJsonRows } from './json-rows';
import type { Db, ModelRow, SliceRole, Storage } from './db';
import { afterCondition, filterConditions, nameIndexCondition, normalizeFilter, type NormalFilter } from './filters';
import {
  classesOf,
  newerColumns,
  newerColumnsOnCreate,
  nextStatus,
  refreshSlicesDataCounts,
  sliceListsOf,
  statusOnCreate,
  writeSliceLinks,
  type TrainingFields,
} from './model-training';
import { modelChanges, recordModelEvent, updateKind, type SliceIds } from './model-history';
import { toPage } from './paging';
import { toSliceRecord, type SliceRecord } from './slices.repo';

/** A stored model as resolvers see it; derived fields (classes, slices, counts) load on demand. */
export interface ModelRecord extends TrainingFields {
  id: string;
  datasetId: string;
  name: string;
  description: string | null;
  baselineModel: string;
  modelContentId: string | null;
  isTrained: boolean;
  isPinned: boolean;
  trainedAt: string | null;
  /** JSON text; parsed only when `meta` is selected. */
  metaJson: string | null;
  /** JSON text of the per-class metrics (db.ts ModelsTable); parsed only when they are selected (parseClasses). */
  classesJson: string;
  slices?: ModelSlices;
  /** Sum of the data counts of the training (validation) slices; null when none has one (README §12). */
  trainingSlicesDataCount: number | null;
  validationSlicesDataCount: number | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface TrainClassRecord {
  class: string;
  annotationType: string | null;
  ap: number | null;
  trainingAnnotationsCount: number | null;
  validationAnnotationsCount: number | null;
}

export type TrainClassInput = NonNullable<CreateModelInput['trainingClasses']>[number];

// One object literal (no spread of the training fields): list pages build 50 of these per request.
export const toModelRecord = (r: ModelRow): ModelRecord => ({
  id: r.id,
  datasetId: r.dataset_id,
  name: r.name,
  description: r.description,
  baselineModel: r.baseline_model,
  modelContentId: r.model_content_id,
  isTrained: r.is_trained === 1,
  isPinned: r.is_pinned === 1,
  trainedAt: r.trained_at,
  metaJson: r.meta,
  classesJson: r.training_classes,
  trainingSlicesDataCount: r.training_slices_data_count,
  validationSlicesDataCount: r.validation_slices_data_count,
  status: r.status,
  taskType: r.task_type,
  customDagId: r.custom_dag_id,
  totalDataCount: r.total_data_count,
  storedTrainDataCount: r.train_data_count,
  storedValidationDataCount: r.validation_data_count,
  trainingParametersJson: r.training_parameters,
  contentsJson: r.contents,
  scoreKey: r.score_key,
  scoreValue: r.score_value,
  scoreUnit: r.score_unit,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

type StoredClass = [string, string | null, number | null, number | null, number | null];

/** The training_classes column of a model row. */
export const classesJson = (classes: readonly TrainClassInput[]): string =>
  JSON.stringify(
    classes.map((c): StoredClass => [
      c.class,
      c.annotationType ?? null,
      c.ap ?? null,
      c.trainingAnnotationsCount ?? null,
      c.validationAnnotationsCount ?? null,
    ]),
  );

export const parseClasses = (json: string): TrainClassRecord[] =>
  (JSON.parse(json) as StoredClass[]).map(
    ([name, annotationType, ap, trainingAnnotationsCount, validationAnnotationsCount]) => ({
      class: name,
      annotationType,
      ap,
      trainingAnnotationsCount,
      validationAnnotationsCount,
    }),
  );

const datasetNotFound = (datasetId: string) => notFound(`Dataset ${datasetId} not found`);
const modelNotFound = (datasetId: string, id: string) => notFound(`Model ${id} not found in dataset ${datasetId}`);
const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const FLAG_FREE = normalizeFilter(null);

/**
 * The name index's condition when it should drive a list page: newest first, a scan of the
 * dataset's created-order index reads about (length + 1) × models / matches entries before it has
 * a page, while the index reads the matches and sorts them. So the index is used when matches² <
 * (length + 1) × models, i.e. for rare substrings (under ~2,300 matches in 100,000 models).
 */
function searchesByNameIndex(
  storage: Storage,
  filter: NormalFilter,
  matches: number,
  models: number,
  length: number,
): Expression<SqlBool> | null {
  const text = filter.must.nameContains;
  if (storage.dialect !== 'sqlite' || text === undefined || matches * matches >= (length + 1) * models) return null;
  return nameIndexCondition(text);
}

export type ModelColumn = keyof ModelRow;

/** Read for every listed model: a page's cursor is made of them. */
const PAGE_KEY = ['id', 'created_at'] as const;

/** `columns` and the page key, each once: what a list page selects. */
export const pageColumns = (columns: readonly ModelColumn[]): ModelColumn[] => [...new Set([...columns, ...PAGE_KEY])];

/**
 * Rows read with only some columns (a list page reads those its selected fields need) as records:
 * the other fields are left undefined, and no resolver reads them. The dataset is the page's, so
 * no row needs to carry it.
 */
export const toListedModelRecord =
  (datasetId: string) =>
  (r: Pick<ModelRow, 'id' | 'created_at'>): ModelRecord => {
    const record = toModelRecord(r as ModelRow);
    record.datasetId = datasetId;
    return record;
  };

/** `columns`: what to read besides the page key (every column by default). */
export async function listModels(
  storage: Storage,
  datasetId: string,
  filter: NormalFilter,
  cursor: string | null,
  length: number,
  columns?: readonly ModelColumn[],
) {
  const { db } = storage;
  const stats = await readModelStats(db, datasetId);
  if (stats === undefined) throw datasetNotFound(datasetId);
  const scope = `models\n${datasetId}\n${filter.key}`;
  const after = cursor === null ? null : decodeCursor(storage.cursorSecret, scope, cursor);
  if (filter.matchesNothing) return { models: [], next: null, totalCount: 0 };
  const totalCount = await countModels(db, datasetId, stats, filter);
  // Nothing matches: no page to look for (a short name filter would otherwise scan every name).
  if (totalCount === 0) return { models: [], next: null, totalCount };
  const conditions = filterConditions(db, 'models', filter);
  if (after !== null) conditions.push(afterCondition('models', after));
  const indexed = searchesByNameIndex(storage, filter, totalCount, countFromBuckets(stats, FLAG_FREE), length);
  // Driven by the name index, the few matching rows are read by rowid and sorted: the dataset's
  // created-order index must not be picked (a unary + hides dataset_id from the planner).
  const inDataset =
    indexed === null
      ? sql<SqlBool>`${sql.ref('models.dataset_id')} = ${datasetId}`
      : sql<SqlBool>`+${sql.ref('models.dataset_id')} = ${datasetId}`;
  if (indexed !== null) conditions.push(indexed);
  const models = db.selectFrom('models');
  const rows = await (columns === undefined ? models.selectAll() : models.select(pageColumns(columns)))
    .where((eb) => eb.and([inDataset, ...conditions]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(length + 1)
    .execute();
  const page = toPage(rows, length, toListedModelRecord(datasetId), { secret: storage.cursorSecret, scope });
  return { models: page.items, next: page.next, totalCount };
}

async function findModel(db: Db, datasetId: string, id: string): Promise<ModelRow> {
  const row = await db
    .selectFrom('models')
    .selectAll()
    .where('id', '=', id)
    .where('dataset_id', '=', datasetId)
    .executeTakeFirst();
  if (row !== undefined) return row;
  const dataset = await db.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
  throw dataset === undefined ? datasetNotFound(datasetId) : modelNotFound(datasetId, id);
}

export async function getModel(db: Db, datasetId: string, id: string): Promise<ModelRecord> {
  return toModelRecord(await findModel(db, datasetId, id));
}

/** By id, or by exact name (names need not be unique: the newest such model). */
export async function getModelByRef(db: Db, datasetId: string, ref: ModelRef): Promise<ModelRecord> {
  if ('id' in ref) return getModel(db, datasetId, ref.id);
  const row = await db
    .selectFrom('models')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .where('name', '=', ref.name)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (row !== undefined) return toModelRecord(row);
  const dataset = await db.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
  throw dataset === undefined
    ? datasetNotFound(datasetId)
    : notFound(`No model named "${ref.name}" in dataset ${datasetId}`);
}

/** Argument that named a role's slices: the first generation's list, or the newer API's single id. */
const sliceField = (role: SliceRole, input: { trainSliceId?: unknown; validationSliceId?: unknown }) =>
  role === 'training'
    ? input.trainSliceId != null
      ? 'trainSliceId'
      : 'trainingSliceIds'
    : input.validationSliceId != null
      ? 'validationSliceId'
      : 'validationSliceIds';

/**
 * Every id must name a slice of this dataset; README §6 makes a missing one NOT_FOUND. `field` is the
 * argument's name: a list's error points at the entry (`field.index`), a single id's at `field`.
 */
export async function assertSlices(db: Db, datasetId: string, ids: readonly string[], field: string): Promise<void> {
  for (const part of chunks(ids, 500)) {
    const found = await db
      .selectFrom('slices')
      .select('id')
      .where('dataset_id', '=', datasetId)
      .where('id', 'in', part)
      .execute();
    const known = new Set(found.map((r) => r.id));
    const index = ids.findIndex((id) => !known.has(id) && part.includes(id));
    const path = field.endsWith('Id') ? field : `${field}.${index}`;
    if (index >= 0) throw notFound(`Slice ${ids[index]} not found in dataset ${datasetId}`, path);
  }
}

export async function createModel(
  storage: Storage,
  datasetId: string,
  input: CreateAnyModelInput,
  caller: string,
): Promise<ModelRecord> {
  // Created COMPLETED exactly when isTrained is true (statusOnCreate).
  const flags = { isPinned: input.isPinned ?? false, isTrained: input.isTrained ?? false };
  return writeTransaction(storage.db, async (trx) => {
    if (!(await touchDatasetModels(trx, datasetId, null, flags))) throw datasetNotFound(datasetId);
    const slices = sliceListsOf(input);
    for (const role of ROLES) await assertSlices(trx, datasetId, slices[role] ?? [], sliceField(role, input));
    const at = now();
    const row: ModelRow = {
      id: newId(),
      dataset_id: datasetId,
      name: input.name,
      name_lower: input.name.toLowerCase(),
      description: input.description ?? null,
      // '' marks a model created through the newer API, which has no baseline (read as null).
      baseline_model: input.baselineModel ?? '',
      model_content_id: input.modelContentId ?? null,
      is_pinned: flags.isPinned ? 1 : 0,
      ...statusOnCreate(input, at),
      meta: input.meta == null ? null : JSON.stringify(input.meta),
      training_classes: classesJson(classesOf(input) ?? []),
      training_slices_data_count: null,
      validation_slices_data_count: null,
      ...newerColumnsOnCreate(input),
      created_at: at,
      created_by: caller,
      updated_at: at,
      updated_by: caller,
    };
    await trx.insertInto('models').values(row).execute();
    for (const role of ROLES) await writeSliceLinks(trx, row.id, role, slices[role] ?? [], false);
    const sliceIds = { training: slices.training ?? [], validation: slices.validation ?? [] };
    const linked = sliceIds.training.length + sliceIds.validation.length > 0;
    if (linked) await refreshSlicesDataCounts(trx, { modelId: row.id });
    await recordModelEvent(
      trx,
      { datasetId, modelId: row.id, modelName: row.name, actor: caller, kind: 'CREATED' },
      modelChanges(null, row, { before: { training: [], validation: [] }, after: sliceIds }),
    );
    return linked ? getModel(trx, datasetId, row.id) : toModelRecord(row);
  });
}

const ROLES: readonly SliceRole[] = ['training', 'validation'];
const flagsOf = (row: ModelRow) => ({ isPinned: row.is_pinned === 1, isTrained: row.is_trained === 1 });

/**
 * Omitted fields stay as they are; null clears a nullable field (null trainingClasses = none). Status,
 * isTrained and trainedAt/completedAt follow model-training.ts's rules.
 */
export async function updateModel(
  storage: Storage,
  datasetId: string,
  id: string,
  patch: UpdateAnyModelInput,
  caller: string,
): Promise<ModelRecord> {
  return writeTransaction(storage.db, async (trx) => {
    if (!(await touchDatasetModels(trx, datasetId))) throw datasetNotFound(datasetId);
    const current = await findModel(trx, datasetId, id);
    const at = now();
    const changes: Partial<ModelRow> = {
      updated_at: at,
      updated_by: caller,
      ...nextStatus(current, patch, at),
      ...newerColumns(patch),
    };
    if (patch.name !== undefined) Object.assign(changes, { name: patch.name, name_lower: patch.name.toLowerCase() });
    if (patch.description !== undefined) changes.description = patch.description;
    if (patch.modelContentId !== undefined) changes.model_content_id = patch.modelContentId;
    if (patch.isPinned !== undefined) changes.is_pinned = patch.isPinned ? 1 : 0;
    if (patch.meta !== undefined) changes.meta = patch.meta === null ? null : JSON.stringify(patch.meta);
    const classes = classesOf(patch, patch.trainingAnnotations == null ? [] : parseClasses(current.training_classes));
    if (classes !== undefined) changes.training_classes = classesJson(classes ?? []);
    await trx.updateTable('models').set(changes).where('id', '=', id).execute();
    const slices = sliceListsOf(patch);
    const sliceIds = ROLES.some((role) => slices[role] !== undefined) ? await sliceIdsOf(trx, id) : undefined;
    for (const role of ROLES) {
      const ids = slices[role];
      if (ids === undefined) continue;
      await assertSlices(trx, datasetId, ids, sliceField(role, patch));
      await writeSliceLinks(trx, id, role, ids, true);
    }
    if (sliceIds !== undefined) await refreshSlicesDataCounts(trx, { modelId: id });
    const updated = { ...current, ...changes };
    const recorded = modelChanges(
      current,
      updated,
      sliceIds && {
        before: sliceIds,
        after: { training: slices.training ?? sliceIds.training, validation: slices.validation ?? sliceIds.validation },
      },
    );
    // An update that changes no field leaves no event (only its updatedAt moved).
    if (recorded.length > 0) {
      const event = { datasetId, modelId: id, modelName: updated.name, actor: caller, kind: updateKind(recorded) };
      await recordModelEvent(trx, event, recorded);
    }
    if (updated.is_trained !== current.is_trained || updated.is_pinned !== current.is_pinned)
      await touchDatasetModels(trx, datasetId, flagsOf(current), flagsOf(updated));
    return sliceIds === undefined ? toModelRecord(updated) : getModel(trx, datasetId, id);
  });
}

/** pinModel/unpinModel; idempotent (README §6). */
export async function setModelPinned(
  storage: Storage,
  datasetId: string,
  id: string,
  pinned: boolean,
  caller: string,
): Promise<ModelRecord> {
  return writeTransaction(storage.db, async (trx) => {
    if (!(await touchDatasetModels(trx, datasetId))) throw datasetNotFound(datasetId);
    const current = await findModel(trx, datasetId, id);
    if ((current.is_pinned === 1) === pinned) return toModelRecord(current);
    const changes = { is_pinned: pinned ? 1 : 0, updated_at: now(), updated_by: caller } as const;
    await trx.updateTable('models').set(changes).where('id', '=', id).execute();
    await recordModelEvent(
      trx,
      { datasetId, modelId: id, modelName: current.name, actor: caller, kind: pinned ? 'PINNED' : 'UNPINNED' },
      [{ field: 'isPinned', from: !pinned, to: pinned }],
    );
    const isTrained = current.is_trained === 1;
    await touchDatasetModels(trx, datasetId, { isPinned: !pinned, isTrained }, { isPinned: pinned, isTrained });
    return toModelRecord({ ...current, ...changes });
  });
}

/** Deletes the model with its classes and slice links; the slices themselves stay. */
export async function deleteModel(storage: Storage, datasetId: string, id: string, caller: string): Promise<boolean> {
  return writeTransaction(storage.db, async (trx) => {
    if (!(await touchDatasetModels(trx, datasetId))) throw datasetNotFound(datasetId);
    const gone = await trx
      .deleteFrom('models')
      .where('id', '=', id)
      .where('dataset_id', '=', datasetId)
      .returning(['is_pinned', 'is_trained', 'name'])
      .executeTakeFirst();
    if (gone === undefined) throw modelNotFound(datasetId, id);
    await recordModelEvent(trx, { datasetId, modelId: id, modelName: gone.name, actor: caller, kind: 'DELETED' }, []);
    await touchDatasetModels(trx, datasetId, { isPinned: gone.is_pinned === 1, isTrained: gone.is_trained === 1 });
    return true;
  });
}

/** The ids of a model's slices by role, in order. */
async function sliceIdsOf(db: Db, modelId: string): Promise<SliceIds> {
  const links = await db
    .selectFrom('model_slices')
    .select(['role', 'slice_id'])
    .where('model_id', '=', modelId)
    .orderBy('role')
    .orderBy('position')
    .execute();
  const ids = (role: SliceRole) => links.filter((l) => l.role === role).map((l) => l.slice_id);
  return { training: ids('training'), validation: ids('validation') };
}

export type ModelSlices = Record<SliceRole, SliceRecord[]>;

/**
 * Training and validation slices of many models at once, in the order they were given. The links
 * arrive as one JSON array per model; each distinct slice is read once (a page of models usually
 * shares a few slices) and its record shared by the models that use it.
 */
export async function loadModelSlices(db: Db, modelIds: readonly string[]): Promise<Map<string, ModelSlices>> {
  const links = new Map<string, Array<[SliceRole, string]>>();
  for (const part of chunks(modelIds, 500)) {
    const rows = await db
      .selectFrom('model_slices')
      .select(['model_id', jsonRowsOf<[SliceRole, string]>(db, ['role', 'slice_id'], ['role', 'position']).as('links')])
      .where('model_id', 'in', part)
      .groupBy('model_id')
      .execute();
    for (const r of rows) links.set(r.model_id, parseJsonRows(r.links));
  }
  const sliceIds = [...new Set([...links.values()].flatMap((l) => l.map(([, id]) => id)))];
  const slices = new Map<string, SliceRecord>();
  for (const part of chunks(sliceIds, 500)) {
    for (const row of await db.selectFrom('slices').selectAll().where('id', 'in', part).execute())
      slices.set(row.id, toSliceRecord(row));
  }
  const out = new Map<string, ModelSlices>();
  for (const id of modelIds) {
    const modelSlices: ModelSlices = { training: [], validation: [] };
    for (const [role, sliceId] of links.get(id) ?? []) {
      const slice = slices.get(sliceId);
      if (slice !== undefined) modelSlices[role].push(slice);
    }
    out.set(id, modelSlices);
  }
  return out;
}
