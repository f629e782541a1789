import { useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { ModelListItem } from '../../api/models';
import type { ModelRowModel } from './row-items';

/**
 * A checkbox click handler: shift-click selects the range from the last clicked row, in the order
 * shown. It reads the latest rows through a ref, so it stays the same function and memoised rows stay
 * untouched.
 */
export function useRangeSelect(
  shownRows: readonly ModelRowModel[],
  onSelect: (models: ModelListItem[], selected: boolean) => void,
) {
  const anchor = useRef<string | null>(null);
  const latest = useRef({ shownRows, onSelect });
  useLayoutEffect(() => {
    latest.current = { shownRows, onSelect };
  }, [shownRows, onSelect]);
  return useCallback((model: ModelListItem, checked: boolean, event: MouseEvent<HTMLInputElement>) => {
    const { shownRows: order, onSelect: select } = latest.current;
    const from = anchor.current ? order.findIndex((r) => r.id === anchor.current) : -1;
    const to = order.findIndex((r) => r.id === model.id);
    anchor.current = model.id;
    if (event.shiftKey && from >= 0 && to >= 0) {
      const [start, end] = from < to ? [from, to] : [to, from];
      select(
        order.slice(start, end + 1).map((r) => r.original),
        checked,
      );
    } else {
      select([model], checked);
    }
  }, []);
}
