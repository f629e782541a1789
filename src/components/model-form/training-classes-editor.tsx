import { Suspense, useState } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { useHostRecords } from '../../api/capabilities';
import { Button } from '../button';
import { NO_PER_CLASS_AP } from '../host-limits';
import { describe } from './field';
import { emptyClassRow, type ModelFormValues, type TrainClassRow } from './model-form-schema';
import styles from './training-classes-editor.module.css';
import { lazyPart } from '../chunk-load';
import { useOpenedOnce } from '../use-opened-once';

// The dialog (Radix) loads when "Paste CSV…" is first chosen, not with the form.
const ClassesCsvDialog = lazyPart(() => import('./classes-csv-dialog').then((m) => m.ClassesCsvDialog));

export const ANNOTATION_TYPES = ['box', 'polygon', 'polyline', 'keypoint', 'rbox', 'cuboid'] as const;

const COLUMNS = [
  { key: 'class', label: 'Class', inputMode: 'text', placeholder: 'e.g. car' },
  { key: 'annotationType', label: 'Annotation type', inputMode: 'text', placeholder: 'e.g. box' },
  { key: 'ap', label: 'AP', inputMode: 'decimal', placeholder: '0–1' },
  { key: 'trainingAnnotationsCount', label: 'Training annotations', inputMode: 'numeric', placeholder: '' },
  { key: 'validationAnnotationsCount', label: 'Validation annotations', inputMode: 'numeric', placeholder: '' },
] as const satisfies ReadonlyArray<{ key: keyof TrainClassRow; label: string; inputMode: string; placeholder: string }>;

const isBlank = (row: TrainClassRow) => Object.values(row).every((cell) => cell.trim() === '');

/** Rows of per-class metrics: add, remove, reorder, or paste many at once from CSV/TSV. */
export function TrainingClassesEditor({ headingId }: { headingId: string }) {
  // A host that speaks only the newer API keeps annotation counts per class, but no AP.
  const apRecorded = useHostRecords().firstGeneration;
  const columns = apRecorded ? COLUMNS : COLUMNS.filter((column) => column.key !== 'ap');
  const { control, register, getValues, setFocus } = useFormContext<ModelFormValues>();
  const { errors } = useFormState({ control, name: 'trainingClasses' });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'trainingClasses' });
  const [pasteOpen, setPasteOpen] = useState(false);
  const pasteOpened = useOpenedOnce(pasteOpen);
  const rowErrors = errors.trainingClasses;
  const listError = rowErrors?.root?.message ?? rowErrors?.message;

  const removeRow = (index: number) => {
    remove(index);
    // Keep keyboard users in the table: focus the row that took this one's place (or the one above).
    const next = Math.min(index, fields.length - 2);
    if (next >= 0) setTimeout(() => setFocus(`trainingClasses.${next}.class`));
  };

  const addPasted = (rows: TrainClassRow[]) => {
    // Pasting into a table that holds only untouched blank rows replaces them.
    const current = getValues('trainingClasses');
    if (current.length > 0 && current.every(isBlank)) remove();
    append(rows, { shouldFocus: false });
    setPasteOpen(false);
  };

  return (
    <div className={styles.editor}>
      <div className={styles.toolbar}>
        <p className={styles.summary} aria-live="polite">
          {fields.length === 0 ? 'No classes yet.' : `${fields.length} ${fields.length === 1 ? 'class' : 'classes'}`}
        </p>
        <Button size="sm" onClick={() => setPasteOpen(true)}>
          Paste CSV…
        </Button>
        <Button size="sm" onClick={() => append(emptyClassRow())}>
          Add class
        </Button>
      </div>
      {!apRecorded && <p className={styles.summary}>{NO_PER_CLASS_AP}</p>}
      {listError && (
        <p id="trainingClasses-error" className={styles.listError} role="alert">
          {listError}
        </p>
      )}
      {fields.length > 0 ? (
        <div className={styles.scroller}>
          <table className={styles.table} aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col" className={styles.index}>
                  #
                </th>
                {columns.map((column) => (
                  <th key={column.key} scope="col" className={styles[column.key]}>
                    {column.label}
                  </th>
                ))}
                <th scope="col" className={styles.actions}>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field, index) => {
                const n = index + 1;
                return (
                  <tr key={field.id}>
                    <td className={styles.index}>{n}</td>
                    {columns.map((column) => {
                      const id = `trainingClasses-${index}-${column.key}`;
                      const error = rowErrors?.[index]?.[column.key]?.message;
                      return (
                        <td key={column.key} className={styles[column.key]}>
                          <input
                            id={id}
                            className={styles.cell}
                            aria-label={`${column.label} ${n}`}
                            inputMode={column.inputMode}
                            placeholder={column.placeholder || undefined}
                            autoComplete="off"
                            list={column.key === 'annotationType' ? 'annotation-types' : undefined}
                            {...register(`trainingClasses.${index}.${column.key}`, {
                              // A duplicate is reported on the later row: recheck every row when a key changes.
                              deps:
                                column.key === 'class' || column.key === 'annotationType'
                                  ? 'trainingClasses'
                                  : undefined,
                            })}
                            {...describe(id, { error })}
                          />
                          {error && (
                            <p id={`${id}-error`} className={styles.cellError}>
                              {error}
                            </p>
                          )}
                        </td>
                      );
                    })}
                    <td className={styles.actions}>
                      <div className={styles.rowButtons}>
                        <IconButton
                          label={`Move row ${n} up`}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                        >
                          ↑
                        </IconButton>
                        <IconButton
                          label={`Move row ${n} down`}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                        >
                          ↓
                        </IconButton>
                        <IconButton label={`Remove row ${n}`} onClick={() => removeRow(index)} danger>
                          ×
                        </IconButton>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.empty}>
          Record per-class results after training: add classes one by one, or paste a table exported from your
          evaluation (class, type, AP, training and validation annotation counts).
        </p>
      )}
      <datalist id="annotation-types">
        {ANNOTATION_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      {pasteOpened && (
        <Suspense fallback={null}>
          <ClassesCsvDialog
            open={pasteOpen}
            onOpenChange={setPasteOpen}
            existing={() => getValues('trainingClasses').filter((row) => !isBlank(row))}
            onAdd={addPasted}
          />
        </Suspense>
      )}
    </div>
  );
}

function IconButton({
  label,
  children,
  danger = false,
  ...props
}: {
  label: string;
  children: string;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={[styles.iconButton, danger ? styles.danger : ''].join(' ')}
      {...props}
    >
      <span aria-hidden>{children}</span>
    </button>
  );
}
