// The newer API's model-level score (scoreKey/scoreValue/scoreUnit), as list, detail, compare and CSV show it.

interface Scored {
  scoreKey?: string | null;
  scoreValue?: number | null;
  scoreUnit?: string | null;
}

// Built on first use: a formatter made at import would cost every route that loads this file.
let score: Intl.NumberFormat | undefined;

/** "87.3%", "0.8734 mAP" style value with its unit; "—" without a value. */
export function formatScore(value: number | null | undefined, unit?: string | null): string {
  if (value == null) return '—';
  const number = (score ??= new Intl.NumberFormat('en', { maximumSignificantDigits: 4 })).format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** "mAP50 (%)": a score's key with its unit, "Score" without a key. */
export function scoreLabel(key: string | null | undefined, unit?: string | null): string {
  const name = key || 'Score';
  return unit ? `${name} (${unit})` : name;
}

/** The key and unit every scored model shares, or null when they differ (or none has a score). */
export function sharedScore(models: readonly Scored[]): { key: string; unit: string | null } | null {
  const scored = models.filter((m) => m.scoreValue != null || m.scoreKey);
  const first = scored[0];
  if (!first?.scoreKey) return null;
  const same = scored.every(
    (m) => m.scoreKey === first.scoreKey && (m.scoreUnit ?? null) === (first.scoreUnit ?? null),
  );
  return same ? { key: first.scoreKey, unit: first.scoreUnit ?? null } : null;
}
