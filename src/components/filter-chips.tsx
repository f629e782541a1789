import { useCallback, useEffect, useState, type ReactNode, type RefObject } from 'react';
import { useDebouncedValue } from './use-debounced-value';
import type { ModelStatus, ModelTaskType } from '../api/gql/graphql';
import { STATUS_LABELS, TASK_TYPE_LABELS } from './model-status';
import styles from './filter-chips.module.css';
import type { ValueChips } from './value-chips';

export type ChipState = 'any' | 'must' | 'not';

const NEXT_STATE: Record<ChipState, ChipState> = { any: 'must', must: 'not', not: 'any' };

/** How long typing may pause before the text becomes a filter. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A text field that reports its value once typing pauses. It follows `value` when that changes from
 * outside (Back, Clear filters) without losing what the user is typing meanwhile.
 */
export function DebouncedInput({
  value,
  onCommit,
  onDraft,
  inputRef,
  ...props
}: {
  value: string;
  onCommit: (value: string) => void;
  /** Every change of the text as typed, before it settles. */
  onDraft?: (value: string) => void;
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
  // An effect, so a value set from outside is reported too; after an input event React runs it before the paint.
  useEffect(() => onDraft?.(draft), [draft, onDraft]);
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
  /** The name inside a sentence ("Not pinned", "Hide OCR"); default: the label in lower case. */
  noun?: string;
  state: ChipState;
  onChange: (state: ChipState) => void;
}

/** Cycles any → must → not. Name + aria-pressed tell the state: "Pinned" off, "Pinned" on, "Not pinned" on. */
function TriStateChip({ label, noun = label.toLowerCase(), state, onChange }: TriStateChipProps) {
  const name = state === 'not' ? `Not ${noun}` : label;
  const next = NEXT_STATE[state];
  const hint = next === 'must' ? `Show only ${noun}` : next === 'not' ? `Hide ${noun}` : 'Show all';
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
          Not {noun}
        </span>
      </span>
    </button>
  );
}

/** One chip per value of an enum (status, task type): each value asked for, left out, or either. */
export function ValueChipGroup<T extends string>({
  label,
  labels,
  chips,
  onChange,
}: {
  label: string;
  labels: Record<T, string>;
  chips: ValueChips<T>;
  onChange: (chips: ValueChips<T>) => void;
}) {
  return (
    <div role="group" aria-label={label} className={styles.valueGroup}>
      <span className={styles.groupLabel} aria-hidden="true">
        {label}
      </span>
      {(Object.keys(labels) as T[]).map((value) => (
        <TriStateChip
          key={value}
          label={labels[value]}
          noun={labels[value] === value ? value : labels[value].toLowerCase()}
          state={chips[value] ?? 'any'}
          onChange={(state) => {
            const next = { ...chips };
            if (state === 'any') delete next[value];
            else next[value] = state;
            onChange(next);
          }}
        />
      ))}
    </div>
  );
}

interface FilterPatch {
  search?: string;
  exclude?: string;
  pinned?: ChipState;
  trained?: ChipState;
  status?: ValueChips<ModelStatus>;
  task?: ValueChips<ModelTaskType>;
}

export interface FilterChipsProps {
  search: string;
  exclude: string;
  pinned: ChipState;
  trained: ChipState;
  /** The newer API has no pinned filter: a proxied host that speaks only it gets no Pinned chip. */
  pinnedFilter?: boolean;
  /** Newer API only (README "API generations"): status and task type chips; absent, they are not shown. */
  newer?: { status: ValueChips<ModelStatus>; task: ValueChips<ModelTaskType> };
  onChange: (patch: FilterPatch) => void;
  /** The search and exclude texts as typed, before they settle into a filter (onChange). */
  onTyping?: (patch: Pick<FilterPatch, 'search' | 'exclude'>) => void;
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
  newer,
  onChange,
  onTyping,
  onClear,
  searchRef,
  children,
}: FilterChipsProps) {
  const searchCommit = useCallback((value: string) => onChange({ search: value }), [onChange]);
  const excludeCommit = useCallback((value: string) => onChange({ exclude: value }), [onChange]);
  const searchDraft = useCallback((value: string) => onTyping?.({ search: value }), [onTyping]);
  const excludeDraft = useCallback((value: string) => onTyping?.({ exclude: value }), [onTyping]);
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
          onDraft={searchDraft}
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
          onDraft={excludeDraft}
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
      {newer && (
        <div className={styles.valueRow}>
          <ValueChipGroup
            label="Status"
            labels={STATUS_LABELS}
            chips={newer.status}
            onChange={(status) => onChange({ status })}
          />
          <ValueChipGroup
            label="Task type"
            labels={TASK_TYPE_LABELS}
            chips={newer.task}
            onChange={(task) => onChange({ task })}
          />
        </div>
      )}
    </div>
  );
}
