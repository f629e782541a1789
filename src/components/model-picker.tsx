import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ModelListItem } from '../api/models';
import { modelQueries } from '../api/models.queries';
import { Button } from './button';
import { formatRelative } from './format';
import { formatAp, meanAp } from './model-metrics';
import styles from './model-picker.module.css';
import { useDebouncedValue } from './use-debounced-value';

const RESULTS = 20;
const SEARCH_DELAY_MS = 250;

interface ModelPickerProps {
  datasetId: string;
  /** The search box's label: each place names it for what it picks. */
  searchLabel: string;
  /** A model never listed (the one the others are compared with). */
  excludeId?: string;
  /** Models already picked: ticked, or marked "Added". */
  pickedIds: readonly string[];
  onPick: (model: ModelListItem) => void;
  /**
   * Given, each result is a checkbox that picks and unpicks (a selection to confirm later); absent, each
   * result has an Add button that picks at once.
   */
  onUnpick?: (model: ModelListItem) => void;
  /** No more can be picked: results still show, unpicked ones are disabled. */
  full?: boolean;
  /** Said while full. */
  fullNote?: string;
  autoFocus?: boolean;
}

/**
 * Search a dataset's models by name and pick some: "+ Add model" on the compare page and "Compare with…"
 * on a model's page.
 */
export function ModelPicker({
  datasetId,
  searchLabel,
  excludeId,
  pickedIds,
  onPick,
  onUnpick,
  full = false,
  fullNote,
  autoFocus = false,
}: ModelPickerProps) {
  const inputId = useId();
  const statusId = useId();
  const [search, setSearch] = useState('');
  const nameContains = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const must = nameContains ? { nameContains } : null;
  const exclude = excludeId ? { idIn: [excludeId] } : null;
  const results = useQuery(
    modelQueries.list(datasetId, {
      filter: must || exclude ? { must, not: exclude } : null,
      cursor: null,
      length: RESULTS,
    }),
  );

  let status: string;
  if (results.isPending) status = 'Loading models…';
  else if (results.isError) status = `Could not load models: ${results.error.message}`;
  else if (results.data.totalCount === 0)
    status = nameContains
      ? `No models match “${nameContains}”.`
      : `This dataset has no ${excludeId ? 'other models' : 'models yet'}.`;
  else if (results.data.totalCount > results.data.models.length)
    status = `Showing ${results.data.models.length} of ${results.data.totalCount} models — type to narrow down.`;
  else status = `${results.data.totalCount} ${results.data.totalCount === 1 ? 'model' : 'models'}`;

  return (
    <div className={styles.picker}>
      <label htmlFor={inputId} className={styles.label}>
        {searchLabel}
      </label>
      <input
        id={inputId}
        type="search"
        className={styles.input}
        placeholder="Model name, e.g. yolov8"
        autoComplete="off"
        value={search}
        autoFocus={autoFocus}
        aria-describedby={statusId}
        onChange={(event) => setSearch(event.target.value)}
      />
      <p id={statusId} className={styles.status} role="status">
        {status}
        {results.isError && (
          <>
            {' '}
            <button type="button" className={styles.retry} onClick={() => void results.refetch()}>
              Retry
            </button>
          </>
        )}
      </p>
      {full && fullNote && <p className={styles.full}>{fullNote}</p>}
      {results.data && results.data.models.length > 0 && (
        <ul className={styles.results} aria-label="Search results">
          {results.data.models.map((model) => {
            const picked = pickedIds.includes(model.id);
            const props = { model, picked, disabled: full && !picked, onPick: () => onPick(model) };
            return onUnpick ? (
              <CheckboxResult key={model.id} {...props} onUnpick={() => onUnpick(model)} />
            ) : (
              <AddResult key={model.id} {...props} />
            );
          })}
        </ul>
      )}
    </div>
  );
}

interface ResultProps {
  model: ModelListItem;
  picked: boolean;
  disabled: boolean;
  onPick: () => void;
}

/** Baseline, mAP and training state: enough to tell similar names apart. */
function ResultDetails({ model, id }: { model: ModelListItem; id?: string }) {
  return (
    <span id={id} className={styles.meta}>
      {model.baselineModel} · mAP {formatAp(meanAp(model.trainingClasses))} ·{' '}
      {model.isTrained ? `trained ${formatRelative(model.trainedAt)}` : 'not trained yet'}
    </span>
  );
}

const PinnedBadge = ({ model }: { model: ModelListItem }) =>
  model.isPinned ? <span className={styles.pinned}>Pinned</span> : null;

function AddResult({ model, picked, disabled, onPick }: ResultProps) {
  return (
    <li className={styles.result}>
      <span className={styles.text}>
        <span className={styles.nameRow}>
          <span className={styles.name}>{model.name}</span>
          <PinnedBadge model={model} />
        </span>
        <ResultDetails model={model} />
      </span>
      <Button
        size="sm"
        variant={picked ? 'ghost' : 'secondary'}
        disabled={picked || disabled}
        aria-label={picked ? `${model.name} added` : `Add ${model.name}`}
        onClick={onPick}
      >
        {picked ? 'Added' : 'Add'}
      </Button>
    </li>
  );
}

function CheckboxResult({ model, picked, disabled, onPick, onUnpick }: ResultProps & { onUnpick: () => void }) {
  const id = useId();
  return (
    <li className={`${styles.result} ${styles.checkResult}`}>
      <input
        id={id}
        type="checkbox"
        checked={picked}
        disabled={disabled}
        onChange={picked ? onUnpick : onPick}
        aria-describedby={`${id}-details`}
      />
      <span className={styles.text}>
        <span className={styles.nameRow}>
          <label htmlFor={id} className={styles.name}>
            {model.name}
          </label>
          <PinnedBadge model={model} />
        </span>
        <ResultDetails model={model} id={`${id}-details`} />
      </span>
    </li>
  );
}
