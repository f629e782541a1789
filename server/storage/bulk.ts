// Fast bulk insert for synthetic data (npm run seed): multi-row inserts in one transaction, then
// one recount so the per-dataset counters stay right. Input is trusted: no validation here.
import { CompiledQuery, sql, type Insertable } from 'kysely';
import { writeTransaction } from './catalog-version';
import { newId } from './clock';
import { recountDataset } from './counts';
import type { Db, ModelSlicesTable, ModelsTable } from './db';
import { classesJson, type TrainClassInput } from './models.repo';
import { refreshSlicesDataCounts } from './model-training';

export interface SyntheticModel {
  id?: string;
  name: string;
  baselineModel: string;
  description?: string | null;
  modelContentId?: string | null;
  isTrained?: boolean;
  isPinned?: boolean;
  /** ISO-8601 UTC with milliseconds, e.g. new Date(t).toISOString(). */
  trainedAt?: string | null;
  /** Same format; defaults to now. Lists are ordered by it, newest first. */
  createdAt?: string;
  createdBy?: string | null;
  meta?: Record<string, unknown> | null;
  trainingClasses?: TrainClassInput[];
  /** Must be slices of the same dataset. */
  trainingSliceIds?: string[];
  validationSliceIds?: string[];
}

// Rows per statement, kept under SQLite's 32,766 bound parameters.
const MODEL_ROWS = 1_400;
const LINK_ROWS = 8_000;

/**
 * Multi-row insert as one prepared statement per chunk. Builds the SQL text directly instead of a
 * query tree per value (a million class rows would spend most of their time in the query builder);
 * the placeholder style ("?" or "$1") is the dialect's own, as Kysely compiles it.
 */
async function insertRows(
  db: Db,
  table: string,
  rows: readonly Record<string, unknown>[],
  size: number,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const numbered = sql`select ${1}`.compile(db).sql.includes('$1');
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += size) {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of rows.slice(start, start + size)) {
      const marks = columns.map((column) => {
        params.push(row[column] ?? null);
        return numbered ? `$${params.length}` : '?';
      });
      tuples.push(`(${marks.join(', ')})`);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), params));
  }
}

/**
 * Inserts models (with their classes) and their slice links into an existing dataset and recounts its
 * counters, all in one transaction. Returns the new ids in input order.
 */
export async function insertSyntheticModels(
  db: Db,
  datasetId: string,
  models: readonly SyntheticModel[],
): Promise<string[]> {
  return writeTransaction(db, async (trx) => {
    const created = new Date().toISOString();
    const ids: string[] = [];
    const modelRows: Insertable<ModelsTable>[] = [];
    const links: Insertable<ModelSlicesTable>[] = [];
    for (const m of models) {
      const id = m.id ?? newId();
      ids.push(id);
      const createdAt = m.createdAt ?? created;
      modelRows.push({
        id,
        dataset_id: datasetId,
        name: m.name,
        name_lower: m.name.toLowerCase(),
        description: m.description ?? null,
        baseline_model: m.baselineModel,
        model_content_id: m.modelContentId ?? null,
        is_trained: m.isTrained === true ? 1 : 0,
        status: m.isTrained === true ? 'COMPLETED' : 'PENDING', // kept equal to is_trained (model-training.ts)
        is_pinned: m.isPinned === true ? 1 : 0,
        trained_at: m.trainedAt ?? null,
        meta: m.meta == null ? null : JSON.stringify(m.meta),
        training_classes: classesJson(m.trainingClasses ?? []),
        created_at: createdAt,
        created_by: m.createdBy ?? 'seed',
        updated_at: createdAt,
        updated_by: m.createdBy ?? 'seed',
      });
      (m.trainingSliceIds ?? []).forEach((sliceId, position) =>
        links.push({ model_id: id, role: 'training', position, slice_id: sliceId }),
      );
      (m.validationSliceIds ?? []).forEach((sliceId, position) =>
        links.push({ model_id: id, role: 'validation', position, slice_id: sliceId }),
      );
    }
    await insertRows(trx, 'models', modelRows, MODEL_ROWS);
    await insertRows(trx, 'model_slices', links, LINK_ROWS);
    if (links.length > 0) await refreshSlicesDataCounts(trx, { datasetId });
    await recountDataset(trx, datasetId);
    return ids;
  });
}
