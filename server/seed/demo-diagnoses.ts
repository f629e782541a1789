// The demo's evaluations (README "Diagnoses (evaluations)"): diagnoses of trained demo models, each swept over
// iou_threshold 0.5 / 0.75 / 0.9 with report items per value, so the dashboard's Evaluations pages, the model
// page's section and compare by evaluation show something on `npm start`.
import type { ReportItemType } from '../../src/api/schemas';
import type { DemoReportItem, ReportClass } from './demo-reports';
import { perClassAp, precisionAt } from './demo-reports';
import { seededRandom } from './random';

export const IOU_THRESHOLDS = ['0.5', '0.75', '0.9'] as const;

/** How much of the AP at IoU 0.5 a model keeps at a stricter threshold. */
const KEPT_AT: Record<(typeof IOU_THRESHOLDS)[number], number> = { '0.5': 1, '0.75': 0.78, '0.9': 0.46 };

export interface DemoEvaluation {
  name: string;
  description: string;
  /** A demo model of the same dataset, by name. */
  modelName: string;
  status: 'IN_PROGRESS' | 'FAILED' | 'COMPLETED';
  sourceSlice: string;
  targetSlice: string;
  /** mAP at IoU 0.5 in %, the diagnosis's score; null: none (a failed run). */
  map50: number | null;
  /** Created this many days before the seed ran; a completed one finished two hours later. */
  createdDaysAgo: number;
  createdBy: string;
}

const MINA = 'mina.park@example.com';
const JONAS = 'jonas.weber@example.com';
const PRIYA = 'priya.raman@example.com';

/** By dataset name. Same-named evaluations of several models are what compare by evaluation lines up. */
export const DEMO_EVALUATIONS: Readonly<Record<string, readonly DemoEvaluation[]>> = {
  'Traffic cameras': [
    {
      name: 'night-val-iou-sweep',
      description: 'Detection on the held-out night cameras at three IoU thresholds.',
      modelName: 'rtdetr-l-baseline',
      status: 'COMPLETED',
      sourceSlice: 'train-night',
      targetSlice: 'val-night',
      map50: 71.2,
      createdDaysAgo: 12,
      createdBy: MINA,
    },
    {
      name: 'night-val-iou-sweep',
      description: 'Detection on the held-out night cameras at three IoU thresholds.',
      modelName: 'rtdetr-l-long-schedule',
      status: 'COMPLETED',
      sourceSlice: 'train-night',
      targetSlice: 'val-night',
      map50: 78.9,
      createdDaysAgo: 11,
      createdBy: MINA,
    },
    {
      name: 'night-val-iou-sweep',
      description: 'Detection on the held-out night cameras at three IoU thresholds.',
      modelName: 'rtdetr-l-night-finetune',
      status: 'COMPLETED',
      sourceSlice: 'train-night',
      targetSlice: 'val-night',
      map50: 86.4,
      createdDaysAgo: 10,
      createdBy: JONAS,
    },
    {
      name: 'day-val-iou-sweep',
      description: 'The night fine-tune checked on daytime cameras: did it forget the day?',
      modelName: 'rtdetr-l-night-finetune',
      status: 'COMPLETED',
      sourceSlice: 'train-day',
      targetSlice: 'val-day',
      map50: 88.1,
      createdDaysAgo: 9,
      createdBy: JONAS,
    },
    {
      name: 'rain-robustness',
      description: 'Synthetic rain on the night validation frames; the augmentation job ran out of memory.',
      modelName: 'rtdetr-l-night-finetune',
      status: 'FAILED',
      sourceSlice: 'train-night',
      targetSlice: 'val-night',
      map50: null,
      createdDaysAgo: 8,
      createdBy: PRIYA,
    },
  ],
  'Retail shelves': [
    {
      name: 'val-stores-iou-sweep',
      description: 'Held-out stores at three IoU thresholds.',
      modelName: 'rtdetr-l-shelf',
      status: 'COMPLETED',
      sourceSlice: 'train-stores-a',
      targetSlice: 'val-stores',
      map50: 84.6,
      createdDaysAgo: 7,
      createdBy: PRIYA,
    },
    {
      name: 'val-stores-iou-sweep',
      description: 'Held-out stores at three IoU thresholds.',
      modelName: 'rtdetr-x-shelf-report',
      status: 'COMPLETED',
      sourceSlice: 'train-stores-a',
      targetSlice: 'val-stores',
      map50: 90.9,
      createdDaysAgo: 6,
      createdBy: PRIYA,
    },
  ],
};

/** A report item and the discriminator value it is bound to (null: shown for every value). */
export type DemoDiagnosisItem = DemoReportItem & { discriminatorValue: string | null };

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** mAP (a share) at each threshold. */
export const mapAt = (evaluation: DemoEvaluation, value: (typeof IOU_THRESHOLDS)[number]) =>
  round3(((evaluation.map50 ?? 0) / 100) * KEPT_AT[value]);

function item<T extends ReportItemType>(
  discriminatorValue: string | null,
  entry: Extract<DemoReportItem, { type: T }>,
): DemoDiagnosisItem {
  return { ...entry, discriminatorValue };
}

/**
 * A completed evaluation's report: per threshold its AP per class and precision–recall curve; for every
 * threshold a summary of the three mAPs. A failed one has none.
 */
export function demoDiagnosisReport(evaluation: DemoEvaluation, classes: readonly ReportClass[]): DemoDiagnosisItem[] {
  if (evaluation.status !== 'COMPLETED') return [];
  const random = seededRandom(`diagnosis:${evaluation.name}:${evaluation.modelName}`);
  const names = classes.map((c) => c.name);
  const perValue = IOU_THRESHOLDS.flatMap((value) => {
    const aps = perClassAp(classes, mapAt(evaluation, value), random);
    const mean = mapAt(evaluation, value);
    return [
      item(value, {
        name: 'AP per class',
        type: 'VERTICAL_BAR',
        description: `Average precision per class at IoU ${value}.`,
        reports: {
          x_axis_name: 'Class',
          y_axis_name: `AP@${value}`,
          data: names.map((category, i) => ({ category, value: aps[i]! })),
        },
      }),
      item(value, {
        name: 'Precision–recall curve',
        type: 'LINE_CHART',
        description: `All classes together at IoU ${value}.`,
        reports: {
          x_name: 'Recall',
          y_name: 'Precision',
          data: Array.from({ length: 11 }, (_, i) => ({
            series: 'all classes',
            x: i / 10,
            y: precisionAt(i / 10, Math.min(mean, 0.97)),
          })),
        },
      }),
    ];
  });
  return [
    item(null, {
      name: 'Summary',
      type: 'METRICS',
      description: 'mAP at each IoU threshold.',
      reports: { data: IOU_THRESHOLDS.map((value) => ({ key: `mAP@${value}`, value: mapAt(evaluation, value) })) },
    }),
    ...perValue,
  ];
}
