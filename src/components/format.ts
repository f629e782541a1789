// Display formatting shared by every page (English UI, user's time zone).

/** Built on first use, not at start-up: the first Intl formatter of a page loads locale and time-zone data. */
function onFirstUse<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

const dateTime = onFirstUse(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }));
const relative = onFirstUse(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
const integer = onFirstUse(() => new Intl.NumberFormat('en'));

// Tables re-render rows while scrolling; a timestamp is formatted once.
const formattedDates = new Map<string, string>();
const MAX_CACHED_DATES = 50_000;

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  let text = formattedDates.get(iso);
  if (text === undefined) {
    const date = new Date(iso);
    text = Number.isNaN(date.getTime()) ? iso : dateTime().format(date);
    if (formattedDates.size >= MAX_CACHED_DATES) formattedDates.clear();
    formattedDates.set(iso, text);
  }
  return text;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 hours", "now". */
export function formatRelative(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '—';
  const seconds = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(seconds)) return iso;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return relative().format(0, 'second');
}

export function formatCount(n: number | null | undefined): string {
  return n == null ? '—' : integer().format(n);
}
