import type { ReactNode } from 'react';
import styles from './banner.module.css';

/** A notice across the top of the page about the app as a whole (server away, code missing), with one action. */
export function Banner({ children, action }: { children: ReactNode; action?: { label: string; onClick: () => void } }) {
  return (
    <div role="alert" className={styles.banner}>
      <span>{children}</span>
      {action && (
        <button type="button" className={styles.action} onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
