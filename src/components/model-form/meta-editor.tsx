import { useFormContext, useFormState } from 'react-hook-form';
import { Button } from '../button';
import { describe, FieldMessages } from './field';
import { parseJsonText } from './json-text';
import type { ModelFormValues } from './model-form-schema';
import styles from './model-form.module.css';

const HINT =
  'A JSON object for hyperparameters, links or notes (at most 256 KB, 32 levels deep). Leave empty for none.';

/** "Meta (JSON)": a JSON text area with a Format button; the schema reports syntax errors by line and column. */
export function MetaEditor() {
  const { register, getValues, setValue, trigger, control } = useFormContext<ModelFormValues>();
  const { errors } = useFormState({ control, name: 'meta' });
  const error = errors.meta?.message;

  const format = () => {
    const parsed = parseJsonText(getValues('meta'));
    if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object') {
      setValue('meta', JSON.stringify(parsed.value, null, 2), { shouldDirty: true, shouldValidate: true });
    } else void trigger('meta', { shouldFocus: true });
  };

  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label htmlFor="meta" className={styles.label}>
          Meta (JSON)
        </label>
        <span className={styles.optional}>Optional</span>
        <Button size="sm" variant="ghost" className={styles.labelAction} onClick={format}>
          Format
        </Button>
      </div>
      <textarea
        id="meta"
        className={[styles.input, styles.mono].join(' ')}
        rows={8}
        spellCheck={false}
        autoCapitalize="off"
        placeholder={'{ "epochs": 100 }'}
        {...register('meta')}
        {...describe('meta', { hint: HINT, error })}
      />
      <FieldMessages id="meta" hint={HINT} error={error} />
    </div>
  );
}
