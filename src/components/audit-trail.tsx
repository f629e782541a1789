import { formatDateTime, formatRelative } from './format';
import styles from './audit-trail.module.css';

interface AuditTrailProps {
  createdAt: string;
  createdBy: string | null | undefined;
  updatedAt: string | null | undefined;
  updatedBy: string | null | undefined;
}

function Entry({ label, at, by }: { label: string; at: string | null | undefined; by: string | null | undefined }) {
  return (
    <div className={styles.entry}>
      <dt>{label}</dt>
      <dd>
        {at ? (
          <time dateTime={at} title={formatRelative(at)}>
            {formatDateTime(at)}
          </time>
        ) : (
          '—'
        )}
        <span className={styles.by}>by {by || 'unknown'}</span>
      </dd>
    </div>
  );
}

/** Who created and last changed a record, and when. */
export function AuditTrail({ createdAt, createdBy, updatedAt, updatedBy }: AuditTrailProps) {
  return (
    <dl className={styles.trail}>
      <Entry label="Created" at={createdAt} by={createdBy} />
      <Entry label="Updated" at={updatedAt} by={updatedBy} />
    </dl>
  );
}
