import type { Row } from '@tanstack/react-table';
import type { ModelListItem } from '../../api/models';
import type { Features } from './model-columns';

export type ModelRowModel = Row<Features, ModelListItem>;

/** What the table body renders: a model's row, or the header of a group of them. */
export type RowItem =
  { kind: 'row'; row: ModelRowModel } | { kind: 'group'; key: string; label: string; count: number };

const NO_VALUE = '(none)';

function groupLabel(value: unknown): string {
  if (value === undefined || value === null || value === '') return NO_VALUE;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Group headers followed by their rows; groups in name order, "(none)" last, rows keep the sort. */
export function toRowItems(rows: ModelRowModel[], groupBy: string | null): RowItem[] {
  if (!groupBy) return rows.map((row) => ({ kind: 'row', row }));
  const groups = new Map<string, ModelRowModel[]>();
  for (const row of rows) {
    const label = groupLabel(row.original.meta?.[groupBy]);
    const members = groups.get(label);
    if (members) members.push(row);
    else groups.set(label, [row]);
  }
  const labels = [...groups.keys()].sort((a, b) =>
    a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : a.localeCompare(b, 'en', { numeric: true }),
  );
  return labels.flatMap((label) => {
    const members = groups.get(label) ?? [];
    return [
      { kind: 'group', key: `group:${label}`, label, count: members.length } as const,
      ...members.map((row) => ({ kind: 'row', row }) as const),
    ];
  });
}
