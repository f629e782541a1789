import { useLayoutEffect, useState, type RefObject } from 'react';

/** Rows rendered beyond each edge of the view, so fast scrolling never shows a gap. */
const OVERSCAN = 8;
/** Assumed view height before the first measurement (and in jsdom, which measures 0). */
const FALLBACK_HEIGHT = 800;

interface RowRange {
  start: number;
  end: number;
}

function rangeFor(scrollTop: number, viewHeight: number, count: number, rowHeight: number): RowRange {
  const height = viewHeight || FALLBACK_HEIGHT;
  return {
    start: Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN),
    end: Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN),
  };
}

/**
 * Windowing for rows of one fixed height inside a scrolling element: which rows to render and the
 * spacer heights above and below them. Re-renders only when the range changes, not per scroll event.
 * Null when `enabled` is false (render every row).
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
) {
  const [range, setRange] = useState<RowRange>(() => rangeFor(0, 0, count, rowHeight));

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!enabled || !element) return;
    const measure = () => {
      const next = rangeFor(element.scrollTop, element.clientHeight, count, rowHeight);
      setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [scrollRef, count, rowHeight, enabled]);

  if (!enabled) return null;
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}
