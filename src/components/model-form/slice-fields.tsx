import { Controller, useWatch, type Control } from 'react-hook-form';
import type { Slice } from '../../api/slices';
import { describe, FieldMessages, FieldWarning } from './field';
import type { ModelFormOutput, ModelFormValues } from './model-form-schema';
import styles from './model-form.module.css';
import { SlicePicker, type SliceOptions } from './slice-picker';

export type SliceFieldName = 'trainingSliceIds' | 'validationSliceIds';

export const SLICE_LABELS: Record<SliceFieldName, string> = {
  trainingSliceIds: 'Training slices',
  validationSliceIds: 'Validation slices',
};

type FormControl = Control<ModelFormValues, unknown, ModelFormOutput>;

/** A slice picker bound to the form. */
export function SliceField({
  name,
  control,
  options,
  onNewSlice,
}: {
  name: SliceFieldName;
  control: FormControl;
  options: SliceOptions;
  onNewSlice: (search: string) => void;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = fieldState.error?.message;
        return (
          <div className={styles.field}>
            <SlicePicker
              id={name}
              label={SLICE_LABELS[name]}
              purpose={name === 'trainingSliceIds' ? 'training' : 'validation'}
              options={options}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              aria={describe(name, { error })}
              onNewSlice={onNewSlice}
            />
            <FieldMessages id={name} error={error} />
          </div>
        );
      }}
    />
  );
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/** Training on the data you validate on inflates the results: a warning, not an error. */
export function SliceOverlapWarning({ control, slices }: { control: FormControl; slices: readonly Slice[] }) {
  const [training, validation] = useWatch({ control, name: ['trainingSliceIds', 'validationSliceIds'] });
  const names = training
    .filter((id) => validation.includes(id))
    .map((id) => `“${slices.find((s) => s.id === id)?.name ?? id}”`);
  return (
    <FieldWarning>
      {names.length > 0 &&
        `${listFormat.format(names)} ${names.length === 1 ? 'is' : 'are'} used for both training and validation, so validation results will look better than they are.`}
    </FieldWarning>
  );
}

/** A slice list the API cannot change (edit mode). */
export function FixedSlices({ id, label, slices }: { id: string; label: string; slices: readonly Slice[] }) {
  return (
    <div className={styles.field}>
      <span id={`${id}-label`} className={styles.label}>
        {label}
      </span>
      <ul className={styles.fixedChips} aria-labelledby={`${id}-label`} aria-describedby="fixedSlices-hint">
        {slices.length === 0 ? (
          <li className={styles.none}>None</li>
        ) : (
          slices.map((slice) => (
            <li key={slice.id} className={styles.fixedChip}>
              {slice.name}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
