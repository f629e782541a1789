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

/**
 * Runs `write` on a model's report in a catalog write. The dataset's counters row is taken first, as
 * every model write does, so a concurrent deleteModel cannot remove the model in between.
 */
function writeReport(
  storage: Storage,
  datasetId: string,
  modelId: string,
  write: (trx: Transaction<DB>) => Promise<void>,
): Promise<ModelRecord> {
  return writeTransaction(storage.db, async (trx) => {
    if (!(await touchDatasetModels(trx, datasetId))) throw notFound(`Dataset ${datasetId} not found`);
    const model = await getModel(trx, datasetId, modelId);
    await write(trx);
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
  return writeReport(storage, datasetId, modelId, async (trx) => {
    const at = now();
    await trx
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
      .execute();
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
  return writeReport(storage, datasetId, modelId, async (trx) => {
    const result = await trx
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
      .where('model_id', '=', modelId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw itemNotFound(modelId, itemId);
  });
}

export function deleteReportItem(
  storage: Storage,
  datasetId: string,
  modelId: string,
  itemId: string,
): Promise<ModelRecord> {
  return writeReport(storage, datasetId, modelId, async (trx) => {
    const result = await trx
      .deleteFrom('model_report_items')
      .where('id', '=', itemId)
      .where('model_id', '=', modelId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw itemNotFound(modelId, itemId);
  });
}
