import { buildModel, buildTrainClass } from '../../api/mocks/factories';
import type { TrainClass } from '../../api/models';
import {
  buildComparisonRows,
  comparisonCsv,
  deltaDirection,
  filterBySpread,
  parseSort,
  sortComparisonRows,
  summarizeModels,
  type ComparisonRow,
} from './comparison';

const cls = (name: string, ap: number | null, overrides: Partial<TrainClass> = {}) =>
  buildTrainClass({ class: name, ap, ...overrides });

const model = (name: string, classes: TrainClass[]) => buildModel({ datasetId: 'd1', name, trainingClasses: classes });

const labels = (rows: readonly ComparisonRow[]) => rows.map((r) => r.label);

describe('buildComparisonRows', () => {
  it('puts the union of all classes on the axis, in first-seen order', () => {
    const a = model('a', [cls('car', 0.8), cls('bus', 0.6)]);
    const b = model('b', [cls('bus', 0.7), cls('truck', 0.5)]);
    expect(labels(buildComparisonRows([a, b], 0))).toEqual(['car', 'bus', 'truck']);
  });

  it('marks a class a model was not trained on as null, never as 0', () => {
    const a = model('a', [cls('car', 0.8), cls('bus', 0.6)]);
    const b = model('b', [cls('bus', 0.7)]);
    const [car] = buildComparisonRows([a, b], 0);
    expect(car?.cells[0]?.ap).toBe(0.8);
    expect(car?.cells[1]).toBeNull();
    expect(car?.spread).toBeNull();
    expect(car?.worstDelta).toBeNull();
  });

  it('keeps a trained class without AP apart from a missing class', () => {
    const a = model('a', [cls('car', 0.8)]);
    const b = model('b', [cls('car', null)]);
    const [car] = buildComparisonRows([a, b], 0);
    expect(car?.cells[1]).toMatchObject({ ap: null, delta: null });
  });

  it('computes deltas against the baseline, wherever it sits', () => {
    const a = model('a', [cls('car', 0.8)]);
    const b = model('b', [cls('car', 0.7)]);
    const c = model('c', [cls('car', 0.9)]);
    const [car] = buildComparisonRows([a, b, c], 1);
    expect(car?.baselineAp).toBe(0.7);
    expect(car?.cells.map((x) => x?.delta)).toEqual([expect.closeTo(0.1), 0, expect.closeTo(0.2)]);
    expect(car?.worstDelta).toBeCloseTo(0.1);
  });

  it('has no deltas when the baseline lacks the class', () => {
    const a = model('a', [cls('car', 0.8)]);
    const b = model('b', [cls('car', 0.7), cls('bus', 0.5)]);
    const c = model('c', [cls('bus', 0.6)]);
    const bus = buildComparisonRows([a, b, c], 0)[1];
    expect(bus?.baselineAp).toBeNull();
    expect(bus?.cells.map((x) => x?.delta ?? null)).toEqual([null, null, null]);
    expect(bus?.spread).toBeCloseTo(0.1);
  });

  it('marks the best model per row, ties included', () => {
    const a = model('a', [cls('car', 0.8), cls('bus', 0.6)]);
    const b = model('b', [cls('car', 0.9), cls('bus', 0.6)]);
    const c = model('c', [cls('car', 0.9), cls('bus', 0.4)]);
    const [car, bus] = buildComparisonRows([a, b, c], 0);
    expect(car?.cells.map((x) => x?.isBest)).toEqual([false, true, true]);
    expect(bus?.cells.map((x) => x?.isBest)).toEqual([true, true, false]);
  });

  it('marks no best when all APs are equal or only one model has an AP', () => {
    const a = model('a', [cls('car', 0.8), cls('bus', 0.6)]);
    const b = model('b', [cls('car', 0.8), cls('bus', null)]);
    const [car, bus] = buildComparisonRows([a, b], 0);
    expect(car?.cells.map((x) => x?.isBest)).toEqual([false, false]);
    expect(bus?.cells.map((x) => x?.isBest)).toEqual([false, false]);
  });

  it('keys classes by name and annotation type and labels the ambiguous ones', () => {
    const a = model('a', [cls('car', 0.8, { annotationType: 'box' }), cls('car', 0.5, { annotationType: 'polygon' })]);
    const b = model('b', [cls('car', 0.7, { annotationType: 'box' }), cls('bus', 0.6, { annotationType: 'box' })]);
    const rows = buildComparisonRows([a, b], 0);
    expect(labels(rows)).toEqual(['car (box)', 'car (polygon)', 'bus']);
    expect(rows[0]?.cells.map((x) => x?.ap)).toEqual([0.8, 0.7]);
    expect(rows[1]?.cells[1]).toBeNull();
  });

  it('treats a missing annotation type as its own kind', () => {
    const a = model('a', [cls('car', 0.8, { annotationType: null })]);
    const b = model('b', [cls('car', 0.7, { annotationType: 'box' })]);
    expect(labels(buildComparisonRows([a, b], 0))).toEqual(['car (no type)', 'car (box)']);
  });

  it('keeps the first entry when one model lists the same class twice', () => {
    const a = model('a', [cls('car', 0.8), cls('car', 0.1)]);
    const b = model('b', [cls('car', 0.7)]);
    const rows = buildComparisonRows([a, b], 0);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells[0]?.ap).toBe(0.8);
  });
});

describe('sortComparisonRows', () => {
  const a = model('a', [cls('bus', 0.5), cls('car', 0.9), cls('truck', 0.7), cls('van', 0.6)]);
  const b = model('b', [cls('bus', 0.6), cls('car', 0.6), cls('truck', 0.7)]);
  const rows = buildComparisonRows([a, b], 0);

  it('sorts by name, both ways', () => {
    expect(labels(sortComparisonRows(rows, 'name'))).toEqual(['bus', 'car', 'truck', 'van']);
    expect(labels(sortComparisonRows(rows, '-name'))).toEqual(['van', 'truck', 'car', 'bus']);
  });

  it('sorts by baseline AP', () => {
    expect(labels(sortComparisonRows(rows, '-baseline'))).toEqual(['car', 'truck', 'van', 'bus']);
    expect(labels(sortComparisonRows(rows, 'baseline'))).toEqual(['bus', 'van', 'truck', 'car']);
  });

  it('sorts by spread with rows lacking one last in both directions', () => {
    expect(labels(sortComparisonRows(rows, '-spread'))).toEqual(['car', 'bus', 'truck', 'van']);
    expect(labels(sortComparisonRows(rows, 'spread'))).toEqual(['truck', 'bus', 'car', 'van']);
  });

  it('sorts by worst delta, largest drop first', () => {
    expect(labels(sortComparisonRows(rows, 'delta'))).toEqual(['car', 'truck', 'bus', 'van']);
  });

  it('does not change the input', () => {
    sortComparisonRows(rows, '-name');
    expect(labels(rows)).toEqual(['bus', 'car', 'truck', 'van']);
  });
});

describe('parseSort', () => {
  it('accepts known fields with an optional minus and falls back to name', () => {
    expect(parseSort('-spread')).toBe('-spread');
    expect(parseSort('delta')).toBe('delta');
    expect(parseSort('ap')).toBe('name');
    expect(parseSort(null)).toBe('name');
  });
});

describe('filterBySpread', () => {
  const a = model('a', [cls('bus', 0.5), cls('car', 0.9), cls('truck', 0.7), cls('van', 0.6)]);
  const b = model('b', [cls('bus', 0.6), cls('car', 0.6), cls('truck', 0.7)]);
  const rows = buildComparisonRows([a, b], 0);

  it('keeps every row without a threshold', () => {
    expect(filterBySpread(rows, null)).toHaveLength(4);
  });

  it('keeps classes where models differ by more than the threshold', () => {
    expect(labels(filterBySpread(rows, 0.05))).toEqual(['bus', 'car']);
    expect(labels(filterBySpread(rows, 0.1))).toEqual(['car']);
    expect(labels(filterBySpread(rows, 0))).toEqual(['bus', 'car']);
  });

  it('does not count floating-point noise as a difference', () => {
    // 0.9 - 0.6 is 0.30000000000000004.
    expect(labels(filterBySpread(rows, 0.3))).toEqual([]);
  });
});

describe('deltaDirection', () => {
  it('treats differences that round to 0.000 as no change', () => {
    expect(deltaDirection(0.0004)).toBe('same');
    expect(deltaDirection(-0.0004)).toBe('same');
    expect(deltaDirection(0.001)).toBe('up');
    expect(deltaDirection(-0.02)).toBe('down');
  });
});

describe('summarizeModels', () => {
  it('gives mAP, shared-class mAP, counts and totals with deltas to the baseline', () => {
    const a = model('a', [
      cls('car', 0.8, { trainingAnnotationsCount: 100, validationAnnotationsCount: 10 }),
      cls('bus', 0.4, { trainingAnnotationsCount: 50, validationAnnotationsCount: null }),
    ]);
    const b = model('b', [cls('car', 0.9, { trainingAnnotationsCount: null, validationAnnotationsCount: null })]);
    const rows = buildComparisonRows([a, b], 0);
    const [sa, sb] = summarizeModels([a, b], rows, 0);
    expect(sa).toMatchObject({ classCount: 2, trainingAnnotations: 150, validationAnnotations: 10, mapDelta: 0 });
    expect(sa?.map).toBeCloseTo(0.6);
    expect(sa?.sharedMap).toBeCloseTo(0.8);
    expect(sb).toMatchObject({ classCount: 1, trainingAnnotations: null, isBestMap: true, isBestSharedMap: true });
    expect(sb?.mapDelta).toBeCloseTo(0.3);
    expect(sb?.sharedMapDelta).toBeCloseTo(0.1);
  });
});

describe('comparisonCsv', () => {
  it('writes AP and delta per model and spells out "not trained"', () => {
    const a = model('a', [cls('car', 0.8), cls('bus', 0.6)]);
    const b = model('b', [cls('car', 0.85)]);
    const rows = buildComparisonRows([a, b], 0);
    const csv = comparisonCsv([a, b], rows, summarizeModels([a, b], rows, 0));
    expect(csv.header).toEqual(['Class', 'Annotation type', 'a AP', 'a delta', 'b AP', 'b delta']);
    expect(csv.rows.slice(2)).toEqual([
      ['car', 'box', 0.8, 0, 0.85, 0.05],
      ['bus', 'box', 0.6, 0, 'not trained', null],
    ]);
    expect(csv.rows[0]).toEqual(['mAP (all classes)', null, 0.7, 0, 0.85, 0.15]);
  });
});
