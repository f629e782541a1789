// Compare: report items that share a name across the compared models, drawn as one chart (README "Compare").
import type { ReportData, ReportType } from '../../api/report-shapes';
import type { TrainingReportItem } from '../../api/reports';
import type { CategoryRow, ChartSeries } from '../../components/report-charts/category-bar-chart';
import type { LineSeries } from '../../components/report-charts/line-report-chart';
import type { CompareColumn } from './comparison';

export interface SharedEntry {
  model: CompareColumn;
  item: TrainingReportItem & { contentId: string };
}

/** Items of one name and type held by two or more compared models, in the comparison's model order. */
export interface SharedItem {
  key: string;
  name: string;
  type: ReportType;
  entries: SharedEntry[];
}

/** Bars and lines overlay into one chart; every other type is drawn side by side. */
export const OVERLAID: ReadonlySet<ReportType> = new Set(['VERTICAL_BAR', 'HORIZONTAL_BAR', 'HISTOGRAM', 'LINE_CHART']);

/**
 * Report items shared by name (and type) across models, in the order the first model lists them. `nameOf` names
 * a group: an evaluation's items also share their discriminator value ("AP per class · IoU 0.5").
 */
export function sharedItems<Item extends TrainingReportItem>(
  models: readonly CompareColumn[],
  itemsByModel: Readonly<Record<string, readonly Item[]>>,
  nameOf: (item: Item) => string = (item) => item.name,
): SharedItem[] {
  const groups = new Map<string, SharedItem>();
  for (const model of models) {
    const seen = new Set<string>();
    for (const item of itemsByModel[model.id] ?? []) {
      const name = nameOf(item);
      const key = `${item.type}\u0000${name}`;
      // A model's second item of the same name would make two lines of one colour: the first one counts.
      if (!item.contentId || seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(key) ?? { key, name, type: item.type, entries: [] };
      group.entries.push({ model, item: { ...item, contentId: item.contentId } });
      groups.set(key, group);
    }
  }
  return [...groups.values()].filter((group) => group.entries.length >= 2);
}

export interface Loaded<T extends ReportData = ReportData> {
  model: CompareColumn;
  data: T;
}

type BarData = Extract<ReportData, { type: 'VERTICAL_BAR' | 'HORIZONTAL_BAR' | 'HISTOGRAM' }>;

const barPoints = ({ type, report }: BarData) =>
  type === 'HISTOGRAM'
    ? report.data.map((d) => ({ category: d.bin, value: d.frequency }))
    : report.data.map((d) => ({ category: d.category, value: d.value }));

function barAxes({ type, report }: BarData) {
  if (type === 'HISTOGRAM') return { categoryName: report.bin_name, valueName: report.frequency_name };
  if (type === 'VERTICAL_BAR') return { categoryName: report.x_axis_name, valueName: report.y_axis_name };
  return { categoryName: report.y_axis_name, valueName: report.x_axis_name };
}

/** One row per category of any model (first seen first), one series per model; a model without it: null. */
export function overlayBars(loaded: readonly Loaded<BarData>[]) {
  const series: ChartSeries[] = loaded.map(({ model }, i) => ({ key: `m${i}`, name: model.name, color: model.color }));
  const rows = new Map<string, CategoryRow>();
  loaded.forEach(({ data }, i) => {
    for (const { category, value } of barPoints(data)) {
      const row = rows.get(category) ?? { category, ...Object.fromEntries(series.map((s) => [s.key, null])) };
      row[`m${i}`] = value;
      rows.set(category, row);
    }
  });
  const first = loaded[0]?.data;
  return {
    rows: [...rows.values()],
    series,
    ...(first ? barAxes(first) : { categoryName: '', valueName: '' }),
    orientation: first?.type === 'HORIZONTAL_BAR' ? ('bars' as const) : ('columns' as const),
    contiguous: first?.type === 'HISTOGRAM',
  };
}

/** A line per model (per model and series when a model's chart has several). */
export function overlayLines(loaded: readonly Loaded<Extract<ReportData, { type: 'LINE_CHART' }>>[]) {
  const lines: LineSeries[] = loaded.flatMap(({ model, data }) => {
    const names = [...new Set(data.report.data.map((d) => d.series))];
    return names.map((series) => ({
      key: `${model.id}\u0000${series}`,
      name: names.length > 1 ? `${model.name} · ${series}` : model.name,
      color: model.color,
      points: data.report.data.filter((d) => d.series === series).sort((a, b) => a.x - b.x),
    }));
  });
  const first = loaded[0]?.data.report;
  return { lines, xName: first?.x_name ?? '', yName: first?.y_name ?? '' };
}
