import styles from './audit-badge.module.css';
import { AUDIT_THRESHOLDS, auditBand } from './model-metrics';

const LABELS = { low: 'Low', high: 'High' } as const;

/** "Low" / "High" for a model's mAP (the seed's performance audit); nothing in between. */
export function AuditBadge({ map }: { map: number | null | undefined }) {
  const band = auditBand(map);
  if (band !== 'low' && band !== 'high') return null;
  return (
    <span
      className={`${styles.badge} ${styles[band]}`}
      title={band === 'low' ? `mAP below ${AUDIT_THRESHOLDS.low}` : `mAP above ${AUDIT_THRESHOLDS.high}`}
    >
      {LABELS[band]}
    </span>
  );
}

/** Explains the audit badges. */
export function AuditLegend() {
  return (
    <p className={styles.legend}>
      <span className={`${styles.badge} ${styles.low}`}>Low</span> mAP &lt; {AUDIT_THRESHOLDS.low}
      <span className={`${styles.badge} ${styles.high}`}>High</span> mAP &gt; {AUDIT_THRESHOLDS.high}
    </p>
  );
}
