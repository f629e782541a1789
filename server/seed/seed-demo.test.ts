import { afterEach, describe, expect, it } from 'vitest';

import { seedDemo } from './seed-demo';
import { seededRandom } from './random';
import { openStorage, type Storage } from '../storage/db';
import { inProcess } from '../test-kit/setup';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const opened: Storage[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

interface DemoModel {
  name: string;
  baselineModel: string;
  isPinned: boolean;
  isTrained: boolean;
  trainedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  trainingDataCount: number | null;
  modelContent: { id: string } | null;
  meta: Record<string, unknown> | null;
  trainingClasses: Array<{ class: string; ap: number | null; trainingAnnotationsCount: number | null }>;
}

/** Everything the dashboard would show, minus the random ids. */
async function snapshot(storage: Storage) {
  const { ok: post } = inProcess(storage);
  const { datasets } = await post<{ datasets: { datasets: Array<{ id: string; name: string; createdAt: string }> } }>(
    '{ datasets(length: 50) { datasets { id name createdAt } } }',
  );
  const result = [];
  for (const dataset of datasets.datasets) {
    const { models } = await post<{ models: { totalCount: number; models: DemoModel[] } }>(
      `query($id: ID!) { models(datasetId: $id, length: 50) { totalCount models {
        name baselineModel isPinned isTrained trainedAt createdAt createdBy trainingDataCount modelContent { id } meta
        trainingClasses { class ap trainingAnnotationsCount } } } }`,
      { id: dataset.id },
    );
    result.push({ name: dataset.name, createdAt: dataset.createdAt, ...models });
  }
  return result;
}

async function seeded() {
  const storage = await openStorage(':memory:');
  opened.push(storage);
  const result = await seedDemo(storage, { now: NOW });
  return { storage, result };
}

const meanAp = (m: DemoModel) => {
  const aps = m.trainingClasses.map((c) => c.ap).filter((ap): ap is number => ap !== null);
  return aps.length ? aps.reduce((a, b) => a + b, 0) / aps.length : null;
};

describe('seedDemo', () => {
  it('creates the same data every time', async () => {
    const first = await snapshot((await seeded()).storage);
    const second = await snapshot((await seeded()).storage);
    expect(second).toEqual(first);
  });

  it('gives every dashboard page something to show', async () => {
    const { storage, result } = await seeded();
    expect(result).toEqual({ created: ['Traffic cameras', 'Retail shelves'], models: 16 });
    const datasets = await snapshot(storage);
    expect(datasets.map((d) => d.name)).toEqual(['Traffic cameras', 'Retail shelves']); // newest first: the dashboard opens on traffic
    const all = datasets.flatMap((d) => d.models);
    expect(all.length).toBeGreaterThanOrEqual(14);

    for (const dataset of datasets) {
      expect(dataset.totalCount).toBe(dataset.models.length);
      expect(dataset.models.filter((m) => m.isPinned)).toHaveLength(1);
      expect(dataset.models.filter((m) => m.isTrained).length).toBeGreaterThanOrEqual(3); // compare needs two or more
      expect(dataset.models.some((m) => !m.isTrained)).toBe(true);
      // Newest first, spread over weeks, all in the past.
      const created = dataset.models.map((m) => Date.parse(m.createdAt));
      expect(created).toEqual([...created].sort((a, b) => b - a));
      expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(14 * 86_400_000);
      expect(Math.max(...created)).toBeLessThanOrEqual(NOW);
      expect(Math.min(...created)).toBeGreaterThan(Date.parse(dataset.createdAt));
    }
    for (const model of all) {
      expect(model.trainingClasses.length).toBeGreaterThanOrEqual(6);
      expect(model.trainingClasses.length).toBeLessThanOrEqual(12);
      expect(model.trainingDataCount).toBeGreaterThan(0);
      expect(model.meta).toMatchObject({
        training_config: {
          epochs: expect.any(Number),
          lr: expect.any(Number),
          batch_size: expect.any(Number),
          imgsz: expect.any(Number),
        },
      });
      expect(model.meta).toHaveProperty('experiment_group');
      expect(model.meta).toHaveProperty('notes');
      expect(model.createdBy).toMatch(/@example\.com$/);
      expect(model.isTrained).toBe(model.trainedAt !== null);
      if (model.trainedAt) expect(Date.parse(model.trainedAt)).toBeGreaterThan(Date.parse(model.createdAt));
      for (const c of model.trainingClasses) {
        if (model.isTrained) expect(c.ap).toBeGreaterThan(0);
        else expect(c.ap).toBeNull();
      }
    }
    const means = all.map(meanAp).filter((m): m is number => m !== null);
    expect(means.filter((m) => m < 0.7).length).toBeGreaterThanOrEqual(2); // "Low" badges
    expect(means.filter((m) => m > 0.9).length).toBeGreaterThanOrEqual(2); // "High" badges
    expect(means.filter((m) => m >= 0.5 && m <= 0.95).length).toBeGreaterThan(means.length / 2);
    expect(all.filter((m) => m.modelContent !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves datasets that already exist alone', async () => {
    const { storage } = await seeded();
    const before = await snapshot(storage);
    expect(await seedDemo(storage, { now: NOW })).toEqual({ created: [], models: 0 });
    expect(await snapshot(storage)).toEqual(before);
  });
});

describe('seededRandom', () => {
  it('repeats per key and differs between keys', () => {
    const a = seededRandom('a');
    const again = seededRandom('a');
    const b = seededRandom('b');
    const first = [a(), a(), a()];
    expect([again(), again(), again()]).toEqual(first);
    expect(b()).not.toBe(first[0]);
    for (const n of first) expect(n >= 0 && n < 1).toBe(true);
  });
});
