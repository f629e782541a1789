import type { ReactNode } from 'react';
import styles from './model-form.module.css';

interface FieldProps {
  /** Id of the input; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: ReactNode;
}

/** A labelled input with its hint and error below it. The label text stays exactly `label` (tests and AT). */
export function Field({ id, label, hint, error, optional = false, children }: FieldProps) {
  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        {optional && <span className={styles.optional}>Optional</span>}
      </div>
      {children}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
    </>
  );
}

/** aria-invalid and aria-describedby for an input rendered by `Field` / `FieldMessages` (and a shown `FieldWarning`). */
export function describe(
  id: string,
  { hint, error, warning }: { hint?: unknown; error?: string | undefined; warning?: unknown },
) {
  const ids = [error ? `${id}-error` : null, warning ? `${id}-warning` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined } as const;
}

/** A warning that does not block saving, inside a status region (`id` lets an input point at it). */
export function FieldWarning({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} role="status" className={styles.statusRegion}>
      {children && (
        <p className={styles.warning}>
          <span aria-hidden className={styles.warningIcon}>
            !
          </span>
          <span>{children}</span>
        </p>
      )}
    </div>
  );
}
