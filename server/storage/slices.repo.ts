// Slices: named subsets of a dataset's data. Names are unique within a dataset (README §11, §12).
import { isUniqueViolation, type Storage, type Db, type SliceRow } from './db';
import { writeTransaction } from './catalog-version';
import { newId, now } from './clock';
import { touchDatasetModels } from './counts';
import { refreshSlicesDataCounts } from './model-training';
import type { NormalFilter } from './filters';
import { listPage } from './paging';
import { badRequest, notFound } from '../graphql/errors';

export interface SliceRecord {
  id: string;
  datasetId: string;
  name: string;
  description: string | null;
  isPinned: boolean;
  dataCount: number | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const toSliceRecord = (r: SliceRow): SliceRecord => ({
  id: r.id,
  datasetId: r.dataset_id,
  name: r.name,
  description: r.description,
  isPinned: r.is_pinned === 1,
  dataCount: r.data_count,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export interface NewSlice {
  name: string;
  description?: string | null | undefined;
  dataCount?: number | null | undefined;
}

export type SlicePatch = Partial<NewSlice>;

async function assertDataset(db: Db, datasetId: string): Promise<void> {
  const found = await db.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
  if (found === undefined) throw notFound(`Dataset ${datasetId} not found`);
}

const duplicateName = (name: string) => badRequest(`A slice named "${name}" already exists in this dataset`, 'name');

async function assertNameFree(db: Db, datasetId: string, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('slices').select('id').where('dataset_id', '=', datasetId).where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  if ((await query.executeTakeFirst()) !== undefined) throw duplicateName(name);
}

/** The unique constraint decides between concurrent writers (another process may take the name after our check). */
const refuseDuplicate = (name: string | undefined) => (error: unknown) => {
  throw name !== undefined && isUniqueViolation(error) ? duplicateName(name) : error;
};

export async function listSlices(
  storage: Storage,
  datasetId: string,
  filter: NormalFilter,
  cursor: string | null,
  length: number,
) {
  const { db } = storage;
  await assertDataset(db, datasetId);
  const scope = `slices\n${datasetId}\n${filter.key}`;
  const base = db.selectFrom('slices').where('slices.dataset_id', '=', datasetId);
  const page = await listPage(storage, 'slices', base, { filter, scope, cursor, length }, toSliceRecord);
  return { slices: page.items, next: page.next, totalCount: page.totalCount };
}

/** By id when given, else by exact name. Slices of other datasets are not found. */
export async function getSlice(
  db: Db,
  datasetId: string,
  by: { id?: string | null; name?: string | null },
): Promise<SliceRecord> {
  if (by.id == null && by.name == null) throw badRequest('Give a slice id or name', 'id');
  await assertDataset(db, datasetId);
  const query = db.selectFrom('slices').selectAll().where('dataset_id', '=', datasetId);
  const row = await (
    by.id != null ? query.where('id', '=', by.id) : query.where('name', '=', by.name ?? '')
  ).executeTakeFirst();
  if (row === undefined)
    throw notFound(
      by.id != null
        ? `Slice ${by.id} not found in dataset ${datasetId}`
        : `Slice "${by.name}" not found in dataset ${datasetId}`,
    );
  return toSliceRecord(row);
}

export async function createSlice(
  storage: Storage,
  datasetId: string,
  input: NewSlice,
  caller: string,
): Promise<SliceRecord> {
  return writeTransaction(storage.db, async (trx) => {
    await assertDataset(trx, datasetId);
    await assertNameFree(trx, datasetId, input.name);
    const at = now();
    const row: SliceRow = {
      id: newId(),
      dataset_id: datasetId,
      name: input.name,
      name_lower: input.name.toLowerCase(),
      description: input.description ?? null,
      is_pinned: 0,
      data_count: input.dataCount ?? null,
      created_at: at,
      created_by: caller,
      updated_at: at,
      updated_by: caller,
    };
    await trx.insertInto('slices').values(row).execute().catch(refuseDuplicate(input.name));
    return toSliceRecord(row);
  });
}

export async function updateSlice(
  storage: Storage,
  datasetId: string,
  id: string,
  patch: SlicePatch,
  caller: string,
): Promise<SliceRecord> {
  return writeTransaction(storage.db, async (trx) => {
    const current = await getSlice(trx, datasetId, { id });
    if (patch.name !== undefined) await assertNameFree(trx, datasetId, patch.name, id);
    // The models' sums follow a new count. Model writes lock the dataset's counters row first: taken
    // here too, a model linked concurrently either is summed below or sums the new count itself.
    const recount = patch.dataCount !== undefined && patch.dataCount !== current.dataCount;
    if (recount) await touchDatasetModels(trx, datasetId);
    const changes = {
      ...(patch.name !== undefined && { name: patch.name, name_lower: patch.name.toLowerCase() }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.dataCount !== undefined && { data_count: patch.dataCount }),
      updated_at: now(),
      updated_by: caller,
    };
    await trx.updateTable('slices').set(changes).where('id', '=', id).execute().catch(refuseDuplicate(patch.name));
    if (recount) await refreshSlicesDataCounts(trx, { sliceId: id });
    return {
      ...current,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.dataCount !== undefined && { dataCount: patch.dataCount }),
      updatedAt: changes.updated_at,
      updatedBy: caller,
    };
  });
}

/** A slice that a model still references cannot be deleted (README §11). */
export async function deleteSlice(storage: Storage, datasetId: string, id: string): Promise<boolean> {
  return writeTransaction(storage.db, async (trx) => {
    await getSlice(trx, datasetId, { id });
    // Serialises with model writes (they lock the dataset's counters row first): a model created
    // concurrently either links the slice before this check or finds the slice gone.
    await touchDatasetModels(trx, datasetId);
    const user = await trx.selectFrom('model_slices').select('model_id').where('slice_id', '=', id).executeTakeFirst();
    if (user !== undefined)
      throw badRequest(`Slice ${id} is used by model ${user.model_id}; delete that model first`, 'id');
    await trx.deleteFrom('slices').where('id', '=', id).execute();
    return true;
  });
}

/** Number of slices of each dataset (newer API's Dataset.sliceCount). */
export async function countSlices(db: Db, datasetIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let start = 0; start < datasetIds.length; start += 500) {
    const rows = await db
      .selectFrom('slices')
      .select(['dataset_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('dataset_id', 'in', datasetIds.slice(start, start + 500))
      .groupBy('dataset_id')
      .execute();
    for (const r of rows) out.set(r.dataset_id, Number(r.n));
  }
  return out;
}
