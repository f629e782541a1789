import { afterEach, describe, expect, it } from 'vitest';

import { openStorage, type Storage } from '../storage/db';
import { seedSynthetic, syntheticModel } from './synthetic';
import { inProcess } from '../test-kit/setup';

const opened: Storage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const query = <T>(storage: Storage, text: string, variables: Record<string, unknown>) =>
  inProcess(storage).ok<T>(text, variables);

interface Page {
  models: {
    totalCount: number;
    next: string | null;
    models: Array<{ name: string; trainingClasses: Array<{ class: string }>; trainingDataCount: number | null }>;
  };
}
const PAGE = `query($id: ID!, $filter: ModelFilter) { models(datasetId: $id, filter: $filter, length: 50) { totalCount next
  models { name trainingClasses { class } trainingDataCount } } }`;

describe('seedSynthetic', () => {
  it('inserts N models with K classes each and keeps totalCount right', async () => {
    const storage = await openStorage(':memory:');
    opened.push(storage);
    const result = await seedSynthetic(storage, { datasetName: 'Bench', models: 1_234, classes: 7 });
    expect(result).toMatchObject({ datasetCreated: true, inserted: 1_234 });

    const page = await query<Page>(storage, PAGE, { id: result.datasetId });
    expect(page.models.totalCount).toBe(1_234);
    expect(page.models.next).not.toBeNull();
    expect(page.models.models[0]?.name).toBe('yolov8s-exp-001234'); // newest first
    for (const model of page.models.models) {
      expect(model.trainingClasses).toHaveLength(7);
      expect(model.trainingDataCount).toBe(50_000);
    }
    const stored = await storage.db.selectFrom('models').select('training_classes').execute();
    expect(stored.reduce((n, m) => n + (JSON.parse(m.training_classes) as unknown[]).length, 0)).toBe(1_234 * 7);

    // Flag-only filters are answered from the counters the recount maintains.
    const trained = await query<Page>(storage, PAGE, { id: result.datasetId, filter: { must: { isTrained: true } } });
    const untrained = await query<Page>(storage, PAGE, { id: result.datasetId, filter: { not: { isTrained: true } } });
    expect(trained.models.totalCount + untrained.models.totalCount).toBe(1_234);
    expect(trained.models.totalCount).toBeGreaterThan(800);
  });

  it('reuses a dataset by name and adds to it', async () => {
    const storage = await openStorage(':memory:');
    opened.push(storage);
    const first = await seedSynthetic(storage, { datasetName: 'Bench', models: 10, classes: 0 });
    const second = await seedSynthetic(storage, { datasetName: 'Bench', models: 5, classes: 2 });
    expect(second).toMatchObject({ datasetId: first.datasetId, datasetCreated: false });
    const page = await query<Page>(storage, PAGE, { id: first.datasetId });
    expect(page.models.totalCount).toBe(15);
    const slices = await storage.db
      .selectFrom('slices')
      .select('name')
      .where('dataset_id', '=', first.datasetId)
      .execute();
    expect(slices.map((s) => s.name).sort()).toEqual(['synthetic-train', 'synthetic-val']);
  });

  it('builds the same model for the same index', () => {
    const slices = { training: ['t'], validation: ['v'] };
    expect(syntheticModel(42, 5, '2026-01-01T00:00:00.000Z', slices)).toEqual(
      syntheticModel(42, 5, '2026-01-01T00:00:00.000Z', slices),
    );
    expect(syntheticModel(30, 25, '2026-01-01T00:00:00.000Z', slices).trainingClasses?.[24]?.class).toBe('class-025');
  });
});
