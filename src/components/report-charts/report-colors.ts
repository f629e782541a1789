// Colours of report charts. Fixed values (not theme tokens) so an exported file looks as it does on screen;
// each is at least 3:1 against both themes' surfaces (white and #171b21), and never the only carrier of
// meaning: bars carry value labels, lines dash patterns, dots shapes, heatmap cells their numbers.
export const REPORT_COLORS = ['#2b6cb0', '#c0562b', '#2f8a4e', '#9c4f96', '#b07d00', '#0f8a9c', '#c03a5a', '#6b6fd4'];

export const reportColor = (index: number): string => REPORT_COLORS[index % REPORT_COLORS.length] ?? '#2b6cb0';

/** Dash patterns that tell lines apart without colour. */
const DASHES = ['', '6 3', '2 3', '10 3 2 3', '4 4', '1 2'];
export const lineDash = (index: number): string => DASHES[index % DASHES.length] ?? '';

/** recharts' default tooltip box follows the theme (its own default is white, unreadable in dark mode). */
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: 'var(--color-surface)',
    border: '1px solid var(--color-border)',
    borderRadius: 4,
    color: 'var(--color-text)',
    fontSize: 12,
  },
  itemStyle: { color: 'var(--color-text)' },
  labelStyle: { color: 'var(--color-text)', fontWeight: 600 },
} as const;

/** Numbers in labels and tables: integers as they are, fractions to four significant digits. */
export function formatReportNumber(value: number): string {
  if (Number.isInteger(value)) return new Intl.NumberFormat('en').format(value);
  return String(Number(value.toPrecision(4)));
}
