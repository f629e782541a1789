import { useEffect } from 'react';
import { useSetModelPinned } from '../api/models.mutations';
import styles from './pin-button.module.css';

const ERROR_VISIBLE_MS = 8000;

interface PinButtonProps {
  model: { id: string; datasetId: string; name: string; isPinned: boolean };
}

/**
 * One-click pin toggle. Optimistic "via the UI": while the request runs it shows the requested
 * state; on failure it falls back to the server's state and the error is shown (toast + text).
 */
export function PinButton({ model }: PinButtonProps) {
  const mutation = useSetModelPinned();
  const pinned = mutation.isPending ? mutation.variables.pinned : model.isPinned;
  // The message floats over its surroundings (e.g. the next table row), so it goes after a while.
  const { isError, reset } = mutation;
  useEffect(() => {
    if (!isError) return;
    const timer = setTimeout(reset, ERROR_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [isError, reset]);
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={`${styles.pin} ${pinned ? styles.pinned : ''}`}
        aria-pressed={pinned}
        aria-label={`${pinned ? 'Unpin' : 'Pin'} ${model.name}`}
        title={pinned ? 'Pinned — click to unpin' : 'Pin this model'}
        onClick={() => mutation.mutate({ datasetId: model.datasetId, id: model.id, pinned: !pinned })}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path
            d="M12 2.5l2.9 5.9 6.5.9-4.7 4.6 1.1 6.5L12 17.3l-5.8 3.1 1.1-6.5L2.6 9.3l6.5-.9z"
            fill={pinned ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      {mutation.isError && (
        <span role="alert" className={styles.error}>
          {pinned ? 'Unpin' : 'Pin'} failed: {mutation.error.message}
        </span>
      )}
    </span>
  );
}
