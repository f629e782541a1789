import type { ReactNode } from 'react';
import type { HistoryEvent } from '../api/history';
import { Button } from './button';
import { formatDateTime, formatRelative } from './format';
import { describeChanges, EVENT_TITLES } from './history-changes';
import styles from './history-list.module.css';

interface HistoryListProps {
  label: string;
  events: readonly HistoryEvent[];
  /** Shown before the title, e.g. the model an activity event is about. */
  subject?: (event: HistoryEvent) => ReactNode;
  hasOlder: boolean;
  loadingOlder: boolean;
  onShowOlder: () => void;
}

/** History events newest first, each "Updated by team-ci, 2 hours ago" with its field changes below. */
export function HistoryList({ label, events, subject, hasOlder, loadingOlder, onShowOlder }: HistoryListProps) {
  return (
    <div className={styles.history}>
      <ol className={styles.events} aria-label={label}>
        {events.map((event) => {
          const lines = describeChanges(event);
          return (
            <li key={event.id} className={styles.event} data-kind={event.kind}>
              <p className={styles.title}>
                {subject?.(event)}
                <span className={styles.kind}>{EVENT_TITLES[event.kind]}</span> by{' '}
                <span className={styles.actor}>{event.actor}</span>,{' '}
                <time dateTime={event.at} title={formatDateTime(event.at)}>
                  {formatRelative(event.at)}
                </time>
              </p>
              {lines.length > 0 && (
                <ul className={styles.changes}>
                  {lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {hasOlder && (
        <Button size="sm" onClick={onShowOlder} disabled={loadingOlder}>
          {loadingOlder ? 'Loading…' : 'Show older'}
        </Button>
      )}
    </div>
  );
}
