import { useState } from 'react';

const STORAGE_KEY = 'model-catalog:models-table:hidden-columns';
/** Hidden until the user shows them: the table fits a laptop screen. */
const DEFAULT_HIDDEN = ['validationData'];

function readHidden(): Set<string> {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = stored ? JSON.parse(stored) : DEFAULT_HIDDEN;
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set(DEFAULT_HIDDEN);
  }
}

/** The column menu's choice, remembered in localStorage across visits. */
export function useHiddenColumns() {
  const [hidden, setHidden] = useState(readHidden);
  const toggle = (id: string, visible: boolean) => {
    const next = new Set(hidden);
    if (visible) next.delete(id);
    else next.add(id);
    setHidden(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
    } catch {
      // Storage may be full or blocked; the choice still holds for this visit.
    }
  };
  return [hidden, toggle] as const;
}
