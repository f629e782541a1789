// One reports.json per chart type (docs/api/newer-api.md §3.5), as the SDK's chart factory writes them, for the
// msw handlers, component tests and screenshots. `variant` shifts the numbers so compared models differ.
import type { ReportType } from '../report-shapes';

const CLASSES = ['car', 'person', 'bicycle', 'truck', 'bus', 'traffic light'];
const BASE_AP = [0.91, 0.84, 0.62, 0.71, 0.77, 0.48];

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

export interface ReportFixture {
  name: string;
  type: ReportType;
  description: string;
  reports: unknown;
}

function confusion(variant: number) {
  const classes = ['car', 'person', 'bicycle', 'background'];
  const data = classes.flatMap((truth, t) =>
    classes.map((predicted, p) => ({
      true_class: truth,
      predicted_class: predicted,
      count: t === p ? 420 - t * 70 + variant * 15 : ((t * 7 + p * 13 + variant * 5) % 37) + 3,
    })),
  );
  return { true_axis_name: 'True class', predicted_axis_name: 'Predicted class', data };
}

/** The ten report items of one model, one per chart type. */
export function reportFixtures(variant = 0): ReportFixture[] {
  const ap = BASE_AP.map((value, i) => round(Math.min(0.99, value + variant * 0.04 - (i % 2) * variant * 0.03)));
  return [
    {
      name: 'AP per class',
      type: 'VERTICAL_BAR',
      description: 'Average precision at IoU 0.5 on the validation slice.',
      reports: {
        x_axis_name: 'Class',
        y_axis_name: 'AP',
        data: CLASSES.map((category, i) => ({ category, value: ap[i] ?? 0 })),
      },
    },
    {
      name: 'Annotations per class',
      type: 'HORIZONTAL_BAR',
      description: 'Training annotations behind each class.',
      reports: {
        y_axis_name: 'Class',
        x_axis_name: 'Annotations',
        data: CLASSES.map((category, i) => ({ category, value: 5200 - i * 780 + variant * 100 })),
      },
    },
    {
      name: 'Class balance',
      type: 'PIE',
      description: 'Share of training annotations per class.',
      reports: {
        category_name: 'Class',
        value_name: 'Annotations',
        data: CLASSES.slice(0, 5).map((category, i) => ({ category, value: 5200 - i * 900 })),
      },
    },
    {
      name: 'Precision–recall curve',
      type: 'LINE_CHART',
      description: 'All classes, IoU 0.5.',
      reports: {
        x_name: 'Recall',
        y_name: 'Precision',
        data: Array.from({ length: 11 }, (_, i) => ({
          series: 'all classes',
          x: round(i / 10, 2),
          y: round(Math.max(0, 1 - Math.pow(i / 10, 3 - variant * 0.4) * 0.9)),
        })),
      },
    },
    {
      name: 'Box size against IoU',
      type: 'SCATTER_PLOT',
      description: 'One dot per validation box.',
      reports: {
        x_name: 'Box area (px²)',
        y_name: 'IoU',
        data: Array.from({ length: 24 }, (_, i) => ({
          x: 400 + i * 850,
          y: round(0.35 + ((i * 37) % 60) / 100),
          category: i % 3 === 0 ? 'person' : 'car',
        })),
      },
    },
    {
      name: 'Confidence distribution',
      type: 'HISTOGRAM',
      description: 'Detections per confidence bin.',
      reports: {
        bin_name: 'Confidence',
        frequency_name: 'Detections',
        data: Array.from({ length: 10 }, (_, i) => ({
          bin: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`,
          frequency: Math.round(120 + 900 * Math.exp(-Math.pow(i - 7 - variant, 2) / 4)),
        })),
      },
    },
    {
      name: 'IoU by size and class',
      type: 'HEATMAP',
      description: 'Mean IoU per object size and class.',
      reports: {
        y_axis_name: 'Object size',
        x_axis_name: 'Class',
        data: ['small', 'medium', 'large'].flatMap((size, s) =>
          CLASSES.slice(0, 4).map((category, c) => ({
            y_category: size,
            x_category: category,
            value: round(0.45 + s * 0.15 + ((c * 7) % 10) / 100),
          })),
        ),
      },
    },
    {
      name: 'Confusion matrix',
      type: 'CONFUSION_MATRIX',
      description: 'Validation detections at confidence 0.25.',
      reports: confusion(variant),
    },
    {
      name: 'Per-class metrics',
      type: 'TABLE',
      description: 'Precision, recall and AP per class.',
      reports: {
        data: {
          headers: ['Class', 'Precision', 'Recall', 'AP'],
          rows: CLASSES.map((name, i) => [name, round(0.7 + (i % 3) * 0.08), round(0.6 + (i % 4) * 0.07), ap[i] ?? 0]),
        },
      },
    },
    {
      name: 'Summary',
      type: 'METRICS',
      description: 'Final epoch.',
      reports: {
        data: [
          { key: 'mAP@0.5', value: round(0.712 + variant * 0.03) },
          { key: 'mAP@0.5:0.95', value: round(0.468 + variant * 0.02) },
          { key: 'Epochs', value: 100 },
          { key: 'Best checkpoint', value: 'epoch 87' },
          { key: 'Inference', value: { gpu: 'T4', ms: 6.2 } },
        ],
      },
    },
  ];
}
