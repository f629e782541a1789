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
  baselineModel: string | null;
  isPinned: boolean;
  isTrained: boolean;
  trainedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  trainingDataCount: number | null;
  modelContent: { id: string } | null;
  meta: Record<string, unknown> | null;
  trainingClasses: Array<{ class: string; ap: number | null; trainingAnnotationsCount: number | null }>;
  // Newer API (README "API generations").
  status: string;
  taskType: string | null;
  scoreKey: string | null;
  scoreValue: number | null;
  scoreUnit: string | null;
  completedAt: string | null;
  trainingParameters: Record<string, unknown> | null;
  contents: Record<string, string> | null;
  trainingAnnotations: Array<{ className: string; trainCount: number | null; validationCount: number | null }>;
  /** Each item with its reports.json, read back through a signed download URL, instead of its content id. */
  trainingReport: Array<{ name: string; type: string; description: string | null; reports: Record<string, unknown> }>;
}

/** The keys of each chart type's reports.json (docs/api/newer-api.md §3.5) and of its data rows. */
const REPORT_SHAPES: Record<string, { keys: string[]; row?: string[] }> = {
  PIE: { keys: ['category_name', 'value_name', 'data'], row: ['category', 'value'] },
  HORIZONTAL_BAR: { keys: ['y_axis_name', 'x_axis_name', 'data'], row: ['category', 'value'] },
  VERTICAL_BAR: { keys: ['x_axis_name', 'y_axis_name', 'data'], row: ['category', 'value'] },
  HEATMAP: { keys: ['y_axis_name', 'x_axis_name', 'data'], row: ['y_category', 'x_category', 'value'] },
  CONFUSION_MATRIX: {
    keys: ['true_axis_name', 'predicted_axis_name', 'data'],
    row: ['true_class', 'predicted_class', 'count'],
  },
  TABLE: { keys: ['data'] },
  LINE_CHART: { keys: ['x_name', 'y_name', 'data'], row: ['series', 'x', 'y'] },
  SCATTER_PLOT: { keys: ['x_name', 'y_name', 'data'], row: ['x', 'y', 'category'] },
  HISTOGRAM: { keys: ['bin_name', 'frequency_name', 'data'], row: ['bin', 'frequency'] },
  METRICS: { keys: ['data'], row: ['key', 'value'] },
};

function expectReportShape(type: string, reports: Record<string, unknown>) {
  const shape = REPORT_SHAPES[type]!;
  expect(Object.keys(reports).sort()).toEqual([...shape.keys].sort());
  if (type === 'TABLE') {
    const { headers, rows } = reports['data'] as { headers: string[]; rows: unknown[][] };
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(headers.length);
    return;
  }
  const rows = reports['data'] as Array<Record<string, unknown>>;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(Object.keys(row).sort()).toEqual([...shape.row!].sort());
}

/** Everything the dashboard would show, minus the random ids. */
async function snapshot(storage: Storage) {
  const { app, ok: post } = inProcess(storage);
  const { datasets } = await post<{ datasets: { datasets: Array<{ id: string; name: string; createdAt: string }> } }>(
    '{ datasets(length: 50) { datasets { id name createdAt } } }',
  );
  const result = [];
  for (const dataset of datasets.datasets) {
    type Answered = Omit<DemoModel, 'trainingReport'> & {
      trainingReport: Array<{ name: string; type: string; description: string | null; contentId: string }>;
    };
    const answer = await post<{ models: { totalCount: number; models: Answered[] } }>(
      `query($id: ID!) { models(datasetId: $id, length: 50) { totalCount models {
        name baselineModel isPinned isTrained trainedAt createdAt createdBy trainingDataCount modelContent { id } meta
        trainingClasses { class ap trainingAnnotationsCount }
        status taskType scoreKey scoreValue scoreUnit completedAt trainingParameters contents
        trainingAnnotations { className trainCount validationCount }
        trainingReport { name type description contentId } } } }`,
      { id: dataset.id },
    );
    const models = {
      totalCount: answer.models.totalCount,
      models: await Promise.all(
        answer.models.models.map(async ({ contents, trainingReport, ...model }): Promise<DemoModel> => ({
          ...model,
          // Content ids are new on every run; the files they hold are what must repeat.
          contents: contents && Object.fromEntries(Object.keys(contents).map((name) => [name, 'id'])),
          trainingReport: await Promise.all(
            trainingReport.map(async ({ contentId, ...item }) => {
              const { generateFileDownloadURL: url } = await post<{ generateFileDownloadURL: string }>(
                'mutation($id: ID!) { generateFileDownloadURL(contentId: $id, fileName: "reports.json") }',
                { id: contentId },
              );
              const file = await app.fetch(url);
              expect(file.headers.get('content-type')).toBe('application/json');
              return { ...item, reports: (await file.json()) as Record<string, unknown> };
            }),
          ),
        })),
      ),
    };
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
    expect(result).toEqual({ created: ['Traffic cameras', 'Retail shelves'], models: 21 });
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
    for (const model of all.filter((m) => m.baselineModel !== null)) {
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

  it('has newer-API models in every status the views show, the completed ones with a report of all ten chart types', async () => {
    const { storage } = await seeded();
    const datasets = await snapshot(storage);
    const runs = datasets.flatMap((d) => d.models).filter((m) => m.taskType !== null);
    const byStatus = (status: string) => runs.filter((m) => m.status === status);
    expect(byStatus('PENDING').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('IN_PROGRESS').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('FAILED').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('COMPLETED').length).toBeGreaterThanOrEqual(2);
    expect(new Set(runs.map((m) => m.taskType)).size).toBeGreaterThanOrEqual(2);
    for (const run of runs) {
      expect(run.baselineModel).toBeNull();
      expect(run).toMatchObject({ scoreKey: expect.any(String), scoreUnit: expect.any(String), isPinned: false });
      expect(Object.keys(run.trainingParameters ?? {}).length).toBeGreaterThan(0);
      expect(run.trainingAnnotations.length).toBeGreaterThan(0);
      for (const c of run.trainingAnnotations) expect(Math.min(c.trainCount!, c.validationCount!)).toBeGreaterThan(0);
      expect(run.isTrained).toBe(run.status === 'COMPLETED');
      expect(run.completedAt === null).toBe(run.status !== 'COMPLETED');
      if (run.status === 'PENDING' || run.status === 'FAILED') expect(run.scoreValue).toBeNull();
      else expect(run.scoreValue).toBeGreaterThan(0);
      if (run.status !== 'COMPLETED') {
        expect(run.trainingReport).toEqual([]);
        continue;
      }
      expect(Date.parse(run.completedAt!)).toBeGreaterThan(Date.parse(run.createdAt));
      expect(Date.parse(run.completedAt!)).toBeLessThanOrEqual(NOW);
      expect(run.contents).toEqual({ 'config.yaml': 'id' });
      expect(new Set(run.trainingReport.map((item) => item.type))).toEqual(new Set(Object.keys(REPORT_SHAPES)));
      for (const item of run.trainingReport) expectReportShape(item.type, item.reports);
      const item = (name: string) => run.trainingReport.find((i) => i.name === name);
      expect(item('AP per class')).toMatchObject({ type: 'VERTICAL_BAR' });
      expect(item('Precision–recall curve')).toMatchObject({ type: 'LINE_CHART' });
      expect(item('Confusion matrix')).toMatchObject({ type: 'CONFUSION_MATRIX' });
      expect(item('Summary')).toMatchObject({ type: 'METRICS' });
      // The bars are the per-class AP of the run's own classes; the summary's mAP is its score.
      const bars = item('AP per class')!.reports['data'] as Array<{ category: string; value: number }>;
      expect(bars.map((b) => b.category)).toEqual(run.trainingAnnotations.map((c) => c.className));
      for (const bar of bars) expect(bar.value).toBeGreaterThan(0);
      const summary = item('Summary')!.reports['data'] as Array<{ key: string; value: unknown }>;
      expect(summary[0]?.key).toBe('mAP@0.5');
      expect(summary[0]?.value).toBeCloseTo(run.scoreValue! / 100, 6);
    }
    // Pages that open the newest "Traffic cameras" models, or compare all of them, start with first-generation ones.
    const traffic = datasets.find((d) => d.name === 'Traffic cameras')!;
    expect(traffic.models.length).toBeLessThanOrEqual(12);
    expect(traffic.models.slice(0, 3).every((m) => m.baselineModel !== null)).toBe(true);
    expect(traffic.models.some((m) => m.taskType !== null && m.status === 'COMPLETED')).toBe(true);
  });

  it('has evaluations of trained models swept over iou_threshold 0.5 / 0.75 / 0.9, the same every time', async () => {
    const evaluations = async () => {
      const { storage } = await seeded();
      const { ok: post } = inProcess(storage);
      const { datasets } = await post<{ datasets: { datasets: Array<{ id: string; name: string }> } }>(
        '{ datasets(length: 50) { datasets { id name } } }',
      );
      const result = [];
      for (const dataset of datasets.datasets) {
        const answer = await post<{
          models: { models: Array<{ id: string; name: string; isTrained: boolean; status: string }> };
          diagnoses: {
            diagnoses: Array<{
              name: string;
              status: string;
              scoreValue: number | null;
              modelId: string | null;
              discriminatorKey: string | null;
              discriminatorValues: string[] | null;
              completedAt: string | null;
              createdAt: string;
              diagnosisReportItems: Array<{ name: string; type: string; discriminatorValue: string | null }>;
            }>;
          };
        }>(
          `query($id: ID!) { models(datasetId: $id, length: 50) { models { id name isTrained status } }
            diagnoses(datasetId: $id, length: 50) { diagnoses { name status scoreValue modelId discriminatorKey
              discriminatorValues completedAt createdAt diagnosisReportItems { name type discriminatorValue } } } }`,
          { id: dataset.id },
        );
        const models = new Map(answer.models.models.map(({ id, ...m }) => [id, m]));
        result.push({
          dataset: dataset.name,
          diagnoses: answer.diagnoses.diagnoses.map(({ modelId, ...d }) => ({
            ...d,
            model: models.get(modelId ?? ''),
          })),
        });
      }
      return result;
    };
    const first = await evaluations();
    expect(await evaluations()).toEqual(first);
    for (const { diagnoses } of first) {
      expect(diagnoses.length).toBeGreaterThanOrEqual(2);
      for (const d of diagnoses) {
        expect(d.model?.isTrained).toBe(true);
        expect(d.discriminatorKey).toBe('iou_threshold');
        expect(d.discriminatorValues).toEqual(['0.5', '0.75', '0.9']);
        expect(Date.parse(d.createdAt)).toBeLessThanOrEqual(NOW);
        if (d.status !== 'COMPLETED') {
          expect(d.completedAt).toBeNull();
          continue;
        }
        expect(Date.parse(d.completedAt!)).toBeGreaterThan(Date.parse(d.createdAt));
        expect(d.scoreValue).toBeGreaterThan(0);
        for (const value of ['0.5', '0.75', '0.9', null]) {
          expect(d.diagnosisReportItems.some((item) => item.discriminatorValue === value)).toBe(true);
        }
      }
      // Compare by evaluation: one name evaluated on two or more models.
      const names = diagnoses.map((d) => d.name);
      expect(names.some((name) => names.indexOf(name) !== names.lastIndexOf(name))).toBe(true);
    }
    // Linked to the completed newer-API models too.
    expect(first.flatMap((d) => d.diagnoses).some((d) => d.model?.status === 'COMPLETED')).toBe(true);
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
