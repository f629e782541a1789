// A report as rows: the CSV export and the data table under each chart (one source for both).
import type { ReportData } from '../../api/report-shapes';

export type ReportCell = string | number | boolean | null;

export interface ReportRows {
  header: string[];
  rows: ReportCell[][];
}

const cell = (value: unknown): ReportCell =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : JSON.stringify(value);

/** Every value of the report, one row per data point, headed by the report's own axis names. */
export function reportRows({ type, report }: ReportData): ReportRows {
  switch (type) {
    case 'PIE':
      return { header: [report.category_name, report.value_name], rows: report.data.map((d) => [d.category, d.value]) };
    case 'HORIZONTAL_BAR':
      return { header: [report.y_axis_name, report.x_axis_name], rows: report.data.map((d) => [d.category, d.value]) };
    case 'VERTICAL_BAR':
      return { header: [report.x_axis_name, report.y_axis_name], rows: report.data.map((d) => [d.category, d.value]) };
    case 'HEATMAP':
      return {
        header: [report.y_axis_name, report.x_axis_name, 'value'],
        rows: report.data.map((d) => [d.y_category, d.x_category, d.value]),
      };
    case 'CONFUSION_MATRIX':
      return {
        header: [report.true_axis_name, report.predicted_axis_name, 'count'],
        rows: report.data.map((d) => [d.true_class, d.predicted_class, d.count]),
      };
    case 'TABLE':
      return { header: report.data.headers, rows: report.data.rows };
    case 'LINE_CHART':
      return { header: ['series', report.x_name, report.y_name], rows: report.data.map((d) => [d.series, d.x, d.y]) };
    case 'SCATTER_PLOT':
      return {
        header: [report.x_name, report.y_name, 'category'],
        rows: report.data.map((d) => [d.x, d.y, d.category ?? null]),
      };
    case 'HISTOGRAM':
      return { header: [report.bin_name, report.frequency_name], rows: report.data.map((d) => [d.bin, d.frequency]) };
    case 'METRICS':
      return { header: ['key', 'value'], rows: report.data.map((d) => [d.key, cell(d.value)]) };
  }
}
