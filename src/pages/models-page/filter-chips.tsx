import { useCallback, useEffect, useState, type ReactNode, type RefObject } from 'react';
import { useDebouncedValue } from '../../components/use-debounced-value';
import styles from './filter-chips.module.css';

export type ChipState = 'any' | 'must' | 'not';

const NEXT_STATE: Record<ChipState, ChipState> = { any: 'must', must: 'not', not: 'any' };

/** How long typing may pause before the text becomes a filter. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A text field that reports its value once typing pauses. It follows `value` when that changes from
 * outside (Back, Clear filters) without losing what the user is typing meanwhile.
 */
function DebouncedInput({
  value,
  onCommit,
  inputRef,
  ...props
}: {
  value: string;
  onCommit: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  'aria-label': string;
  placeholder: string;
  className?: string;
  type: 'search' | 'text';
}) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  // Committed once the debounced text has caught up with what is typed: a value set from outside
  // meanwhile (Back) is never overwritten by the text typed before it.
  const settled = useDebouncedValue(draft, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (settled === draft && draft !== committed) onCommit(draft);
  }, [settled, draft, committed, onCommit]);
  return (
    <input
      ref={inputRef}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onCommit(draft);
        if (event.key === 'Escape' && draft) setDraft('');
      }}
      autoComplete="off"
      spellCheck={false}
      {...props}
    />
  );
}

interface TriStateChipProps {
  /** Name of the condition, e.g. "Pinned"; the "not" state reads "Not pinned". */
  label: string;
  state: ChipState;
  onChange: (state: ChipState) => void;
}

/** Cycles any → must → not. Name + aria-pressed tell the state: "Pinned" off, "Pinned" on, "Not pinned" on. */
function TriStateChip({ label, state, onChange }: TriStateChipProps) {
  const name = state === 'not' ? `Not ${label.toLowerCase()}` : label;
  const next = NEXT_STATE[state];
  const hint =
    next === 'must' ? `Show only ${label.toLowerCase()}` : next === 'not' ? `Hide ${label.toLowerCase()}` : 'Show all';
  return (
    <button
      type="button"
      className={`${styles.chip} ${state !== 'any' ? styles.active : ''} ${state === 'not' ? styles.negated : ''}`}
      aria-pressed={state !== 'any'}
      title={`${hint} (click)`}
      onClick={() => onChange(next)}
    >
      <span className={styles.mark} aria-hidden="true">
        {state === 'must' ? '✓' : state === 'not' ? '−' : '+'}
      </span>
      {/* The longest label holds the width, so toggling never moves the controls beside the chip. */}
      <span className={styles.label}>
        <span>{name}</span>
        <span className={styles.reserve} aria-hidden="true">
          Not {label.toLowerCase()}
        </span>
      </span>
    </button>
  );
}

export interface FilterChipsProps {
  search: string;
  exclude: string;
  pinned: ChipState;
  trained: ChipState;
  /** The newer API has no pinned filter: a proxied host that speaks only it gets no Pinned chip. */
  pinnedFilter?: boolean;
  onChange: (patch: { search?: string; exclude?: string; pinned?: ChipState; trained?: ChipState }) => void;
  /** Shown only when a filter is set; the no-match state offers its own. */
  onClear?: () => void;
  searchRef?: RefObject<HTMLInputElement | null>;
  children?: ReactNode;
}

/** The list's filter bar; each control maps 1:1 to a condition in the API's `must` / `not`. */
export function FilterChips({
  search,
  exclude,
  pinned,
  trained,
  pinnedFilter = true,
  onChange,
  onClear,
  searchRef,
  children,
}: FilterChipsProps) {
  const searchCommit = useCallback((value: string) => onChange({ search: value }), [onChange]);
  const excludeCommit = useCallback((value: string) => onChange({ exclude: value }), [onChange]);
  return (
    <div className={styles.bar} role="search" aria-label="Filter models">
      <label className={styles.search}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className={styles.icon}>
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.7" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
        </svg>
        <DebouncedInput
          type="search"
          aria-label="Search models"
          placeholder="Search models"
          className={styles.searchInput}
          value={search}
          onCommit={searchCommit}
          inputRef={searchRef}
        />
        <kbd className={styles.kbd} aria-hidden="true">
          /
        </kbd>
      </label>
      <label className={`${styles.chip} ${styles.excludeChip} ${exclude ? styles.active : ''}`}>
        <span className={styles.mark} aria-hidden="true">
          −
        </span>
        <DebouncedInput
          type="text"
          aria-label="Exclude names containing"
          placeholder="Exclude names containing…"
          className={styles.excludeInput}
          value={exclude}
          onCommit={excludeCommit}
        />
      </label>
      {pinnedFilter && <TriStateChip label="Pinned" state={pinned} onChange={(state) => onChange({ pinned: state })} />}
      <TriStateChip label="Trained" state={trained} onChange={(state) => onChange({ trained: state })} />
      {/* Its place is kept while there is nothing to clear, so setting a filter never moves the controls. */}
      <button
        type="button"
        className={styles.clear}
        onClick={onClear}
        style={onClear ? undefined : { visibility: 'hidden' }}
        aria-hidden={onClear ? undefined : true}
        tabIndex={onClear ? undefined : -1}
      >
        Clear filters
      </button>
      {children && <div className={styles.extra}>{children}</div>}
    </div>
  );
}
