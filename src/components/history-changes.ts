// History events in words (README "Model history"): one line per changed field, e.g. "AP car 0.81 → 0.85".
import type { HistoryEvent } from '../api/history';

type Change = HistoryEvent['changes'][number];

const LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  baselineModel: 'Baseline',
  modelContentId: 'Weights',
  isPinned: 'Pinned',
  status: 'Status',
  completedAt: 'Completed',
  taskType: 'Task type',
  customDagId: 'Custom DAG',
  totalDataCount: 'Total data',
  trainDataCount: 'Training data',
  validationDataCount: 'Validation data',
  scoreKey: 'Score key',
  scoreValue: 'Score',
  scoreUnit: 'Score unit',
  trainSliceId: 'Training slice',
  validationSliceId: 'Validation slice',
  trainingSlices: 'Training slices',
  validationSlices: 'Validation slices',
};

/** Whole objects: their change is named, not spelled out. */
const OBJECT_FIELDS: Record<string, string> = {
  trainingParameters: 'Training parameters',
  contents: 'Contents',
  meta: 'Metadata',
};

const MAX_TEXT = 60;

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueText).join(', ');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

interface ClassValues {
  className: string;
  annotationType: string | null;
  ap: number | null;
  trainCount: number | null;
  validationCount: number | null;
}

const CLASS_VALUES: Array<[keyof ClassValues, string]> = [
  ['ap', 'AP'],
  ['trainCount', 'Training annotations'],
  ['validationCount', 'Validation annotations'],
  ['annotationType', 'Annotation type'],
];

/** Per-class lines: values that changed, classes added and removed. */
function classLines(from: unknown, to: unknown): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as ClassValues[]) : []);
  const key = (c: ClassValues) => `${c.className}\u0000${c.annotationType ?? ''}`;
  const before = new Map(list(from).map((c) => [key(c), c]));
  const after = new Map(list(to).map((c) => [key(c), c]));
  const lines: string[] = [];
  for (const [k, now] of after) {
    const was = before.get(k);
    if (was === undefined) {
      lines.push(`Class ${now.className} added${now.ap === null ? '' : ` (AP ${valueText(now.ap)})`}`);
      continue;
    }
    for (const [field, label] of CLASS_VALUES) {
      if (was[field] !== now[field])
        lines.push(`${label} ${now.className} ${valueText(was[field])} → ${valueText(now[field])}`);
    }
  }
  for (const [k, was] of before) if (!after.has(k)) lines.push(`Class ${was.className} removed`);
  return lines;
}

function reportLine(from: unknown, to: unknown): string {
  const name = (item: unknown) => `“${valueText((item as { name?: unknown } | null)?.name)}”`;
  if (from === null) return `Report item ${name(to)} added`;
  if (to === null) return `Report item ${name(from)} removed`;
  return name(from) === name(to)
    ? `Report item ${name(to)} changed`
    : `Report item ${name(from)} renamed to ${name(to)}`;
}

function changeLines({ field, from, to }: Change, all: readonly Change[]): string[] {
  if (field === 'trainingAnnotations') return classLines(from, to);
  if (field === 'trainingReport') return [reportLine(from, to)];
  // completedAt follows the status: said once, by the status line.
  if (field === 'completedAt' && all.some((c) => c.field === 'status')) return [];
  const objectLabel = OBJECT_FIELDS[field];
  if (objectLabel)
    return [from === null ? `${objectLabel} set` : to === null ? `${objectLabel} cleared` : `${objectLabel} changed`];
  return [`${LABELS[field] ?? field} ${valueText(from)} → ${valueText(to)}`];
}

/** What the event did, in a few words: "Pinned", "Updated", "Created". */
export const EVENT_TITLES: Record<HistoryEvent['kind'], string> = {
  CREATED: 'Created',
  UPDATED: 'Updated',
  PINNED: 'Pinned',
  UNPINNED: 'Unpinned',
  DELETED: 'Deleted',
};

/** The lines an event shows under its title: every change of an update (a creation, pin or deletion says it all). */
export function describeChanges(event: HistoryEvent): string[] {
  if (event.kind !== 'UPDATED') return [];
  return event.changes.flatMap((change) => changeLines(change, event.changes));
}
