// TABLE and METRICS items drawn as an SVG for the PNG/SVG exports (their cards are HTML, not SVG).
import type { SvgFile } from '../chart-export';
import { formatReportNumber } from './report-colors';
import type { ReportCell, ReportRows } from './report-rows';

const CHAR_WIDTH = 7;
const ROW_HEIGHT = 24;
const PADDING = 10;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

const text = (value: ReportCell) =>
  value == null ? '–' : typeof value === 'number' ? formatReportNumber(value) : String(value);

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The rows as a plain table: bold header, a rule under each row, numbers right-aligned. */
export function tableSvg({ header, rows }: ReportRows): SvgFile {
  const lines = [header, ...rows.map((row) => row.map(text))];
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => typeof row[c] === 'number'));
  const widths = header.map((_, c) => Math.max(...lines.map((line) => String(line[c] ?? '').length)) * CHAR_WIDTH + 24);
  const width = widths.reduce((sum, w) => sum + w, 0) + PADDING * 2;
  const height = lines.length * ROW_HEIGHT + PADDING * 2;
  const cells = lines.map((line, r) => {
    const y = PADDING + r * ROW_HEIGHT;
    let x = PADDING;
    const texts = line.map((value, c) => {
      const w = widths[c] ?? 0;
      const right = numeric[c] && r > 0;
      const at = right ? x + w - 12 : x + 4;
      x += w;
      const weight = r === 0 ? ' font-weight="600"' : '';
      return `<text x="${at}" y="${y + 16}"${right ? ' text-anchor="end"' : ''}${weight}>${escape(String(value ?? ''))}</text>`;
    });
    return `${texts.join('')}<line x1="${PADDING}" x2="${width - PADDING}" y1="${y + ROW_HEIGHT}" y2="${y + ROW_HEIGHT}" stroke="#d9dde3"/>`;
  });
  return {
    width,
    height,
    text:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${FONT}" font-size="12" fill="#1b1f24" style="background:#fff">${cells.join('')}</svg>`,
  };
}
