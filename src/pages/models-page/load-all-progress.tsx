import { useId } from 'react';
import { Button } from '../../components/button';
import { formatCount } from '../../components/format';
import styles from './load-all-progress.module.css';

interface LoadAllProgressProps {
  loaded: number;
  /** Unknown until the first page answers. */
  total: number | null;
  onCancel: () => void;
}

/** Progress of "Load all" walking every page, with Cancel. */
export function LoadAllProgress({ loaded, total, onCancel }: LoadAllProgressProps) {
  const labelId = useId();
  const label = total == null ? 'Loading all models…' : `Loaded ${formatCount(loaded)} of ${formatCount(total)} models`;
  return (
    <div className={styles.box}>
      <div className={styles.text}>
        <span id={labelId}>{label}</span>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <div
        className={styles.track}
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total == null ? undefined : loaded}
      >
        <div className={styles.fill} style={{ width: total ? `${Math.min(100, (loaded / total) * 100)}%` : '0%' }} />
      </div>
    </div>
  );
}
