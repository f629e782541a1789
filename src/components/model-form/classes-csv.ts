// Parses pasted CSV/TSV (class, type, ap, train, val) into training-class rows, one verdict per line.
import { trainClassSchema } from '../../api/schemas';
import { toTrainClass, type TrainClassRow } from './model-form-schema';

export const CSV_COLUMNS = ['class', 'type', 'ap', 'train', 'val'] as const;

export interface PastedClassLine {
  /** 1-based line of the pasted text where the record starts. */
  line: number;
  row: TrainClassRow;
  error: string | null;
}

interface CsvRecord {
  line: number;
  cells: string[];
}

/** Splits delimited text into records; double quotes may wrap a cell ("" is a quote inside one). */
function splitRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Tab when the text has tabs (spreadsheet copy), else semicolon when it has those but no commas, else comma. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';') && !firstLine.includes(',')) return ';';
  return ',';
}

const HEADER_NAMES = new Set(['class', 'class_name', 'classname', 'name']);
const isHeader = (cells: string[]) =>
  HEADER_NAMES.has((cells[0] ?? '').trim().toLowerCase()) && Number.isNaN(Number(cells[2] ?? 'x'));

const keyOf = (row: { class: string; annotationType: string }) =>
  `${row.class.trim()}\u0000${row.annotationType.trim()}`;

/**
 * Each non-empty line as a row with its first problem, checked by the same rules as the form.
 * `existing` rows (already in the table) count for the duplicate class + type check.
 */
export function parseClassesCsv(text: string, existing: readonly TrainClassRow[] = []): PastedClassLine[] {
  const records = splitRecords(text, detectDelimiter(text));
  if (records[0] && isHeader(records[0].cells)) records.shift();
  const seen = new Set(existing.map(keyOf));
  return records.map(({ line, cells }) => {
    const [cls = '', annotationType = '', ap = '', train = '', val = ''] = cells.map((c) => c.trim());
    const row: TrainClassRow = {
      class: cls,
      annotationType,
      ap,
      trainingAnnotationsCount: train,
      validationAnnotationsCount: val,
    };
    if (cells.length > CSV_COLUMNS.length) {
      return {
        line,
        row,
        error: `Expected at most ${CSV_COLUMNS.length} columns (${CSV_COLUMNS.join(', ')}), found ${cells.length}`,
      };
    }
    const result = trainClassSchema.safeParse(toTrainClass(row));
    if (!result.success) return { line, row, error: result.error.issues[0]?.message ?? 'Invalid row' };
    const key = keyOf(row);
    if (seen.has(key)) {
      const label = `"${row.class}"${row.annotationType ? ` (${row.annotationType})` : ''}`;
      return { line, row, error: `Class ${label} is listed twice` };
    }
    seen.add(key);
    return { line, row, error: null };
  });
}
