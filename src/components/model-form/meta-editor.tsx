import { useFormContext, useFormState } from 'react-hook-form';
import { Button } from '../button';
import { describe, FieldMessages } from './field';
import { parseJsonText } from './json-text';
import type { ModelFormValues } from './model-form-schema';
import styles from './model-form.module.css';

type JsonField = 'meta' | 'trainingParameters';

const EDITORS: Record<JsonField, { label: string; hint: string; placeholder: string }> = {
  meta: {
    label: 'Meta (JSON)',
    hint: 'A JSON object for hyperparameters, links or notes (at most 256 KB, 32 levels deep). Leave empty for none.',
    placeholder: '{ "epochs": 100 }',
  },
  trainingParameters: {
    label: 'Training parameters (JSON)',
    hint: 'A JSON object of the run’s hyper-parameters (at most 256 KB, 32 levels deep). Leave empty for none.',
    placeholder: '{ "epochs": 100, "lr": 0.001 }',
  },
};

/** A JSON object text area with a Format button; the schema reports syntax errors by line and column. */
export function JsonObjectEditor({ field }: { field: JsonField }) {
  const { register, getValues, setValue, trigger, control } = useFormContext<ModelFormValues>();
  const { errors } = useFormState({ control, name: field });
  const error = errors[field]?.message;
  const { label, hint, placeholder } = EDITORS[field];

  const format = () => {
    const parsed = parseJsonText(getValues(field));
    if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object') {
      setValue(field, JSON.stringify(parsed.value, null, 2), { shouldDirty: true, shouldValidate: true });
    } else void trigger(field, { shouldFocus: true });
  };

  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label htmlFor={field} className={styles.label}>
          {label}
        </label>
        <span className={styles.optional}>Optional</span>
        <Button
          size="sm"
          variant="ghost"
          className={styles.labelAction}
          onClick={format}
          aria-label={`Format ${label.replace(' (JSON)', '')}`}
        >
          Format
        </Button>
      </div>
      <textarea
        id={field}
        className={[styles.input, styles.mono].join(' ')}
        rows={8}
        spellCheck={false}
        autoCapitalize="off"
        placeholder={placeholder}
        {...register(field)}
        {...describe(field, { hint, error })}
      />
      <FieldMessages id={field} hint={hint} error={error} />
    </div>
  );
}

/** "Meta (JSON)". */
export const MetaEditor = () => <JsonObjectEditor field="meta" />;
