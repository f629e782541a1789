import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import styles from './status.module.css';

/** Placeholder blocks while a page's data loads. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className={styles.skeleton} role="status" aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.bar} />
      ))}
    </div>
  );
}

/**
 * A failed load without data to show: the message and a Retry. Retry also refetches every other failed
 * query on screen: when the server was down, the header's dataset list failed too and must come back.
 */
export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const queryClient = useQueryClient();
  const retry = () => {
    onRetry?.();
    // cancelRefetch: false joins the fetch onRetry just started instead of restarting it.
    void queryClient.refetchQueries(
      { type: 'active', predicate: (query) => query.state.status === 'error' },
      { cancelRefetch: false },
    );
  };
  return (
    <div role="alert" className={styles.error}>
      <strong>Something went wrong.</strong>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className={styles.button} onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}

/** Nothing to show, with what the user can do about it; `page` when it is the whole page (its h1). */
export function EmptyState({ title, page = false, children }: { title: string; page?: boolean; children?: ReactNode }) {
  return (
    <div className={styles.empty}>
      {page ? <h1 tabIndex={-1}>{title}</h1> : <h2>{title}</h2>}
      {children}
    </div>
  );
}
