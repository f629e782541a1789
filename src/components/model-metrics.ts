// Figures derived from a model's per-class metrics, shared by list, detail and compare.

/** The seed's performance audit: mAP below LOW is "Low", above HIGH is "High". */
export const AUDIT_THRESHOLDS = { low: 0.7, high: 0.9 } as const;

export type AuditBand = 'low' | 'normal' | 'high';

/** Mean AP over the classes that have an AP; null when none has one. */
export function meanAp(classes: ReadonlyArray<{ ap?: number | null }>): number | null {
  const aps = classes.map((c) => c.ap).filter((ap): ap is number => typeof ap === 'number');
  if (aps.length === 0) return null;
  return aps.reduce((sum, ap) => sum + ap, 0) / aps.length;
}

export function auditBand(ap: number | null | undefined): AuditBand | null {
  if (ap == null) return null;
  if (ap < AUDIT_THRESHOLDS.low) return 'low';
  if (ap > AUDIT_THRESHOLDS.high) return 'high';
  return 'normal';
}

/** AP with 3 decimals, "—" when unknown. */
export function formatAp(ap: number | null | undefined): string {
  return ap == null ? '—' : ap.toFixed(3);
}
