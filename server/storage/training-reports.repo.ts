// Training report items (newer API, README "API generations"): chart metadata of a model, one row each
// in model_report_items; the chart's JSON lives in content storage under `contentId`, stored as given.
// Every write answers with the whole model, as the SDK expects.
import type { CreateReportItemInput, ReportItemType, UpdateReportItemInput } from '../../src/api/schemas';
import { notFound } from '../graphql/errors';
import { writeTransaction } from './catalog-version';
import { newId, now } from './clock';
import { touchDatasetModels } from './counts';
import type { DB, Db, Storage } from './db';
import type { Selectable, Transaction } from 'kysely';
import { recordModelEvent, reportItemValue } from './model-history';
import { getModel, type ModelRecord } from './models.repo';

export interface ReportItemRecord {
  id: string;
  modelId: string;
  name: string;
  type: ReportItemType;
  contentId: string | null;
  description: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const toReportItemRecord = (r: Selectable<DB['model_report_items']>): ReportItemRecord => ({
  id: r.id,
  modelId: r.model_id,
  name: r.name,
  type: r.type,
  contentId: r.content_id,
  description: r.description,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** Report items of many models at once, oldest first. */
export async function loadReportItems(db: Db, modelIds: readonly string[]): Promise<Map<string, ReportItemRecord[]>> {
  const out = new Map<string, ReportItemRecord[]>(modelIds.map((id) => [id, []]));
  for (let start = 0; start < modelIds.length; start += 500) {
    const rows = await db
      .selectFrom('model_report_items')
      .selectAll()
      .where('model_id', 'in', modelIds.slice(start, start + 500))
      .orderBy('model_id')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const r of rows) out.get(r.model_id)?.push(toReportItemRecord(r));
  }
  return out;
}

/** A report item before and after a write (null: not there); the model's history records it. */
interface ReportChange {
  from: ReportItemRecord | null;
  to: ReportItemRecord | null;
}

/**
 * Runs `write` on a model's report in a catalog write, recorded in the model's history. The dataset's
 * counters row is taken first, as every model write does, so a concurrent deleteModel cannot remove the
 * model in between.
 */
function writeReport(
  storage: Storage,
  target: { datasetId: string; modelId: string; caller: string },
  write: (trx: Transaction<DB>) => Promise<ReportChange>,
): Promise<ModelRecord> {
  const { datasetId, modelId, caller } = target;
  return writeTransaction(storage.db, async (trx) => {
    if (!(await touchDatasetModels(trx, datasetId))) throw notFound(`Dataset ${datasetId} not found`);
    const model = await getModel(trx, datasetId, modelId);
    const { from, to } = await write(trx);
    const event = { datasetId, modelId, modelName: model.name, actor: caller, kind: 'UPDATED' } as const;
    await recordModelEvent(trx, event, [
      { field: 'trainingReport', from: from && reportItemValue(from), to: to && reportItemValue(to) },
    ]);
    return model;
  });
}

const itemNotFound = (modelId: string, itemId: string) =>
  notFound(`Training report item ${itemId} not found on model ${modelId}`, 'trainingReportItemId');

export function createReportItem(
  storage: Storage,
  datasetId: string,
  modelId: string,
  input: CreateReportItemInput,
  caller: string,
): Promise<ModelRecord> {
  return writeReport(storage, { datasetId, modelId, caller }, async (trx) => {
    const at = now();
    const row = await trx
      .insertInto('model_report_items')
      .values({
        id: newId(),
        model_id: modelId,
        name: input.name,
        type: input.type,
        content_id: input.contentId ?? null,
        description: input.description ?? null,
        created_at: at,
        created_by: caller,
        updated_at: at,
        updated_by: caller,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { from: null, to: toReportItemRecord(row) };
  });
}

/** Omitted fields stay; null clears contentId or description. */
export function updateReportItem(
  storage: Storage,
  datasetId: string,
  modelId: string,
  itemId: string,
  patch: UpdateReportItemInput,
  caller: string,
): Promise<ModelRecord> {
  return writeReport(storage, { datasetId, modelId, caller }, async (trx) => {
    const before = await trx
      .selectFrom('model_report_items')
      .selectAll()
      .where('id', '=', itemId)
      .where('model_id', '=', modelId)
      .executeTakeFirst();
    if (before === undefined) throw itemNotFound(modelId, itemId);
    const after = await trx
      .updateTable('model_report_items')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.type !== undefined && { type: patch.type }),
        ...(patch.contentId !== undefined && { content_id: patch.contentId }),
        ...(patch.description !== undefined && { description: patch.description }),
        updated_at: now(),
        updated_by: caller,
      })
      .where('id', '=', itemId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { from: toReportItemRecord(before), to: toReportItemRecord(after) };
  });
}

export function deleteReportItem(
  storage: Storage,
  datasetId: string,
  modelId: string,
  itemId: string,
  caller: string,
): Promise<ModelRecord> {
  return writeReport(storage, { datasetId, modelId, caller }, async (trx) => {
    const gone = await trx
      .deleteFrom('model_report_items')
      .where('id', '=', itemId)
      .where('model_id', '=', modelId)
      .returningAll()
      .executeTakeFirst();
    if (gone === undefined) throw itemNotFound(modelId, itemId);
    return { from: toReportItemRecord(gone), to: null };
  });
}
