import { useEffect, useId, useRef, useState } from 'react';
import styles from './column-menu.module.css';

export interface ColumnOption {
  id: string;
  label: string;
  /** Hidden unless the URL's `columns=` names it (training parameters), whatever was remembered. */
  optIn?: boolean;
}

interface ColumnMenuProps {
  columns: readonly ColumnOption[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string, visible: boolean) => void;
}

/** "Columns" button with a checkbox per hideable column; Escape or a click outside closes it. */
export function ColumnMenu({ columns, hidden, onToggle }: ColumnMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent | FocusEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, [open]);

  return (
    <div
      ref={rootRef}
      className={styles.root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M2 3h12M2 8h12M2 13h12" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        Columns
        {hidden.size > 0 && (
          <span className={styles.count} aria-hidden="true" title={`${columns.length - hidden.size} shown`}>
            {columns.length - hidden.size}
          </span>
        )}
      </button>
      <fieldset id={panelId} className={styles.panel} hidden={!open}>
        <legend className={styles.legend}>Visible columns</legend>
        {columns.map((column) => (
          <label key={column.id} className={styles.option}>
            <input
              type="checkbox"
              checked={!hidden.has(column.id)}
              onChange={(event) => onToggle(column.id, event.target.checked)}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
