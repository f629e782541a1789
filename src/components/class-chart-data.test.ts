import {
  bandCounts,
  barChartHeight,
  labelAxisWidth,
  niceCeil,
  sqrtAxisTicks,
  sortByColumn,
  sortClassRows,
  sumCounts,
  toClassRows,
  truncateLabel,
} from './class-chart-data';

const classes = [
  { class: 'truck', annotationType: 'box', ap: 0.65, trainingAnnotationsCount: 40, validationAnnotationsCount: 10 },
  { class: 'bus', annotationType: 'polygon', ap: 0.95, trainingAnnotationsCount: 900, validationAnnotationsCount: 100 },
  { class: 'car', annotationType: 'box', ap: 0.8, trainingAnnotationsCount: 5000, validationAnnotationsCount: null },
  { class: 'bike', annotationType: null, ap: null, trainingAnnotationsCount: null, validationAnnotationsCount: null },
];

const names = (rows: ReturnType<typeof toClassRows>) => rows.map((r) => r.name);

describe('toClassRows', () => {
  it('keeps every field and assigns the audit band per class', () => {
    const rows = toClassRows(classes);
    expect(rows.map((r) => r.band)).toEqual(['low', 'high', 'normal', null]);
    expect(rows[2]).toMatchObject({ name: 'car', training: 5000, validation: null, total: 5000 });
    expect(rows[3]).toMatchObject({ ap: null, annotationType: null, total: 0 });
  });

  it('puts values exactly on a threshold in the normal band', () => {
    const rows = toClassRows([
      { class: 'a', ap: 0.7 },
      { class: 'b', ap: 0.9 },
      { class: 'c', ap: 0 },
      { class: 'd', ap: 1 },
    ]);
    expect(rows.map((r) => r.band)).toEqual(['normal', 'normal', 'low', 'high']);
  });

  it('gives repeated class names distinct keys', () => {
    const rows = toClassRows([{ class: 'car' }, { class: 'car' }]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });

  it('returns no rows for a model without classes', () => {
    expect(toClassRows([])).toEqual([]);
  });
});

describe('sortClassRows', () => {
  const rows = toClassRows(classes);

  it('sorts by AP either way with missing AP last', () => {
    expect(names(sortClassRows(rows, 'ap-desc'))).toEqual(['bus', 'car', 'truck', 'bike']);
    expect(names(sortClassRows(rows, 'ap-asc'))).toEqual(['truck', 'car', 'bus', 'bike']);
  });

  it('sorts by name (natural order) and by total annotations', () => {
    expect(names(sortClassRows(toClassRows([{ class: 'c10' }, { class: 'C2' }, { class: 'b' }]), 'name'))).toEqual([
      'b',
      'C2',
      'c10',
    ]);
    expect(names(sortClassRows(rows, 'annotations'))).toEqual(['car', 'bus', 'truck', 'bike']);
  });

  it('breaks ties by name and does not mutate its input', () => {
    const tied = toClassRows([
      { class: 'zebra', ap: 0.5 },
      { class: 'ant', ap: 0.5 },
    ]);
    expect(names(sortClassRows(tied, 'ap-desc'))).toEqual(['ant', 'zebra']);
    expect(names(tied)).toEqual(['zebra', 'ant']);
  });

  it('handles 200 classes', () => {
    const many = toClassRows(Array.from({ length: 200 }, (_, i) => ({ class: `class-${i}`, ap: (i % 100) / 100 })));
    const sorted = sortClassRows(many, 'ap-desc');
    expect(sorted).toHaveLength(200);
    expect(sorted[0]?.ap).toBe(0.99);
    expect(sorted[199]?.ap).toBe(0);
    expect(bandCounts(many)).toEqual({ low: 140, normal: 42, high: 18, none: 0 });
  });
});

describe('sortByColumn', () => {
  const rows = toClassRows(classes);

  it('sorts each column both ways, missing values last', () => {
    expect(names(sortByColumn(rows, 'validation', 'descending'))).toEqual(['bus', 'truck', 'car', 'bike']);
    expect(names(sortByColumn(rows, 'validation', 'ascending'))).toEqual(['truck', 'bus', 'car', 'bike']);
    expect(names(sortByColumn(rows, 'annotationType', 'ascending'))).toEqual(['truck', 'car', 'bus', 'bike']);
    expect(names(sortByColumn(rows, 'name', 'descending'))).toEqual(['truck', 'car', 'bus', 'bike']);
  });
});

describe('figures and sizes', () => {
  it('counts classes per band and sums known annotation counts', () => {
    const rows = toClassRows(classes);
    expect(bandCounts(rows)).toEqual({ low: 1, normal: 1, high: 1, none: 1 });
    expect(sumCounts(rows, 'training')).toBe(5940);
    expect(sumCounts(rows, 'validation')).toBe(110);
    expect(sumCounts(toClassRows([{ class: 'x' }]), 'training')).toBeNull();
  });

  it('grows the chart with the class count but never below its minimum', () => {
    const layout = { rowHeight: 24, chrome: 60, minHeight: 140 };
    expect(barChartHeight(0, layout)).toBe(140);
    expect(barChartHeight(1, layout)).toBe(140);
    expect(barChartHeight(8, layout)).toBe(252);
    expect(barChartHeight(200, layout)).toBe(4860);
  });

  it('sizes the label axis to the longest name within bounds', () => {
    expect(labelAxisWidth([])).toBe(56);
    expect(labelAxisWidth(['car'])).toBe(56);
    expect(labelAxisWidth(['a'.repeat(200)])).toBe(180);
  });

  it('truncates long labels with an ellipsis and leaves short ones alone', () => {
    expect(truncateLabel('car', 120)).toBe('car');
    const cut = truncateLabel('traffic light (pedestrian crossing)', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });

  it('rounds axis maxima up to readable numbers', () => {
    expect(niceCeil(7123)).toBe(8000);
    expect(niceCeil(20)).toBe(20);
    expect(niceCeil(0.9)).toBe(1);
    expect(niceCeil(0)).toBe(0);
  });

  it('spreads square-root axis ticks from 0 past the largest count', () => {
    expect(sqrtAxisTicks(7123)).toEqual([0, 500, 2000, 5000, 8000]);
    expect(sqrtAxisTicks(20)).toEqual([0, 1, 5, 10, 20]);
    expect(sqrtAxisTicks(2)).toEqual([0, 1, 2]);
    expect(sqrtAxisTicks(0)).toEqual([0, 1]);
  });
});
