import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useState } from 'react';
import { Button } from '../button';
import { useReturnFocus } from '../use-return-focus';
import { parseClassesCsv } from './classes-csv';
import type { TrainClassRow } from './model-form-schema';
import formStyles from './model-form.module.css';
import styles from './training-classes-editor.module.css';

const PREVIEW_LIMIT = 200;

interface ClassesCsvDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Rows already in the table (for the duplicate check), read when the preview is built. */
  existing: () => TrainClassRow[];
  onAdd: (rows: TrainClassRow[]) => void;
}

/** "Paste CSV…": a textarea, a live preview with each line's problem, and "Add N classes" for the valid ones. */
export function ClassesCsvDialog({ open, onOpenChange, existing, onAdd }: ClassesCsvDialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={formStyles.overlay} />
        <Dialog.Content className={[formStyles.dialog, styles.csvDialog].join(' ')} {...returnFocus}>
          <Dialog.Title className={formStyles.dialogTitle}>Paste classes</Dialog.Title>
          <Dialog.Description className={formStyles.dialogText}>
            One class per line: <code>class, type, ap, train, val</code>. Commas or tabs (a spreadsheet copy) both work;
            a header row is skipped and empty cells stay empty.
          </Dialog.Description>
          {open && <CsvPaste existing={existing} onAdd={onAdd} onCancel={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CsvPaste({
  existing,
  onAdd,
  onCancel,
}: {
  existing: () => TrainClassRow[];
  onAdd: (rows: TrainClassRow[]) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [existingRows] = useState(() => existing());
  const lines = useMemo(() => parseClassesCsv(text, existingRows), [text, existingRows]);
  const valid = lines.filter((l) => l.error === null).map((l) => l.row);
  const problems = lines.filter((l) => l.error !== null);
  const shown = lines.slice(0, PREVIEW_LIMIT);

  return (
    <div className={styles.csvBody}>
      <label htmlFor="classes-csv" className={formStyles.label}>
        CSV or TSV
      </label>
      <textarea
        id="classes-csv"
        className={[formStyles.input, formStyles.mono].join(' ')}
        rows={6}
        value={text}
        spellCheck={false}
        placeholder={'class,type,ap,train,val\ncar,box,0.82,1200,300\nperson,polygon,0.74,860,210'}
        onChange={(event) => setText(event.target.value)}
      />
      {lines.length > 0 && (
        <>
          <p className={styles.csvSummary} aria-live="polite">
            {valid.length} of {lines.length} {lines.length === 1 ? 'line' : 'lines'} ready
            {problems.length > 0 && `; ${problems.length} with problems will be skipped`}.
          </p>
          {problems.length > 0 && (
            <ul className={styles.csvProblems} aria-label="Problems">
              {problems.slice(0, PREVIEW_LIMIT).map((line) => (
                <li key={line.line}>
                  Line {line.line}: {line.error}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.previewScroller}>
            <table className={styles.preview} aria-label="Preview">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Class</th>
                  <th scope="col">Annotation type</th>
                  <th scope="col">AP</th>
                  <th scope="col">Training annotations</th>
                  <th scope="col">Validation annotations</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ line, row, error }) => (
                  <tr key={line} className={error ? styles.previewInvalid : undefined}>
                    <td>{line}</td>
                    <td>{row.class}</td>
                    <td>{row.annotationType}</td>
                    <td>{row.ap}</td>
                    <td>{row.trainingAnnotationsCount}</td>
                    <td>{row.validationAnnotationsCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {lines.length > shown.length && (
              <p className={styles.csvSummary}>…and {lines.length - shown.length} more lines.</p>
            )}
          </div>
        </>
      )}
      <div className={formStyles.dialogActions}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="primary" disabled={valid.length === 0} onClick={() => onAdd(valid)}>
          Add {valid.length} {valid.length === 1 ? 'class' : 'classes'}
        </Button>
      </div>
    </div>
  );
}
