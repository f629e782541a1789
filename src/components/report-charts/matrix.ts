// HEATMAP and CONFUSION_MATRIX as one grid: rows (y / true class) by columns (x / predicted class).

export interface Matrix {
  rowName: string;
  columnName: string;
  rows: string[];
  columns: string[];
  /** values[r][c]; null where the report has no cell. */
  values: (number | null)[][];
}

export interface MatrixCell {
  row: string;
  column: string;
  value: number;
}

/** Labels in the order the report first mentions them; a repeated cell keeps its last value. */
export function toMatrix(rowName: string, columnName: string, cells: readonly MatrixCell[]): Matrix {
  const rows = [...new Set(cells.map((c) => c.row))];
  const columns = [...new Set(cells.map((c) => c.column))];
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const values = rows.map(() => columns.map((): number | null => null));
  for (const cell of cells) {
    const row = values[rowIndex.get(cell.row) ?? 0];
    if (row) row[columnIndex.get(cell.column) ?? 0] = cell.value;
  }
  return { rowName, columnName, rows, columns, values };
}

/** Each cell as a share of its row's total (a row summing to 0 stays 0). */
export function rowNormalised(matrix: Matrix): Matrix {
  const values = matrix.values.map((row) => {
    const total = row.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    return row.map((v) => (v == null ? null : total === 0 ? 0 : v / total));
  });
  return { ...matrix, values };
}

/**
 * ColorBrewer "Blues", in steps: light for small values, dark for large, readable as order without hue. Steps,
 * not a blend: a blend passes through blues on which neither black nor white text reaches 4.5:1.
 */
const SCALE = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);

/** The fill of a value `t` in 0..1: the nearest step of the scale. */
export function scaleColor(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  return SCALE[Math.round(clamped * (SCALE.length - 1))] ?? SCALE[0]!;
}

const linear = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
};
const luminance = (hex: string) =>
  0.2126 * linear(channel(hex, 0)) + 0.7152 * linear(channel(hex, 1)) + 0.0722 * linear(channel(hex, 2));

export const DARK_TEXT = '#1b1f24';
export const LIGHT_TEXT = '#ffffff';

/** The text colour with more contrast on `fill` (WCAG relative luminance). */
export function textOn(fill: string): string {
  const l = luminance(fill);
  const onDark = 1.05 / (l + 0.05);
  const onLight = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
  return onDark >= onLight ? LIGHT_TEXT : DARK_TEXT;
}

/** The value range used for colouring (the smallest value maps to the lightest fill). */
export function valueRange(matrix: Matrix): { min: number; max: number } {
  const all = matrix.values.flat().filter((v): v is number => v != null);
  if (all.length === 0) return { min: 0, max: 0 };
  return { min: Math.min(...all), max: Math.max(...all) };
}
