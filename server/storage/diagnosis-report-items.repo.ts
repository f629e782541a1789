// Diagnosis report items (newer-api.md §4.1): chart metadata of a diagnosis, each optionally bound to one
// discriminator value (e.g. the IoU threshold "0.5"); the chart's JSON lives in content storage under
// `contentId`, stored as given. Every write answers with the whole diagnosis, as the SDK expects.
import type {
  CreateDiagnosisReportItemInput,
  ReportItemType,
  UpdateDiagnosisReportItemInput,
} from '../../src/api/schemas';
import { notFound } from '../graphql/errors';
import { newId, now } from './clock';
import type { Db, Storage } from './db';
import { findDiagnosis, toDiagnosisRecord, writeDiagnoses, type DiagnosisRecord } from './diagnoses.repo';

export interface DiagnosisReportItemRecord {
  id: string;
  diagnosisId: string;
  name: string;
  type: ReportItemType;
  contentId: string | null;
  description: string | null;
  discriminatorValue: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Report items of many diagnoses at once, oldest first. */
export async function loadDiagnosisReportItems(
  db: Db,
  diagnosisIds: readonly string[],
): Promise<Map<string, DiagnosisReportItemRecord[]>> {
  const out = new Map<string, DiagnosisReportItemRecord[]>(diagnosisIds.map((id) => [id, []]));
  for (let start = 0; start < diagnosisIds.length; start += 500) {
    const rows = await db
      .selectFrom('diagnosis_report_items')
      .selectAll()
      .where('diagnosis_id', 'in', diagnosisIds.slice(start, start + 500))
      .orderBy('diagnosis_id')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      out.get(r.diagnosis_id)?.push({
        id: r.id,
        diagnosisId: r.diagnosis_id,
        name: r.name,
        type: r.type,
        contentId: r.content_id,
        description: r.description,
        discriminatorValue: r.discriminator_value,
        createdAt: r.created_at,
        createdBy: r.created_by,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      });
    }
  }
  return out;
}

interface ItemTarget {
  datasetId: string;
  diagnosisId: string;
  caller: string;
}

/** Runs `write` on the diagnosis's report in a catalog write; the diagnosis's updatedAt moves with it. */
function writeReport(
  storage: Storage,
  { datasetId, diagnosisId, caller }: ItemTarget,
  write: (trx: Db, at: string) => Promise<void>,
): Promise<DiagnosisRecord> {
  return writeDiagnoses(storage, datasetId, async (trx) => {
    const diagnosis = await findDiagnosis(trx, datasetId, { id: diagnosisId });
    const at = now();
    await write(trx, at);
    const changes = { updated_at: at, updated_by: caller };
    await trx.updateTable('diagnoses').set(changes).where('id', '=', diagnosisId).execute();
    return toDiagnosisRecord({ ...diagnosis, ...changes });
  });
}

const itemNotFound = (diagnosisId: string, itemId: string) =>
  notFound(`Diagnosis report item ${itemId} not found on diagnosis ${diagnosisId}`, 'diagnosisReportItemId');

export function createDiagnosisReportItem(
  storage: Storage,
  target: ItemTarget,
  input: CreateDiagnosisReportItemInput,
): Promise<DiagnosisRecord> {
  return writeReport(storage, target, async (trx, at) => {
    await trx
      .insertInto('diagnosis_report_items')
      .values({
        id: newId(),
        diagnosis_id: target.diagnosisId,
        name: input.name,
        type: input.type,
        content_id: input.contentId ?? null,
        description: input.description ?? null,
        discriminator_value: input.discriminatorValue ?? null,
        created_at: at,
        created_by: target.caller,
        updated_at: at,
        updated_by: target.caller,
      })
      .execute();
  });
}

/** Omitted fields stay; null clears contentId, description or discriminatorValue. */
export function updateDiagnosisReportItem(
  storage: Storage,
  target: ItemTarget,
  itemId: string,
  patch: UpdateDiagnosisReportItemInput,
): Promise<DiagnosisRecord> {
  return writeReport(storage, target, async (trx, at) => {
    const updated = await trx
      .updateTable('diagnosis_report_items')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.type !== undefined && { type: patch.type }),
        ...(patch.contentId !== undefined && { content_id: patch.contentId }),
        ...(patch.description !== undefined && { description: patch.description }),
        ...(patch.discriminatorValue !== undefined && { discriminator_value: patch.discriminatorValue }),
        updated_at: at,
        updated_by: target.caller,
      })
      .where('id', '=', itemId)
      .where('diagnosis_id', '=', target.diagnosisId)
      .returning('id')
      .executeTakeFirst();
    if (updated === undefined) throw itemNotFound(target.diagnosisId, itemId);
  });
}

export function deleteDiagnosisReportItem(storage: Storage, target: ItemTarget, itemId: string) {
  return writeReport(storage, target, async (trx) => {
    const gone = await trx
      .deleteFrom('diagnosis_report_items')
      .where('id', '=', itemId)
      .where('diagnosis_id', '=', target.diagnosisId)
      .returning('id')
      .executeTakeFirst();
    if (gone === undefined) throw itemNotFound(target.diagnosisId, itemId);
  });
}
