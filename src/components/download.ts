// Client-side exports: CSV text and file downloads (no server round trip).

type Cell = string | number | boolean | null | undefined;

/** Six significant digits at most: sums of floats leave noise (0.9099999999999999) that no UI shows. */
const csvNumber = (value: number): string =>
  Number.isInteger(value) || !Number.isFinite(value) ? String(value) : String(Number(value.toPrecision(6)));

function csvCell(value: Cell): string {
  if (value == null) return '';
  let text = typeof value === 'number' ? csvNumber(value) : String(value);
  // Cells starting with a formula sign are prefixed so spreadsheets don't execute them.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A filesystem-safe file name stem from a display name. */
export function fileStem(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'export';
}
