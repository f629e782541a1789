import { useMemo } from 'react';
import type { ColumnOption } from './column-menu';

const STORAGE_KEY = 'model-catalog:models-table:hidden-columns';
/**
 * Hidden until the user shows them: the table fits a laptop screen. With the newer API's score column, Created
 * gives it its place (Updated stays; the model page has both).
 */
const defaultHidden = (options: readonly ColumnOption[]) => [
  'validationData',
  'taskType',
  'completed',
  ...(options.some((c) => c.id === 'score') ? ['created'] : []),
];

function readRemembered(defaults: readonly string[]): Set<string> {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = stored ? JSON.parse(stored) : defaults;
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set(defaults);
  }
}

function remember(hidden: ReadonlySet<string>) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...hidden]));
  } catch {
    // Storage may be full or blocked; the URL still holds the choice.
  }
}

/**
 * The column menu's choice. The URL holds it (`columns=`, the optional columns shown), so a link or a
 * reload shows the same columns; without it, the choice last made in this browser (localStorage).
 */
export function useHiddenColumns(
  options: readonly ColumnOption[],
  shown: readonly string[] | null,
  onChange: (shown: string[]) => void,
) {
  const hidden = useMemo(() => {
    if (shown) return new Set(options.map((c) => c.id).filter((id) => !shown.includes(id)));
    const remembered = readRemembered(defaultHidden(options));
    for (const option of options) if (option.optIn) remembered.add(option.id);
    return remembered;
  }, [options, shown]);
  const toggle = (id: string, visible: boolean) => {
    const next = new Set(hidden);
    if (visible) next.delete(id);
    else next.add(id);
    remember(new Set([...next].filter((column) => !options.find((c) => c.id === column)?.optIn)));
    // Columns the URL names that this page's models do not offer (a parameter only other pages have) stay named.
    const offered = new Set(options.map((c) => c.id));
    const elsewhere = (shown ?? []).filter((column) => !offered.has(column));
    onChange([...options.map((c) => c.id).filter((column) => !next.has(column)), ...elsewhere]);
  };
  return [hidden, toggle] as const;
}
