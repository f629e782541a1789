import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ModelListItem } from '../../api/models';
import { Button } from '../../components/button';
import { ModelPicker } from '../../components/model-picker';
import { useReturnFocus } from '../../components/use-return-focus';
import styles from './compare-dialog.module.css';

/** Compare shows at most 12 models: this one and 11 others. */
export const MAX_OTHERS = 11;

interface CompareDialogProps {
  model: { id: string; datasetId: string; name: string };
  onClose: () => void;
}

/** Tick up to 11 other models of the dataset, then open the compare page with this one first. */
function ComparePicker({ model, onClose }: CompareDialogProps) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const full = selected.size >= MAX_OTHERS;

  const pick = (candidate: ModelListItem) =>
    setSelected((current) =>
      current.size < MAX_OTHERS ? new Map(current).set(candidate.id, candidate.name) : current,
    );
  const unpick = (id: string) => setSelected((current) => new Map([...current].filter(([key]) => key !== id)));

  const compare = () => {
    const ids = [model.id, ...selected.keys()].map(encodeURIComponent).join(',');
    onClose();
    void navigate(`/datasets/${encodeURIComponent(model.datasetId)}/compare?ids=${ids}`);
  };

  return (
    <>
      <ModelPicker
        datasetId={model.datasetId}
        searchLabel="Search models by name"
        excludeId={model.id}
        pickedIds={[...selected.keys()]}
        onPick={pick}
        onUnpick={(candidate) => unpick(candidate.id)}
        full={full}
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
                onClick={() => unpick(id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
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
export function CompareDialog({ model, onClose }: CompareDialogProps) {
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
