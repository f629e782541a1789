import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { MAX_PAGE_LENGTH, type ModelListItem } from '../../api/models';
import { modelQueries } from '../../api/models.queries';
import { Button } from '../../components/button';
import { formatAp, meanAp } from '../../components/model-metrics';
import { ErrorState } from '../../components/status';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useReturnFocus } from '../../components/use-return-focus';
import styles from './compare-dialog.module.css';

/** Compare shows at most 12 models: this one and 11 others. */
export const MAX_OTHERS = 11;
const SEARCH_DELAY_MS = 250;

interface CompareDialogProps {
  model: { id: string; datasetId: string; name: string };
}

function Candidate({
  model,
  checked,
  disabled,
  onToggle,
}: {
  model: ModelListItem;
  checked: boolean;
  disabled: boolean;
  onToggle: () => void;
}) {
  const id = useId();
  return (
    <li className={styles.candidate}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={onToggle}
        aria-describedby={`${id}-details`}
      />
      <label htmlFor={id} className={styles.candidateName}>
        {model.name}
      </label>
      <span id={`${id}-details`} className={styles.details}>
        mAP {formatAp(meanAp(model.trainingClasses))} · {model.baselineModel}
        {model.isPinned ? ' · pinned' : ''}
      </span>
    </li>
  );
}

/** Search the dataset's models by name and tick up to 11 to compare with this one. */
function ComparePicker({ model, onClose }: CompareDialogProps & { onClose: () => void }) {
  const navigate = useNavigate();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const nameContains = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const candidates = useQuery(
    modelQueries.list(model.datasetId, {
      filter: { must: { nameContains }, not: { idIn: [model.id] } },
      cursor: null,
      length: MAX_PAGE_LENGTH,
    }),
  );
  const full = selected.size >= MAX_OTHERS;

  const toggle = (candidate: ModelListItem) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(candidate.id)) next.delete(candidate.id);
      else if (next.size < MAX_OTHERS) next.set(candidate.id, candidate.name);
      return next;
    });

  const compare = () => {
    const ids = [model.id, ...selected.keys()].map(encodeURIComponent).join(',');
    onClose();
    void navigate(`/datasets/${encodeURIComponent(model.datasetId)}/compare?ids=${ids}`);
  };

  return (
    <>
      <label htmlFor={searchId} className={styles.searchLabel}>
        Search models by name
      </label>
      <input
        id={searchId}
        type="search"
        className={styles.search}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder="e.g. yolov8"
        autoComplete="off"
      />
      {selected.size > 0 && (
        <ul className={styles.chips} aria-label="Selected models">
          {[...selected].map(([id, name]) => (
            <li key={id} className={styles.chip}>
              {name}
              <button
                type="button"
                className={styles.chipRemove}
                aria-label={`Remove ${name}`}
                onClick={() => setSelected((current) => new Map([...current].filter(([key]) => key !== id)))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.results} aria-busy={candidates.isFetching}>
        {candidates.isPending ? (
          <p className={styles.muted}>Loading models…</p>
        ) : candidates.isError ? (
          <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : candidates.data.models.length === 0 ? (
          <p className={styles.muted}>
            {nameContains ? `No other model matches “${nameContains}”.` : 'This dataset has no other models.'}
          </p>
        ) : (
          <ul className={styles.list} aria-label="Models">
            {candidates.data.models.map((candidate) => {
              const checked = selected.has(candidate.id);
              return (
                <Candidate
                  key={candidate.id}
                  model={candidate}
                  checked={checked}
                  disabled={full && !checked}
                  onToggle={() => toggle(candidate)}
                />
              );
            })}
          </ul>
        )}
        {candidates.data && candidates.data.totalCount > candidates.data.models.length && (
          <p className={styles.muted}>
            Showing {candidates.data.models.length} of {candidates.data.totalCount}. Search to narrow the list.
          </p>
        )}
      </div>
      <div className={styles.footer}>
        <span className={styles.muted} aria-live="polite">
          {full
            ? `${MAX_OTHERS} selected — the most that fit in one comparison.`
            : `${selected.size} of up to ${MAX_OTHERS} selected`}
        </span>
        <span className={styles.buttons}>
          <Dialog.Close asChild>
            <Button>Cancel</Button>
          </Dialog.Close>
          <Button variant="primary" disabled={selected.size === 0} onClick={compare}>
            {/* Nothing picked yet: "Compare 1 models" would read as wrong. */}
            {selected.size === 0 ? 'Compare' : `Compare ${selected.size + 1} models`}
          </Button>
        </span>
      </div>
    </>
  );
}

/** "Compare with…": pick other models of the dataset, then open the compare page. Mounted while open. */
export function CompareDialog({ model, onClose }: CompareDialogProps & { onClose: () => void }) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content} aria-describedby={undefined} {...returnFocus}>
          <Dialog.Title className={styles.title}>Compare {model.name} with…</Dialog.Title>
          <ComparePicker model={model} onClose={onClose} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
