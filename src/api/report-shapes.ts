// The reports.json of each training report item type (docs/api/newer-api.md §3.5), checked before drawing:
// a report file comes from whoever uploaded it, so a missing field must become a sentence, not a crash.
import { z } from './zod-mini';
import type { AnalyticsReportItemType } from './gql/graphql';

/** A category label: the SDK's factory writes strings, but numbers (years, bin edges) read just as well. */
const label = z.pipe(z.union([z.string(), z.number()]), z.transform(String));
const amount = z.number();
const categoryValues = z.array(z.object({ category: label, value: amount }));

const tableShape = z
  .object({
    data: z.object({
      headers: z.array(label),
      rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    }),
  })
  .check(
    z.refine(({ data }) => data.rows.every((row) => row.length === data.headers.length), {
      message: 'every row must have as many cells as there are headers',
      path: ['data', 'rows'],
    }),
  );

export const REPORT_SHAPES = {
  PIE: z.object({ category_name: z.string(), value_name: z.string(), data: categoryValues }),
  HORIZONTAL_BAR: z.object({ y_axis_name: z.string(), x_axis_name: z.string(), data: categoryValues }),
  VERTICAL_BAR: z.object({ x_axis_name: z.string(), y_axis_name: z.string(), data: categoryValues }),
  HEATMAP: z.object({
    y_axis_name: z.string(),
    x_axis_name: z.string(),
    data: z.array(z.object({ y_category: label, x_category: label, value: amount })),
  }),
  CONFUSION_MATRIX: z.object({
    true_axis_name: z.string(),
    predicted_axis_name: z.string(),
    data: z.array(z.object({ true_class: label, predicted_class: label, count: amount })),
  }),
  TABLE: tableShape,
  LINE_CHART: z.object({
    x_name: z.string(),
    y_name: z.string(),
    data: z.array(z.object({ series: label, x: amount, y: amount })),
  }),
  SCATTER_PLOT: z.object({
    x_name: z.string(),
    y_name: z.string(),
    data: z.array(z.object({ x: amount, y: amount, category: z.optional(label) })),
  }),
  HISTOGRAM: z.object({
    bin_name: z.string(),
    frequency_name: z.string(),
    data: z.array(z.object({ bin: label, frequency: amount })),
  }),
  METRICS: z.object({
    data: z.array(
      z.object({
        key: label,
        value: z.union([z.string(), z.number(), z.boolean(), z.record(z.string(), z.unknown())]),
      }),
    ),
  }),
} satisfies Record<AnalyticsReportItemType, z.ZodMiniType>;

export type ReportType = AnalyticsReportItemType;
export type ReportShape<T extends ReportType> = z.output<(typeof REPORT_SHAPES)[T]>;
/** A parsed reports.json together with its type, so a switch on `type` narrows `report`. */
export type ReportData = { [T in ReportType]: { type: T; report: ReportShape<T> } }[ReportType];

/** Where in the file the first problem is, as a reader would write it: `data[2].value`. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** The parsed report, or a sentence naming the first thing that does not fit the type's shape. */
export function parseReport(
  type: ReportType,
  json: unknown,
): { ok: true; data: ReportData } | { ok: false; message: string } {
  const result = REPORT_SHAPES[type].safeParse(json);
  if (result.success) return { ok: true, data: { type, report: result.data } as ReportData };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issuePath(issue.path)}` : '';
  return {
    ok: false,
    message: `reports.json does not fit a ${type} chart${where}: ${issue?.message ?? 'unexpected content'}.`,
  };
}
