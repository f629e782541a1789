import { reportFixtures } from './mocks/report-fixtures';
import { parseReport, REPORT_SHAPES, type ReportType } from './report-shapes';

const fixture = (type: ReportType) => reportFixtures().find((f) => f.type === type)!.reports;

/** One malformed file per type, and the sentence it must produce. */
const MALFORMED: Record<ReportType, [unknown, RegExp]> = {
  PIE: [{ category_name: 'Class', value_name: 'n', data: [{ category: 'car' }] }, /PIE chart at data\[0\]\.value:/],
  HORIZONTAL_BAR: [{ x_axis_name: 'n', data: [] }, /HORIZONTAL_BAR chart at y_axis_name:/],
  VERTICAL_BAR: [
    { x_axis_name: 'Class', y_axis_name: 'AP', data: [{ category: 'car', value: 'high' }] },
    /VERTICAL_BAR chart at data\[0\]\.value: .*expected number/,
  ],
  HEATMAP: [
    { y_axis_name: 'y', x_axis_name: 'x', data: [{ y_category: 'a', value: 1 }] },
    /HEATMAP chart at data\[0\]\.x_category:/,
  ],
  CONFUSION_MATRIX: [
    { true_axis_name: 't', predicted_axis_name: 'p', data: [{ true_class: 'a', predicted_class: 'b', count: '3' }] },
    /CONFUSION_MATRIX chart at data\[0\]\.count:/,
  ],
  TABLE: [
    { data: { headers: ['a', 'b'], rows: [['x']] } },
    /TABLE chart at data\.rows: every row must have as many cells as there are headers/,
  ],
  LINE_CHART: [{ x_name: 'x', y_name: 'y', data: [{ series: 's', x: 0 }] }, /LINE_CHART chart at data\[0\]\.y:/],
  SCATTER_PLOT: [{ x_name: 'x', y_name: 'y', data: {} }, /SCATTER_PLOT chart at data:/],
  HISTOGRAM: [
    { bin_name: 'b', frequency_name: 'f', data: [{ bin: [], frequency: 1 }] },
    /HISTOGRAM chart at data\[0\]\.bin:/,
  ],
  METRICS: [{ data: [{ key: 'mAP', value: null }] }, /METRICS chart at data\[0\]\.value:/],
};

describe('reports.json shapes (newer-api.md §3.5)', () => {
  it('has a shape for each of the ten item types', () => {
    expect(Object.keys(REPORT_SHAPES).sort()).toEqual(
      [
        'CONFUSION_MATRIX',
        'HEATMAP',
        'HISTOGRAM',
        'HORIZONTAL_BAR',
        'LINE_CHART',
        'METRICS',
        'PIE',
        'SCATTER_PLOT',
        'TABLE',
        'VERTICAL_BAR',
      ].sort(),
    );
  });

  describe.each(Object.keys(MALFORMED) as ReportType[])('%s', (type) => {
    it('accepts the file the SDK chart factory writes', () => {
      const parsed = parseReport(type, fixture(type));
      expect(parsed.ok && parsed.data.type).toBe(type);
    });

    it('names the first thing that does not fit', () => {
      const [json, message] = MALFORMED[type];
      const parsed = parseReport(type, json);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    });

    it('refuses an empty or non-object file', () => {
      for (const json of [null, 'text', [], 42]) {
        const parsed = parseReport(type, json);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.message).toMatch(new RegExp(`^reports\\.json does not fit a ${type} chart`));
      }
    });
  });

  it('reads numeric labels as text and keeps optional scatter categories optional', () => {
    const bars = parseReport('VERTICAL_BAR', {
      x_axis_name: 'Year',
      y_axis_name: 'n',
      data: [{ category: 2024, value: 3 }],
    });
    expect(bars.ok && bars.data.type === 'VERTICAL_BAR' && bars.data.report.data[0]?.category).toBe('2024');
    const scatter = parseReport('SCATTER_PLOT', { x_name: 'x', y_name: 'y', data: [{ x: 1, y: 2 }] });
    expect(scatter.ok).toBe(true);
  });
});
