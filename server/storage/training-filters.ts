// The newer models API's list filter options (statusIn, taskTypeIn, createdByIn, scoreKeyIn), as a part
// of filters.ts's normal form: each is list membership on one column, with filters.ts's must/not rules
// (README §12: an empty list in `must` matches nothing, in `not` excludes nothing).
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

const COLUMNS = {
  statusIn: 'status',
  taskTypeIn: 'task_type',
  createdByIn: 'created_by',
  scoreKeyIn: 'score_key',
} as const;

type ListOption = keyof typeof COLUMNS;
const OPTIONS = Object.keys(COLUMNS) as ListOption[];

type TrainingFilterInput = { [K in ListOption]?: readonly string[] | null };

/** Sorted, without duplicates; absent when not given (or empty in `not`). */
export type TrainingFilterOptions = { [K in ListOption]?: string[] };

export function normalTrainingOptions(input: TrainingFilterInput, keepEmpty: boolean): TrainingFilterOptions {
  const out: TrainingFilterOptions = {};
  for (const option of OPTIONS) {
    const values = input[option];
    if (values != null && (keepEmpty || values.length > 0)) out[option] = [...new Set(values)].sort();
  }
  return out;
}

export const hasTrainingOptions = (o: TrainingFilterOptions): boolean => OPTIONS.some((k) => o[k] !== undefined);

/** Part of a filter's canonical key; empty when no such option is set, so older keys stay as they were. */
export const trainingOptionsKey = (o: TrainingFilterOptions): unknown[] =>
  hasTrainingOptions(o) ? OPTIONS.map((k) => o[k] ?? null) : [];

/**
 * One condition per option. A null column matches no list, also under `not` (which negates the
 * condition): hence the explicit `is not null`.
 */
export function trainingConditions(o: TrainingFilterOptions, col: (name: string) => RawBuilder<unknown>) {
  const out: Expression<SqlBool>[] = [];
  for (const option of OPTIONS) {
    const values = o[option];
    if (values === undefined) continue;
    const column = col(COLUMNS[option]);
    out.push(
      values.length === 0
        ? sql<SqlBool>`1 = 0`
        : sql<SqlBool>`(${column} is not null and ${column} in (${sql.join(values)}))`,
    );
  }
  return out;
}
