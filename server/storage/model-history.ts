// Model history (README "Model history", the catalog's own extension): every write to a model is one
// event row, written in the write's own transaction, so no write is kept without its event and no event
// without its write. Fields carry the newer API's names where both generations name them.
import type { Transaction } from 'kysely';
import { notFound } from '../graphql/errors';
import { now } from './clock';
import { decodeCursor, encodeCursor } from './cursor';
import type { DB, Db, ModelHistoryKind, ModelRow, SliceRole, Storage } from './db';
// Called only at write time, so the import cycle with models.repo.ts (which records events) is harmless.
import { parseClasses } from './models.repo';
import type { ReportItemRecord } from './training-reports.repo';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEventRecord {
  id: string;
  modelId: string;
  modelName: string;
  at: string;
  actor: string;
  kind: ModelHistoryKind;
  changes: FieldChange[];
}

export type SliceIds = Record<SliceRole, readonly string[]>;

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** A model's recorded fields, by their API names. */
function fieldsOf(row: ModelRow): Record<string, unknown> {
  return {
    name: row.name,
    description: row.description,
    baselineModel: row.baseline_model === '' ? null : row.baseline_model,
    modelContentId: row.model_content_id,
    isPinned: row.is_pinned === 1,
    status: row.status,
    completedAt: row.trained_at,
    taskType: row.task_type,
    customDagId: row.custom_dag_id,
    totalDataCount: row.total_data_count,
    trainDataCount: row.train_data_count,
    validationDataCount: row.validation_data_count,
    scoreKey: row.score_key,
    scoreValue: row.score_value,
    scoreUnit: row.score_unit,
    trainingParameters: parsed(row.training_parameters),
    contents: parsed(row.contents),
    meta: parsed(row.meta),
    // The newer API's name with the first generation's AP beside its counts (one record, README "API generations").
    trainingAnnotations: parseClasses(row.training_classes).map((c) => ({
      className: c.class,
      annotationType: c.annotationType,
      ap: c.ap,
      trainCount: c.trainingAnnotationsCount,
      validationCount: c.validationAnnotationsCount,
    })),
  };
}

const EMPTY_FIELDS: Record<string, unknown> = { isPinned: false, trainingAnnotations: [] };
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Field-by-field changes from `before` to `after` (null before: a new model, changed from nothing).
 * Slice lists are compared when both sides are given: as the newer API's single id while each side has at
 * most one slice, else as the first generation's lists.
 */
export function modelChanges(
  before: ModelRow | null,
  after: ModelRow,
  slices?: { before: SliceIds; after: SliceIds },
): FieldChange[] {
  const from = before === null ? EMPTY_FIELDS : fieldsOf(before);
  const to = fieldsOf(after);
  const changes = Object.keys(to)
    .filter((field) => !same(from[field], to[field]))
    .map((field) => ({ field, from: from[field] ?? null, to: to[field] ?? null }));
  for (const [role, single, list] of [
    ['training', 'trainSliceId', 'trainingSlices'],
    ['validation', 'validationSliceId', 'validationSlices'],
  ] as const) {
    if (slices === undefined || same(slices.before[role], slices.after[role])) continue;
    const [was, now] = [slices.before[role], slices.after[role]];
    changes.push(
      was.length <= 1 && now.length <= 1
        ? { field: single, from: was[0] ?? null, to: now[0] ?? null }
        : { field: list, from: was, to: now },
    );
  }
  return changes;
}

/** A report item as history shows it. */
export const reportItemValue = (item: ReportItemRecord) => ({
  id: item.id,
  name: item.name,
  type: item.type,
  contentId: item.contentId,
  description: item.description,
});

/** Writes one event; call inside the write's transaction. */
export async function recordModelEvent(
  trx: Transaction<DB>,
  event: { datasetId: string; modelId: string; modelName: string; actor: string; kind: ModelHistoryKind },
  changes: readonly FieldChange[],
): Promise<void> {
  await trx
    .insertInto('model_history')
    .values({
      dataset_id: event.datasetId,
      model_id: event.modelId,
      model_name: event.modelName,
      at: now(),
      actor: event.actor,
      kind: event.kind,
      changes: JSON.stringify(changes),
    })
    .execute();
}

/** The kind of an update: a pin or an unpin when that is all it changed. */
export const updateKind = (changes: readonly FieldChange[]): ModelHistoryKind =>
  changes.length === 1 && changes[0]!.field === 'isPinned' ? (changes[0]!.to ? 'PINNED' : 'UNPINNED') : 'UPDATED';

export interface HistoryPage {
  events: HistoryEventRecord[];
  next: string | null;
  totalCount: number;
}

/** One page, newest first, of a model's history (`modelId`) or of every model's in the dataset. */
export async function listHistory(
  storage: Storage,
  scope: { datasetId: string; modelId?: string },
  cursor: string | null,
  length: number,
): Promise<HistoryPage> {
  const { db } = storage;
  await assertScope(db, scope);
  const cursorScope = `history\n${scope.datasetId}\n${scope.modelId ?? ''}`;
  const after = cursor === null ? null : decodeCursor(storage.cursorSecret, cursorScope, cursor);
  let base = db.selectFrom('model_history').where('dataset_id', '=', scope.datasetId);
  if (scope.modelId !== undefined) base = base.where('model_id', '=', scope.modelId);
  const paged = after === null ? base : base.where('seq', '<', Number(after.id));
  const rows = await paged
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(length + 1)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  const last = rows.length > length ? rows[length - 1] : undefined;
  return {
    events: rows.slice(0, length).map((r) => ({
      id: String(r.seq),
      modelId: r.model_id,
      modelName: r.model_name,
      at: r.at,
      actor: r.actor,
      kind: r.kind,
      changes: JSON.parse(r.changes) as FieldChange[],
    })),
    next:
      last === undefined
        ? null
        : encodeCursor(storage.cursorSecret, cursorScope, { createdAt: last.at, id: String(last.seq) }),
    totalCount: Number(count.n),
  };
}

/** The dataset must exist; the model must exist or have a history (a deleted model's stays readable). */
async function assertScope(db: Db, { datasetId, modelId }: { datasetId: string; modelId?: string }) {
  const dataset = await db.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
  if (dataset === undefined) throw notFound(`Dataset ${datasetId} not found`);
  if (modelId === undefined) return;
  const [model, event] = await Promise.all([
    db
      .selectFrom('models')
      .select('id')
      .where('id', '=', modelId)
      .where('dataset_id', '=', datasetId)
      .executeTakeFirst(),
    db
      .selectFrom('model_history')
      .select('seq')
      .where('model_id', '=', modelId)
      .where('dataset_id', '=', datasetId)
      .executeTakeFirst(),
  ]);
  if (model === undefined && event === undefined) throw notFound(`Model ${modelId} not found in dataset ${datasetId}`);
}
