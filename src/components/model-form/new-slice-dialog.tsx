import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { createSliceInputSchema } from '../../api/schemas';
import type { Slice } from '../../api/slices';
import { Button } from '../button';
import { useReturnFocus } from '../use-return-focus';
import { describe, Field } from './field';
import styles from './model-form.module.css';

interface NewSliceDialogProps {
  /** Which picker asked, and what had been typed there; null when closed. */
  request: { label: string; name: string } | null;
  onClose: () => void;
  onCreate: (name: string) => Promise<Slice>;
  onCreated: (slice: Slice) => void;
}

/** Creates a slice without leaving the form; the server's refusal (e.g. a taken name) shows on the field. */
export function NewSliceDialog({ request, onClose, onCreate, onCreated }: NewSliceDialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={request !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.dialog} aria-describedby={undefined} {...returnFocus}>
          <Dialog.Title className={styles.dialogTitle}>New slice</Dialog.Title>
          {request && <NewSliceForm request={request} onCancel={onClose} onCreate={onCreate} onCreated={onCreated} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function NewSliceForm({
  request,
  onCancel,
  onCreate,
  onCreated,
}: {
  request: { label: string; name: string };
  onCancel: () => void;
  onCreate: (name: string) => Promise<Slice>;
  onCreated: (slice: Slice) => void;
}) {
  const [name, setName] = useState(request.name);
  const [error, setError] = useState<{ message: string; onField: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React events still bubble to the model form around it.
    event.stopPropagation();
    const parsed = createSliceInputSchema.shape.name.safeParse(name);
    if (!parsed.success) {
      setError({ message: parsed.error.issues[0]?.message ?? 'Invalid name', onField: true });
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      onCreated(await onCreate(parsed.data));
    } catch (cause) {
      const onField = cause instanceof ApiError && cause.field === 'name';
      setError({ message: cause instanceof Error ? cause.message : String(cause), onField });
      setPending(false);
      inputRef.current?.focus();
    }
  };

  const fieldError = error?.onField ? error.message : undefined;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className={styles.dialogText}>It is added to the {request.label.toLowerCase()} once created.</p>
      {error && !error.onField && (
        <p role="alert" className={styles.formAlert}>
          {error.message}
        </p>
      )}
      <Field id="new-slice-name" label="Slice name" error={fieldError}>
        <input
          id="new-slice-name"
          ref={inputRef}
          className={styles.input}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          {...describe('new-slice-name', { error: fieldError })}
        />
      </Field>
      <div className={styles.dialogActions}>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? 'Creating…' : 'Create slice'}
        </Button>
      </div>
    </form>
  );
}
