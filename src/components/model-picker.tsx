import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { modelQueries, type ModelListItem } from '../api/models';
import { Button } from './button';
import { formatRelative } from './format';
import { formatAp, meanAp } from './model-metrics';
import styles from './model-picker.module.css';
import { useDebouncedValue } from './use-debounced-value';

const RESULTS = 20;

interface ModelPickerProps {
  datasetId: string;
  selectedIds: readonly string[];
  onAdd: (model: ModelListItem) => void;
  /** The comparison is full: results show, Add is disabled. */
  full?: boolean;
  autoFocus?: boolean;
}

/** Search the dataset's models by name and add them to the comparison. */
export function ModelPicker({ datasetId, selectedIds, onAdd, full = false, autoFocus = false }: ModelPickerProps) {
  const inputId = useId();
  const statusId = useId();
  const [search, setSearch] = useState('');
  const nameContains = useDebouncedValue(search.trim(), 250);
  const results = useQuery(
    modelQueries.list(datasetId, {
      filter: nameContains ? { must: { nameContains } } : null,
      cursor: null,
      length: RESULTS,
    }),
  );

  let status: string;
  if (results.isPending) status = 'Loading models…';
  else if (results.isError) status = `Could not load models: ${results.error.message}`;
  else if (results.data.totalCount === 0)
    status = nameContains ? `No models match “${nameContains}”.` : 'This dataset has no models yet.';
  else if (results.data.totalCount > results.data.models.length)
    status = `Showing ${results.data.models.length} of ${results.data.totalCount} models — type to narrow down.`;
  else status = `${results.data.totalCount} ${results.data.totalCount === 1 ? 'model' : 'models'}`;

  return (
    <div className={styles.picker}>
      <label htmlFor={inputId} className={styles.label}>
        Search models
      </label>
      <input
        id={inputId}
        type="search"
        className={styles.input}
        placeholder="Model name"
        value={search}
        autoFocus={autoFocus}
        aria-describedby={statusId}
        onChange={(event) => setSearch(event.target.value)}
      />
      <p id={statusId} className={styles.status} role="status">
        {status}
      </p>
      {full && <p className={styles.full}>The comparison is full (12 models): remove one to add another.</p>}
      {results.data && results.data.models.length > 0 && (
        <ul className={styles.results} aria-label="Search results">
          {results.data.models.map((model) => {
            const added = selectedIds.includes(model.id);
            return (
              <li key={model.id} className={styles.result}>
                <span className={styles.text}>
                  <span className={styles.name}>
                    {model.name}
                    {model.isPinned && <span className={styles.pinned}>Pinned</span>}
                  </span>
                  <span className={styles.meta}>
                    {model.baselineModel} · mAP {formatAp(meanAp(model.trainingClasses))} ·{' '}
                    {model.isTrained ? `trained ${formatRelative(model.trainedAt)}` : 'not trained yet'}
                  </span>
                </span>
                <Button
                  size="sm"
                  variant={added ? 'ghost' : 'secondary'}
                  disabled={added || full}
                  aria-label={added ? `${model.name} added` : `Add ${model.name}`}
                  onClick={() => onAdd(model)}
                >
                  {added ? 'Added' : 'Add'}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
