import { render } from '@testing-library/react';
import { buildModel, buildTrainClass } from '../../api/mocks/factories';
import { CompareChart, compareChartHeight } from './compare-chart';
import { buildComparisonRows, type CompareColumn } from './comparison';
import { modelColor } from './model-palette';

function setup(classesPerModel: Array<Array<[string, number | null]>>) {
  const models = classesPerModel.map((classes, i) =>
    buildModel({
      datasetId: 'd1',
      name: `model ${i + 1}`,
      trainingClasses: classes.map(([name, ap]) => buildTrainClass({ class: name, ap })),
    }),
  );
  const columns: CompareColumn[] = models.map((m, i) => ({ id: m.id, name: m.name, color: modelColor(i) }));
  return { models: columns, rows: buildComparisonRows(models, 0) };
}

/** Bars drawn per model: each model's path holds one closed rectangle per bar. */
const barsPerModel = (container: HTMLElement) =>
  Array.from(
    container.querySelectorAll('.compare-bar-series'),
    (path) => path.getAttribute('d')?.match(/M/g)?.length ?? 0,
  );
const barCount = (container: HTMLElement) => barsPerModel(container).reduce((a, b) => a + b, 0);
const gaps = (container: HTMLElement) => container.querySelectorAll('.compare-not-trained');

describe('CompareChart', () => {
  it('draws one bar per model and class over the union of classes', () => {
    const { models, rows } = setup([
      [
        ['car', 0.8],
        ['bus', 0.6],
      ],
      [
        ['car', 0.7],
        ['bus', 0.65],
        ['truck', 0.5],
      ],
    ]);
    const { container } = render(<CompareChart models={models} rows={rows} baselineIndex={0} width={800} />);
    const labels = Array.from(container.querySelectorAll('.compare-class-tick text')).map((t) => t.textContent);
    expect(labels).toEqual(['car', 'bus', 'truck']);
    expect(barsPerModel(container)).toEqual([2, 3]);
    expect(gaps(container)).toHaveLength(1);
  });

  it('shows a class a model was not trained on as a labelled gap, not as a zero bar', () => {
    const { models, rows } = setup([[['car', 0.8]], [['bus', 0.4]]]);
    const { container } = render(<CompareChart models={models} rows={rows} baselineIndex={0} width={800} />);
    expect(gaps(container)).toHaveLength(2);
    expect(container.querySelector('.compare-not-trained text')?.textContent).toBe('not trained');
    expect(barsPerModel(container)).toEqual([1, 1]);
  });

  it('marks a trained class without AP apart from a missing class', () => {
    const { models, rows } = setup([[['car', 0.8]], [['car', null]]]);
    const { container } = render(<CompareChart models={models} rows={rows} baselineIndex={0} width={800} />);
    expect(container.querySelector('.compare-no-ap text')?.textContent).toBe('no AP');
    expect(gaps(container)).toHaveLength(0);
  });

  it('keeps each model in its palette colour', () => {
    const { models, rows } = setup([[['car', 0.8]], [['car', 0.7]], [['car', 0.6]]]);
    const { container } = render(<CompareChart models={models} rows={rows} baselineIndex={0} width={800} />);
    const fills = Array.from(container.querySelectorAll('.compare-bar-series'), (p) => p.getAttribute('fill'));
    expect(fills).toEqual([modelColor(0), modelColor(1), modelColor(2)]);
  });

  it('stays readable at 12 models × 80 classes: every bar drawn, height grows', { timeout: 20_000 }, () => {
    const classes = Array.from({ length: 80 }, (_, c): [string, number] => [`class ${c}`, (c % 10) / 10 + 0.05]);
    const { models, rows } = setup(Array.from({ length: 12 }, () => classes));
    const { container } = render(<CompareChart models={models} rows={rows} baselineIndex={0} width={900} />);
    expect(barCount(container)).toBe(960);
    expect(compareChartHeight(80, 12)).toBeGreaterThan(80 * 12 * 5);
    expect(container.querySelector('svg.recharts-surface')?.getAttribute('height')).toBe(
      String(compareChartHeight(80, 12)),
    );
  });
});
