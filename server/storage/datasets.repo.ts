// Datasets: the containers of slices and models. Names are unique (README §12).
import { isUniqueViolation, type Storage, type Db, type DatasetRow } from './db';
import { writeTransaction } from './catalog-version';
import { newId, now } from './clock';
import { touchDatasetModels } from './counts';
import type { NormalFilter } from './filters';
import { listPage } from './paging';
import { badRequest, notFound } from '../graphql/errors';

export interface DatasetRecord {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const toDatasetRecord = (r: DatasetRow): DatasetRecord => ({
  id: r.id,
  name: r.name,
  description: r.description,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export interface NewDataset {
  name: string;
  description?: string | null | undefined;
}

export type DatasetPatch = Partial<NewDataset>;

const duplicateName = (name: string) => badRequest(`A dataset named "${name}" already exists`, 'name');

async function assertNameFree(db: Db, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('datasets').select('id').where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  if ((await query.executeTakeFirst()) !== undefined) throw duplicateName(name);
}

/** The unique index decides between concurrent writers (another process may insert the name after our check). */
const refuseDuplicate = (name: string | undefined) => (error: unknown) => {
  throw name !== undefined && isUniqueViolation(error) ? duplicateName(name) : error;
};

export async function listDatasets(storage: Storage, filter: NormalFilter, cursor: string | null, length: number) {
  const scope = `datasets\n\n${filter.key}`;
  const base = storage.db.selectFrom('datasets');
  const page = await listPage(storage, 'datasets', base, { filter, scope, cursor, length }, toDatasetRecord);
  return { datasets: page.items, next: page.next, totalCount: page.totalCount };
}

/** By id when given, else by exact name. */
export async function getDataset(db: Db, by: { id?: string | null; name?: string | null }): Promise<DatasetRecord> {
  if (by.id == null && by.name == null) throw badRequest('Give a dataset id or name', 'datasetId');
  const query = db.selectFrom('datasets').selectAll();
  const row = await (
    by.id != null ? query.where('id', '=', by.id) : query.where('name', '=', by.name ?? '')
  ).executeTakeFirst();
  if (row === undefined)
    throw notFound(by.id != null ? `Dataset ${by.id} not found` : `Dataset "${by.name}" not found`);
  return toDatasetRecord(row);
}

export async function createDataset(storage: Storage, input: NewDataset, caller: string): Promise<DatasetRecord> {
  return writeTransaction(storage.db, async (trx) => {
    await assertNameFree(trx, input.name);
    const at = now();
    const row: DatasetRow = {
      id: newId(),
      name: input.name,
      name_lower: input.name.toLowerCase(),
      description: input.description ?? null,
      created_at: at,
      created_by: caller,
      updated_at: at,
      updated_by: caller,
    };
    await trx.insertInto('datasets').values(row).execute().catch(refuseDuplicate(input.name));
    await trx.insertInto('dataset_model_stats').values({ dataset_id: row.id }).execute();
    return toDatasetRecord(row);
  });
}

export async function updateDataset(
  storage: Storage,
  id: string,
  patch: DatasetPatch,
  caller: string,
): Promise<DatasetRecord> {
  return writeTransaction(storage.db, async (trx) => {
    const current = await getDataset(trx, { id });
    if (patch.name !== undefined) await assertNameFree(trx, patch.name, id);
    const changes = {
      ...(patch.name !== undefined && { name: patch.name, name_lower: patch.name.toLowerCase() }),
      ...(patch.description !== undefined && { description: patch.description }),
      updated_at: now(),
      updated_by: caller,
    };
    await trx.updateTable('datasets').set(changes).where('id', '=', id).execute().catch(refuseDuplicate(patch.name));
    return {
      ...current,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.description !== undefined && { description: patch.description }),
      updatedAt: changes.updated_at,
      updatedBy: caller,
    };
  });
}

/** Removes the dataset with its models (and their classes and slice links) and slices. */
export async function deleteDataset(storage: Storage, id: string): Promise<boolean> {
  return writeTransaction(storage.db, async (trx) => {
    await getDataset(trx, { id });
    // Waits for model writes in flight on this dataset (they lock its counters row first, as this does).
    await touchDatasetModels(trx, id);
    await trx.deleteFrom('models').where('dataset_id', '=', id).execute();
    await trx.deleteFrom('slices').where('dataset_id', '=', id).execute();
    await trx.deleteFrom('dataset_model_stats').where('dataset_id', '=', id).execute();
    await trx.deleteFrom('datasets').where('id', '=', id).execute();
    return true;
  });
}
