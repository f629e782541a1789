import type { ReactNode } from 'react';
import { formatDateTime, formatRelative } from './format';
import styles from './fact-list.module.css';

/** A fact's label and its value. */
export type Fact = [label: string, value: ReactNode];

/** "—" for a fact without a value. */
export const noValue = <span className={styles.none}>—</span>;

/** A point in time as a date, the relative time on hover; "—" without one. */
export function FactTime({ at }: { at: string | null | undefined }) {
  return at ? (
    <time dateTime={at} title={formatRelative(at)}>
      {formatDateTime(at)}
    </time>
  ) : (
    noValue
  );
}

/** Label and value side by side (training run, evaluation details). */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <div key={label} className={styles.fact}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
