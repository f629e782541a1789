import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { Button } from '../../components/button';
import styles from './bulk-delete-dialog.module.css';
import { formatCount } from '../../components/format';
import { useReturnFocus } from '../../components/use-return-focus';

export type DeleteResult = { state: 'waiting' | 'deleting' | 'deleted' } | { state: 'failed'; error: string };

interface BulkDeleteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  models: ReadonlyArray<{ id: string; name: string; isPinned: boolean }>;
  /** Per-model progress once the deletion started; empty before. */
  results: Readonly<Record<string, DeleteResult>>;
  onConfirm: () => void;
}

const STATE_LABEL = { waiting: 'Waiting', deleting: 'Deleting…', deleted: 'Deleted', failed: 'Failed' } as const;

/**
 * Confirms deleting the listed models, then shows each one's progress and every failure by name.
 * Pinned models are named up front and need a second Delete: pinning says "keep this one".
 */
export function BulkDeleteDialog({ open, onOpenChange, models, results, onConfirm }: BulkDeleteDialogProps) {
  const started = Object.keys(results).length > 0;
  const values = Object.values(results);
  const finished = values.filter((r) => r.state === 'deleted' || r.state === 'failed').length;
  const failed = models.filter((m) => results[m.id]?.state === 'failed');
  const done = started && finished === models.length;
  const running = started && !done;
  const returnFocus = useReturnFocus();
  const count = `${formatCount(models.length)} ${models.length === 1 ? 'model' : 'models'}`;
  const pinned = models.filter((m) => m.isPinned);
  const pinnedNames = pinned.map((m) => m.name).join(', ');
  const pinnedCount = `${formatCount(pinned.length)} pinned ${pinned.length === 1 ? 'model' : 'models'}`;
  const [askingForPinned, setAskingForPinned] = useState(false);
  const confirm = () => (pinned.length > 0 && !askingForPinned ? setAskingForPinned(true) : onConfirm());

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !running && onOpenChange(next)}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content} aria-describedby={undefined} {...returnFocus}>
          <Dialog.Title className={styles.title}>
            {done ? (failed.length > 0 ? 'Some models were not deleted' : `Deleted ${count}`) : `Delete ${count}?`}
          </Dialog.Title>
          {!started && (
            <p className={styles.lead}>
              This removes the model records. Their slices and stored weights are kept. It cannot be undone.
            </p>
          )}
          {!started &&
            pinned.length > 0 &&
            (askingForPinned ? (
              <div role="alert" className={styles.pinnedWarning}>
                <strong>Delete {pinnedCount} too?</strong>
                <p>
                  {pinnedNames} {pinned.length === 1 ? 'is' : 'are'} pinned. Press Delete again to delete{' '}
                  {pinned.length === 1 ? 'it' : 'them'} with the rest, or Cancel to keep the whole selection.
                </p>
              </div>
            ) : (
              <p className={styles.pinnedNote}>
                <strong>Pinned:</strong> {pinnedNames}. You will be asked again before{' '}
                {pinned.length === 1 ? 'it is' : 'they are'} deleted.
              </p>
            ))}
          {started && (
            <div className={styles.progress}>
              <span>
                {formatCount(finished)} of {formatCount(models.length)} done
                {failed.length > 0 && `, ${formatCount(failed.length)} failed`}
              </span>
              <progress max={models.length} value={finished} aria-label="Deletion progress" />
            </div>
          )}
          {done && failed.length > 0 && (
            <div role="alert" className={styles.failures}>
              <strong>Could not delete:</strong>
              <ul>
                {failed.map((m) => {
                  const result = results[m.id];
                  return (
                    <li key={m.id}>
                      {m.name}
                      {result?.state === 'failed' && ` — ${result.error}`}
                    </li>
                  );
                })}
              </ul>
              <p>The other models were deleted.</p>
            </div>
          )}
          <ul className={styles.list} aria-label="Models to delete">
            {models.map((m) => {
              const state = results[m.id]?.state;
              return (
                <li key={m.id} className={state ? styles[state] : undefined}>
                  <span className={styles.modelName}>{m.name}</span>
                  {m.isPinned && !state && <span className={styles.pinnedBadge}>Pinned</span>}
                  {state && <span className={styles.state}>{STATE_LABEL[state]}</span>}
                </li>
              );
            })}
          </ul>
          <div className={styles.actions}>
            {done ? (
              <Dialog.Close asChild>
                <Button variant="primary">Close</Button>
              </Dialog.Close>
            ) : (
              <>
                <Dialog.Close asChild>
                  <Button disabled={running}>Cancel</Button>
                </Dialog.Close>
                <Button variant="danger" onClick={confirm} disabled={running}>
                  {running ? 'Deleting…' : 'Delete'}
                </Button>
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
