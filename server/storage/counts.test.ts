// Counters and bulk inserts on :memory: SQLite: flag arithmetic equals a real count, bulk data stays consistent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertSyntheticModels } from './bulk';
import { countModels, readModelStats, recountDataset } from './counts';
import { createDataset } from './datasets.repo';
import { engines, openTestStorage } from '../test-kit/setup';
import type { Storage } from './db';
import { filterConditions, normalizeFilter, type FilterInput } from './filters';
import {
  createModel,
  deleteModel,
  getModel,
  listModels,
  loadModelSlices,
  parseClasses,
  setModelPinned,
  updateModel,
} from './models.repo';
import { createSlice } from './slices.repo';

let storage: Storage;
let datasetId: string;
describe.each(engines)('on %s', (engine) => {
  beforeEach(async () => {
    storage = await openTestStorage(engine);
    datasetId = (await createDataset(storage, { name: 'd' }, 'test')).id;
  });
  afterEach(() => storage.close());

  const flagFilters: Array<FilterInput | null> = [null, {}, { must: {} }];
  for (const isPinned of [undefined, true, false]) {
    for (const isTrained of [undefined, true, false]) {
      for (const notPinned of [undefined, true, false]) {
        for (const notTrained of [undefined, true, false])
          flagFilters.push({ must: { isPinned, isTrained }, not: { isPinned: notPinned, isTrained: notTrained } });
      }
    }
  }

  async function scanCount(filter: FilterInput | null): Promise<number> {
    const normal = normalizeFilter(filter);
    const conditions = filterConditions(storage.db, 'models', normal);
    const base = storage.db
      .selectFrom('models')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dataset_id', '=', datasetId);
    const row = await (conditions.length ? base.where((eb) => eb.and(conditions)) : base).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function expectCountsRight() {
    const stats = await readModelStats(storage.db, datasetId);
    for (const filter of flagFilters) {
      expect(await countModels(storage.db, datasetId, stats!, normalizeFilter(filter)), JSON.stringify(filter)).toBe(
        await scanCount(filter),
      );
    }
  }

  describe('model counters', () => {
    it('follow every kind of model write', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const model = await createModel(
          storage,
          datasetId,
          {
            name: `m${i}`,
            baselineModel: 'b',
            trainingSliceIds: [],
            validationSliceIds: [],
            isPinned: i % 3 === 0,
            isTrained: i % 2 === 0,
          },
          'test',
        );
        ids.push(model.id);
      }
      await expectCountsRight();
      await setModelPinned(storage, datasetId, ids[1]!, true, 'test');
      await setModelPinned(storage, datasetId, ids[1]!, true, 'test');
      await setModelPinned(storage, datasetId, ids[0]!, false, 'test');
      await updateModel(storage, datasetId, ids[2]!, { isTrained: false }, 'test');
      await updateModel(storage, datasetId, ids[3]!, { isTrained: true, name: 'renamed' }, 'test');
      await updateModel(storage, datasetId, ids[4]!, { isTrained: true }, 'test');
      await deleteModel(storage, datasetId, ids[5]!, 'test');
      await expectCountsRight();
      // A failed write changes nothing.
      await expect(
        createModel(
          storage,
          datasetId,
          { name: 'x', baselineModel: 'b', trainingSliceIds: ['missing'], validationSliceIds: [] },
          't',
        ),
      ).rejects.toThrow();
      await expect(setModelPinned(storage, datasetId, 'missing', true, 't')).rejects.toThrow();
      await expectCountsRight();
      expect(await scanCount(null)).toBe(11);
    });

    it('bump the version on every write, so cached text-filter counts are refreshed', async () => {
      const version = async () => (await readModelStats(storage.db, datasetId))!.version;
      const v0 = await version();
      const m = await createModel(
        storage,
        datasetId,
        { name: 'Alpha', baselineModel: 'b', trainingSliceIds: [], validationSliceIds: [] },
        't',
      );
      const filter = normalizeFilter({ must: { nameContains: 'alp' } });
      expect((await listModels(storage, datasetId, filter, null, 10)).totalCount).toBe(1);
      const v1 = await version();
      expect(v1).toBeGreaterThan(v0);
      await updateModel(storage, datasetId, m.id, { name: 'Beta' }, 't');
      expect(await version()).toBeGreaterThan(v1);
      expect((await listModels(storage, datasetId, filter, null, 10)).totalCount).toBe(0);
    });

    it('are rebuilt when missing (data written without them)', async () => {
      await insertSyntheticModels(storage.db, datasetId, [{ name: 'a', baselineModel: 'b', isPinned: true }]);
      await storage.db.deleteFrom('dataset_model_stats').execute();
      expect(
        (await listModels(storage, datasetId, normalizeFilter({ must: { isPinned: true } }), null, 10)).totalCount,
      ).toBe(1);
      await storage.db.deleteFrom('dataset_model_stats').execute();
      await createModel(
        storage,
        datasetId,
        { name: 'c', baselineModel: 'b', trainingSliceIds: [], validationSliceIds: [] },
        't',
      );
      await expectCountsRight();
    });
  });

  describe('insertSyntheticModels', () => {
    it('inserts models with classes and slice links and leaves the counters right', async () => {
      const train = await createSlice(storage, datasetId, { name: 'train', dataCount: 10 }, 't');
      const rows = Array.from({ length: 3_100 }, (_, i) => ({
        name: `Synthetic ${i}`,
        baselineModel: 'yolov8n',
        isPinned: i % 7 === 0,
        isTrained: i % 2 === 0,
        createdAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
        trainingClasses: [
          { class: 'car', ap: 0.5 },
          { class: 'person', annotationType: 'box', ap: 0.25, trainingAnnotationsCount: 3 },
        ],
        trainingSliceIds: [train.id],
      }));
      const ids = await insertSyntheticModels(storage.db, datasetId, rows);
      expect(ids).toHaveLength(3_100);
      await expectCountsRight();
      const page = await listModels(storage, datasetId, normalizeFilter(null), null, 5);
      expect(page.totalCount).toBe(3_100);
      expect(page.models[0]).toMatchObject({
        id: ids[3_099],
        name: 'Synthetic 3099',
        isPinned: false,
        isTrained: false,
      });
      expect(parseClasses((await getModel(storage.db, datasetId, ids[0]!)).classesJson)).toEqual([
        {
          class: 'car',
          annotationType: null,
          ap: 0.5,
          trainingAnnotationsCount: null,
          validationAnnotationsCount: null,
        },
        {
          class: 'person',
          annotationType: 'box',
          ap: 0.25,
          trainingAnnotationsCount: 3,
          validationAnnotationsCount: null,
        },
      ]);
      expect((await loadModelSlices(storage.db, [ids[1]!])).get(ids[1]!)?.training.map((s) => s.id)).toEqual([
        train.id,
      ]);
      expect((await getModel(storage.db, datasetId, ids[2]!)).name).toBe('Synthetic 2');
      expect(
        (await listModels(storage, datasetId, normalizeFilter({ must: { nameContains: 'synthetic 30' } }), null, 50))
          .totalCount,
      ).toBe(111);
    });

    it('recountDataset repairs counters after direct writes', async () => {
      await insertSyntheticModels(storage.db, datasetId, [{ name: 'a', baselineModel: 'b' }]);
      await storage.db.updateTable('models').set({ is_pinned: 1 }).execute();
      await recountDataset(storage.db, datasetId);
      await expectCountsRight();
    });
  });
});
