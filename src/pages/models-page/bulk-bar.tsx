import { Button } from '../../components/button';
import { formatCount } from '../../components/format';
import styles from './bulk-bar.module.css';

interface BulkBarProps {
  selectedCount: number;
  /** Rows the export takes when nothing is selected. */
  loadedCount: number;
  /** Why the last Compare click did not navigate, e.g. too many models. */
  message?: string | null;
  onCompare: () => void;
  onDelete: () => void;
  onExport: () => void;
  onClear: () => void;
}

/** Actions on the selected models; Export CSV takes the loaded rows when nothing is selected. */
export function BulkBar({ selectedCount, loadedCount, message, onCompare, onDelete, onExport, onClear }: BulkBarProps) {
  const none = selectedCount === 0;
  return (
    <div className={`${styles.bar} ${none ? '' : styles.active}`} role="group" aria-label="Bulk actions">
      <p className={styles.summary} aria-live="polite">
        {none ? (
          'Select models to compare, export or delete them'
        ) : (
          <>
            <strong>{formatCount(selectedCount)}</strong> selected
          </>
        )}
      </p>
      {!none && (
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear selection
        </Button>
      )}
      <div className={styles.actions}>
        <Button
          size="sm"
          variant={none ? 'secondary' : 'primary'}
          onClick={onCompare}
          disabled={selectedCount < 2}
          title={selectedCount < 2 ? 'Select 2 to 12 models to compare' : undefined}
        >
          Compare
        </Button>
        <Button
          size="sm"
          onClick={onExport}
          disabled={none && loadedCount === 0}
          title={none ? `Export the ${loadedCount} loaded rows` : undefined}
        >
          Export CSV
        </Button>
        <Button size="sm" variant={none ? 'secondary' : 'danger'} onClick={onDelete} disabled={none}>
          Delete
        </Button>
      </div>
      {message && (
        <p role="alert" className={styles.message}>
          {message}
        </p>
      )}
    </div>
  );
}
