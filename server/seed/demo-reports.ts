// The demo's training reports: for a COMPLETED run, one item of every chart type, each with the
// `reports.json` the SDK's ChartDataFactory would write for it (docs/api/newer-api.md §3.5). The dashboard
// draws report items from these shapes; the comment on each type names its shape.
import type { ReportItemType } from '../../src/api/schemas';
import type { DemoClass, DemoTrainingRun } from './seed-demo-data';
import { seededRandom } from './random';

/** PIE (§3.5): categories and their values. */
export interface PieReport {
  category_name: string;
  value_name: string;
  data: Array<{ category: string; value: number }>;
}
/** HORIZONTAL_BAR (§3.5): one bar per category, along the x axis. */
export interface HorizontalBarReport {
  y_axis_name: string;
  x_axis_name: string;
  data: Array<{ category: string; value: number }>;
}
/** VERTICAL_BAR (§3.5): one bar per category, up the y axis. */
export interface VerticalBarReport {
  x_axis_name: string;
  y_axis_name: string;
  data: Array<{ category: string; value: number }>;
}
/** LINE_CHART (§3.5): points of named series; x may be a number or a label. */
export interface LineChartReport {
  x_name: string;
  y_name: string;
  data: Array<{ series: string; x: number | string; y: number }>;
}
/** SCATTER_PLOT (§3.5): points, each optionally in a category. */
export interface ScatterPlotReport {
  x_name: string;
  y_name: string;
  data: Array<{ x: number; y: number; category?: string }>;
}
/** HISTOGRAM (§3.5): bins (labels) and their frequencies. */
export interface HistogramReport {
  bin_name: string;
  frequency_name: string;
  data: Array<{ bin: string; frequency: number }>;
}
/** HEATMAP (§3.5): a value per (y category, x category) cell. */
export interface HeatmapReport {
  y_axis_name: string;
  x_axis_name: string;
  data: Array<{ y_category: string; x_category: string; value: number }>;
}
/** CONFUSION_MATRIX (§3.5): a count per (true class, predicted class) cell. */
export interface ConfusionMatrixReport {
  true_axis_name: string;
  predicted_axis_name: string;
  data: Array<{ true_class: string; predicted_class: string; count: number }>;
}
/** TABLE (§3.5): headers and rows of the same length. */
export interface TableReport {
  data: { headers: string[]; rows: Array<Array<string | number>> };
}
/** METRICS (§3.5): stat tiles; a value is text, a number or an object. */
export interface MetricsReport {
  data: Array<{ key: string; value: string | number | Record<string, unknown> }>;
}

interface ReportShapes {
  PIE: PieReport;
  HORIZONTAL_BAR: HorizontalBarReport;
  VERTICAL_BAR: VerticalBarReport;
  LINE_CHART: LineChartReport;
  SCATTER_PLOT: ScatterPlotReport;
  HISTOGRAM: HistogramReport;
  HEATMAP: HeatmapReport;
  CONFUSION_MATRIX: ConfusionMatrixReport;
  TABLE: TableReport;
  METRICS: MetricsReport;
}

/** One report item: its metadata (createTrainingReportItem) and its reports.json. */
export type DemoReportItem = {
  [T in ReportItemType]: { name: string; type: T; description: string; reports: ReportShapes[T] };
}[ReportItemType];

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export interface ReportClass extends DemoClass {
  validationCount: number;
}

/** Per-class AP spread around the run's score (a share, e.g. 0.837), hard classes lower. */
export function perClassAp(classes: readonly ReportClass[], mean: number, random: () => number): number[] {
  const raw = classes.map((c) => mean + c.difficulty * (1 - mean) * 3 + (random() - 0.5) * 0.06);
  const shift = mean - raw.reduce((a, b) => a + b, 0) / raw.length;
  return raw.map((ap) => round3(clamp(ap + shift, 0.05, 0.99)));
}

/** A precision–recall curve p(r) = 1 − r^a, whose area is exactly `ap` (a = ap / (1 − ap)). */
export const precisionAt = (recall: number, ap: number) => round3(1 - recall ** (ap / (1 - ap)));

/**
 * The report of a COMPLETED run: every chart type once, LINE_CHART twice (precision–recall and loss).
 * `classes` are the run's classes with their validation annotation counts.
 */
export function demoReport(run: DemoTrainingRun, classes: readonly ReportClass[]): DemoReportItem[] {
  const random = seededRandom(`report:${run.name}`);
  const mean = (run.scoreValue ?? 0) / 100;
  const aps = perClassAp(classes, mean, random);
  const names = classes.map((c) => c.name);
  const recall = aps.map((ap) => round3(clamp(ap + 0.06 + (random() - 0.5) * 0.04, 0, 0.99)));
  const precision = aps.map((ap) => round3(clamp(ap + 0.03 + (random() - 0.5) * 0.04, 0, 0.99)));
  const epochs = Number(run.trainingParameters['epochs'] ?? 100);

  return [
    {
      name: 'AP per class',
      type: 'VERTICAL_BAR',
      description: 'Average precision at IoU 0.5 on the validation slice.',
      reports: {
        x_axis_name: 'Class',
        y_axis_name: 'AP@0.5',
        data: names.map((category, i) => ({ category, value: aps[i]! })),
      },
    },
    {
      name: 'Recall per class',
      type: 'HORIZONTAL_BAR',
      description: 'Share of validation objects found at confidence 0.25.',
      reports: {
        y_axis_name: 'Class',
        x_axis_name: 'Recall',
        data: names.map((category, i) => ({ category, value: recall[i]! })),
      },
    },
    {
      name: 'Validation annotations',
      type: 'PIE',
      description: 'Annotations per class in the validation slice.',
      reports: {
        category_name: 'Class',
        value_name: 'Annotations',
        data: classes.map((c) => ({ category: c.name, value: c.validationCount })),
      },
    },
    {
      name: 'Precision–recall curve',
      type: 'LINE_CHART',
      description: 'Per class at IoU 0.5; the area under each curve is its AP.',
      reports: {
        x_name: 'Recall',
        y_name: 'Precision',
        data: names
          .slice(0, 4)
          .flatMap((series, i) =>
            Array.from({ length: 11 }, (_, step) => ({ series, x: step / 10, y: precisionAt(step / 10, aps[i]!) })),
          ),
      },
    },
    {
      name: 'Loss per epoch',
      type: 'LINE_CHART',
      description: 'Training and validation loss.',
      reports: {
        x_name: 'Epoch',
        y_name: 'Loss',
        data: ['train', 'validation'].flatMap((series, s) =>
          Array.from({ length: 11 }, (_, step) => {
            const epoch = Math.round((epochs * step) / 10);
            const y = 0.35 + s * 0.08 + 2.4 * Math.exp(-epoch / (epochs / 5)) + (random() - 0.5) * 0.04;
            return { series, x: epoch, y: round3(y) };
          }),
        ),
      },
    },
    {
      name: 'Box size vs IoU',
      type: 'SCATTER_PLOT',
      description: 'Matched validation boxes: larger objects are localised better.',
      reports: {
        x_name: 'Box area (px²)',
        y_name: 'IoU',
        data: Array.from({ length: 60 }, (_, i) => {
          const area = Math.round(10 ** (2 + random() * 3));
          const iou = clamp(0.45 + 0.11 * Math.log10(area / 100) + (random() - 0.5) * 0.2, 0.3, 0.99);
          return { x: area, y: round3(iou), category: names[i % names.length]! };
        }),
      },
    },
    {
      name: 'Detection confidence',
      type: 'HISTOGRAM',
      description: 'Confidence of every validation detection.',
      reports: {
        bin_name: 'Confidence',
        frequency_name: 'Detections',
        data: Array.from({ length: 10 }, (_, b) => ({
          bin: `${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}`,
          frequency: Math.round((120 + 900 * (b / 9) ** 3 * mean) * (0.85 + random() * 0.3)),
        })),
      },
    },
    {
      name: 'AP by object size',
      type: 'HEATMAP',
      description: 'AP@0.5 per class for small (< 32²), medium and large (> 96²) objects.',
      reports: {
        y_axis_name: 'Class',
        x_axis_name: 'Object size',
        data: names.flatMap((y_category, i) =>
          (['small', 'medium', 'large'] as const).map((x_category, size) => ({
            y_category,
            x_category,
            value: round3(clamp(aps[i]! - 0.18 + size * 0.12 + (random() - 0.5) * 0.04, 0.02, 0.99)),
          })),
        ),
      },
    },
    {
      name: 'Confusion matrix',
      type: 'CONFUSION_MATRIX',
      description: 'Validation objects by true and predicted class; background: missed or spurious.',
      reports: {
        true_axis_name: 'True class',
        predicted_axis_name: 'Predicted class',
        data: confusionMatrix(classes.slice(0, 6), recall, random),
      },
    },
    {
      name: 'Per-class metrics',
      type: 'TABLE',
      description: 'The numbers behind the charts.',
      reports: {
        data: {
          headers: ['Class', 'AP@0.5', 'Precision', 'Recall', 'Validation annotations'],
          rows: classes.map((c, i) => [c.name, aps[i]!, precision[i]!, recall[i]!, c.validationCount]),
        },
      },
    },
    {
      name: 'Summary',
      type: 'METRICS',
      description: 'Headline figures of the run.',
      reports: {
        data: [
          { key: 'mAP@0.5', value: round3(mean) },
          { key: 'mAP@0.5:0.95', value: round3(mean * 0.68) },
          { key: 'Precision', value: round3(precision.reduce((a, b) => a + b, 0) / precision.length) },
          { key: 'Recall', value: round3(recall.reduce((a, b) => a + b, 0) / recall.length) },
          { key: 'Best epoch', value: Math.round(epochs * 0.9) },
          { key: 'Training time', value: `${run.trainingHours ?? 0} h` },
          { key: 'Inference', value: { device: 'NVIDIA T4', p50_ms: 9.4, p95_ms: 12.8 } },
        ],
      },
    },
  ];
}

/** Counts per (true, predicted) class over `classes` plus background; most confusions between neighbours. */
function confusionMatrix(classes: readonly ReportClass[], recall: readonly number[], random: () => number) {
  const labels = [...classes.map((c) => c.name), 'background'];
  const cells: ConfusionMatrixReport['data'] = [];
  classes.forEach((c, i) => {
    const found = Math.round(c.validationCount * recall[i]!);
    const missed = c.validationCount - found;
    const neighbour = labels[(i + 1) % classes.length]!;
    const confused = Math.round(missed * (0.2 + random() * 0.2));
    for (const predicted of labels) {
      let count = 0;
      if (predicted === c.name) count = found;
      else if (predicted === neighbour) count = confused;
      else if (predicted === 'background') count = missed - confused;
      cells.push({ true_class: c.name, predicted_class: predicted, count });
    }
  });
  for (const predicted of labels) {
    const spurious = predicted === 'background' ? 0 : Math.round(20 + random() * 80);
    cells.push({ true_class: 'background', predicted_class: predicted, count: spurious });
  }
  return cells;
}
