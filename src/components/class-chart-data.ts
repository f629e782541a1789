// Pure builders behind the per-class charts and table: rows, sorting, audit bands, sizes.
import { auditBand, type AuditBand } from './model-metrics';

/** One class as the charts and tables draw it. */
export interface ClassRow {
  /** Stable React key: position in the model's class list (names may repeat). */
  key: string;
  name: string;
  annotationType: string | null;
  ap: number | null;
  band: AuditBand | null;
  training: number | null;
  validation: number | null;
  /** Training + validation annotations; 0 when neither is known. */
  total: number;
}

interface ClassInput {
  class: string;
  annotationType?: string | null;
  ap?: number | null;
  trainingAnnotationsCount?: number | null;
  validationAnnotationsCount?: number | null;
}

/** The newer API's per-class annotation counts as class rows (no AP: that API records none per class). */
export const annotationClasses = (
  annotations: ReadonlyArray<{
    className: string;
    annotationType?: string | null;
    trainCount?: number | null;
    validationCount?: number | null;
  }>,
): ClassInput[] =>
  annotations.map((a) => ({
    class: a.className,
    annotationType: a.annotationType,
    ap: null,
    trainingAnnotationsCount: a.trainCount,
    validationAnnotationsCount: a.validationCount,
  }));

export function toClassRows(classes: readonly ClassInput[]): ClassRow[] {
  return classes.map((c, index) => {
    const ap = c.ap ?? null;
    const training = c.trainingAnnotationsCount ?? null;
    const validation = c.validationAnnotationsCount ?? null;
    return {
      key: String(index),
      name: c.class,
      annotationType: c.annotationType ?? null,
      ap,
      band: auditBand(ap),
      training,
      validation,
      total: (training ?? 0) + (validation ?? 0),
    };
  });
}

export type ClassSort = 'ap-desc' | 'ap-asc' | 'name' | 'annotations';

export const CLASS_SORT_LABELS: Record<ClassSort, string> = {
  'ap-desc': 'AP, highest first',
  'ap-asc': 'AP, lowest first',
  name: 'Class name',
  annotations: 'Annotations, most first',
};

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two possibly-missing numbers; missing values go last whatever the direction. */
function compareNullable(a: number | null, b: number | null, direction: 1 | -1): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return (a - b) * direction;
}

/** A new array in the requested order; ties fall back to the class name, then the original order. */
export function sortClassRows(rows: readonly ClassRow[], sort: ClassSort): ClassRow[] {
  const primary = (a: ClassRow, b: ClassRow): number => {
    switch (sort) {
      case 'ap-desc':
        return compareNullable(a.ap, b.ap, -1);
      case 'ap-asc':
        return compareNullable(a.ap, b.ap, 1);
      case 'annotations':
        return b.total - a.total;
      case 'name':
        return 0;
    }
  };
  return [...rows].sort((a, b) => primary(a, b) || byName.compare(a.name, b.name) || Number(a.key) - Number(b.key));
}

export type TableColumn = 'name' | 'annotationType' | 'ap' | 'training' | 'validation';
export type SortDirection = 'ascending' | 'descending';

/** Table sorting by one column; missing values go last in both directions. */
export function sortByColumn(rows: readonly ClassRow[], column: TableColumn, direction: SortDirection): ClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: ClassRow, b: ClassRow): number => {
    if (column === 'name' || column === 'annotationType') {
      const x = a[column];
      const y = b[column];
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      return byName.compare(x, y) * sign;
    }
    return compareNullable(a[column], b[column], sign);
  };
  return [...rows].sort((a, b) => compare(a, b) || Number(a.key) - Number(b.key));
}

/** Bar fill per audit band; fixed colours so exported files look the same in either theme. */
export const BAND_COLORS: Record<AuditBand | 'none', string> = {
  low: '#e5484d',
  normal: '#4c7ef3',
  high: '#2f9e63',
  none: '#9aa3ad',
};

export const SERIES_COLORS = { training: '#4c7ef3', validation: '#e59a2f' } as const;

export const bandColor = (band: AuditBand | null) => BAND_COLORS[band ?? 'none'];

/** How many classes fall in each band (for the legend). */
export function bandCounts(rows: readonly ClassRow[]): Record<AuditBand | 'none', number> {
  const counts = { low: 0, normal: 0, high: 0, none: 0 };
  for (const row of rows) counts[row.band ?? 'none'] += 1;
  return counts;
}

/** Sum of a count over the classes; null when no class has it. */
export function sumCounts(rows: readonly ClassRow[], field: 'training' | 'validation'): number | null {
  const known = rows.map((r) => r[field]).filter((n): n is number => n != null);
  return known.length === 0 ? null : known.reduce((sum, n) => sum + n, 0);
}

export interface BarLayout {
  /** Height of one class row in px. */
  rowHeight: number;
  /** Space for axes and margins in px. */
  chrome: number;
  minHeight: number;
}

/** Chart height that keeps every class on its own readable row (it grows; the frame scrolls). */
export function barChartHeight(count: number, { rowHeight, chrome, minHeight }: BarLayout): number {
  return Math.max(minHeight, count * rowHeight + chrome);
}

/** Row sizes of the per-class bar charts; shared so a page can reserve the height before recharts loads. */
export const AP_CHART_LAYOUT: BarLayout = { rowHeight: 24, chrome: 36, minHeight: 96 };
export const ANNOTATION_CHART_LAYOUT: BarLayout = { rowHeight: 30, chrome: 40, minHeight: 110 };

const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Smallest readable number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that is at least `x`. */
export function niceCeil(x: number): number {
  if (x <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = NICE_STEPS.find((m) => m * power >= x - 1e-9) ?? 10;
  return step * power;
}

/**
 * Integer ticks for a square-root count axis from 0 past `max`: roughly evenly spaced on screen
 * (squares of 0, ¼, ½, ¾, 1), rounded to one significant digit.
 */
export function sqrtAxisTicks(max: number): number[] {
  const top = Math.max(1, niceCeil(max));
  const ticks = [0, 1 / 16, 1 / 4, 9 / 16, 1].map((f) => {
    const value = top * f;
    if (value < 1) return 0;
    const power = 10 ** Math.floor(Math.log10(value));
    return Math.round(value / power) * power;
  });
  return [...new Set(ticks.map(Math.round))];
}

/** Approximate width of a character in the 12px axis font. */
const CHAR_WIDTH = 7;

/** Width of the category axis: fits the longest name between `min` and `max` px. */
export function labelAxisWidth(names: readonly string[], min = 56, max = 180): number {
  const longest = names.reduce((n, name) => Math.max(n, name.length), 0);
  return Math.round(Math.min(max, Math.max(min, longest * CHAR_WIDTH + 16)));
}

/** Shortens a label to fit `width` px, ending in "…" when cut. */
export function truncateLabel(text: string, width: number): string {
  const fits = Math.max(4, Math.floor((width - 16) / CHAR_WIDTH));
  const chars = Array.from(text);
  return chars.length <= fits ? text : `${chars.slice(0, fits - 1).join('')}…`;
}
