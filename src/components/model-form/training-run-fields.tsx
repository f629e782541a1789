// The newer API's fields of the form (README "API generations"), shown where the server speaks it.
import { useQuery } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useFormContext, useFormState, type UseFormReturn } from 'react-hook-form';
import type { ModelStatus } from '../../api/gql/graphql';
import { MODEL_STATUSES, MODEL_TASK_TYPES } from '../../api/schemas';
import { sliceQueries, type Slice } from '../../api/slices';
import { STATUS_LABELS, TASK_TYPE_LABELS } from '../model-status';
import { describe, Field, FieldWarning } from './field';
import { toLocalDateTime, type ModelFormOutput, type ModelFormValues } from './model-form-schema';
import styles from './model-form.module.css';

function useFieldErrors() {
  const { control } = useFormContext<ModelFormValues>();
  const { errors } = useFormState({ control });
  return (field: keyof ModelFormValues) => {
    const error = errors[field];
    return error && 'message' in error ? error.message : undefined;
  };
}

/** What the model is trained for; with it, a baseline is not needed. A saved task type cannot be cleared. */
export function TaskTypeField({ required, allowNone }: { required: boolean; allowNone: boolean }) {
  const { register } = useFormContext<ModelFormValues>();
  const error = useFieldErrors()('taskType');
  const hint = required ? 'Required unless you give a baseline model.' : undefined;
  return (
    <Field id="taskType" label="Task type" optional={!required} hint={hint} error={error}>
      <select
        id="taskType"
        className={styles.input}
        {...register('taskType')}
        {...describe('taskType', { hint, error })}
      >
        {allowNone && <option value="">None</option>}
        {MODEL_TASK_TYPES.map((type) => (
          <option key={type} value={type}>
            {TASK_TYPE_LABELS[type]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Status and the "Trained" box are one fact (COMPLETED ⇔ trained): changing either moves the other, and
 * Completed fills "Trained at" with now when it is empty.
 */
export function trainingStateSync({
  getValues,
  setValue,
}: Pick<UseFormReturn<ModelFormValues, unknown, ModelFormOutput>, 'getValues' | 'setValue'>) {
  const stampNow = () => {
    if (getValues('trainedAt') === '') setValue('trainedAt', toLocalDateTime(new Date()), { shouldDirty: true });
  };
  return {
    onTrainedChange: (checked: boolean) => {
      const status = getValues('status');
      setValue('status', checked ? 'COMPLETED' : status === 'COMPLETED' ? 'PENDING' : status, { shouldDirty: true });
      if (checked) stampNow();
    },
    onStatusChange: (status: ModelStatus) => {
      setValue('isTrained', status === 'COMPLETED', { shouldDirty: true });
      if (status === 'COMPLETED') stampNow();
    },
  };
}

/** Status, score (key, value, unit) and the training pipeline's id. */
export function TrainingRunFields() {
  const form = useFormContext<ModelFormValues, unknown, ModelFormOutput>();
  const { register } = form;
  const err = useFieldErrors();
  const { onStatusChange } = trainingStateSync(form);
  const text = (id: 'scoreKey' | 'scoreUnit' | 'customDagId', label: string, hint: string, mono = false) => (
    <Field id={id} label={label} optional hint={hint} error={err(id)}>
      <input
        id={id}
        className={[styles.input, mono ? styles.mono : ''].join(' ')}
        autoComplete="off"
        spellCheck={false}
        {...register(id)}
        {...describe(id, { hint, error: err(id) })}
      />
    </Field>
  );
  return (
    <>
      <Field id="status" label="Status" hint="Completed is the same as Trained.">
        <select
          id="status"
          className={styles.input}
          {...register('status', {
            onChange: (event: ChangeEvent<HTMLSelectElement>) => onStatusChange(event.target.value as ModelStatus),
          })}
          aria-describedby="status-hint"
        >
          {MODEL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </Field>
      <div className={styles.triple}>
        {text('scoreKey', 'Score key', 'What the score measures, e.g. mAP50.')}
        <Field id="scoreValue" label="Score value" optional hint="A number, e.g. 87.3." error={err('scoreValue')}>
          <input
            id="scoreValue"
            className={styles.input}
            inputMode="decimal"
            autoComplete="off"
            {...register('scoreValue')}
            {...describe('scoreValue', { hint: true, error: err('scoreValue') })}
          />
        </Field>
        {text('scoreUnit', 'Score unit', 'e.g. %.')}
      </div>
      {text('customDagId', 'Custom DAG id', 'Id of the training pipeline that ran.', true)}
    </>
  );
}

const SLICE_FIELDS = [
  { id: 'trainSliceId', label: 'Training slice', current: 'trainingSlices' },
  { id: 'validationSliceId', label: 'Validation slice', current: 'validationSlices' },
] as const;

/**
 * Edit: one training and one validation slice (the newer API's trainSliceId/validationSliceId). Choosing one
 * replaces the model's slice list with it, so a model with several slices says so.
 */
export function SliceIdFields({
  datasetId,
  current,
}: {
  datasetId: string;
  current: { trainingSlices: readonly Slice[]; validationSlices: readonly Slice[] };
}) {
  const { register } = useFormContext<ModelFormValues>();
  const err = useFieldErrors();
  const slices = useQuery(sliceQueries.list(datasetId));
  return (
    <>
      {SLICE_FIELDS.map(({ id, label, current: listed }) => {
        const several = current[listed].length > 1;
        const hint = several
          ? `Choosing a slice replaces all ${current[listed].length} above with it.`
          : 'Choosing another slice replaces the one above.';
        // Slices of the model that the list has not loaded (yet) keep their place by id.
        const options = slices.data ?? current[listed];
        return (
          <Field key={id} id={id} label={label} optional hint={hint} error={err(id)}>
            <select id={id} className={styles.input} {...register(id)} {...describe(id, { hint, error: err(id) })}>
              <option value="">None</option>
              {options.map((slice) => (
                <option key={slice.id} value={slice.id}>
                  {slice.name}
                </option>
              ))}
            </select>
          </Field>
        );
      })}
      <FieldWarning>
        {slices.isError && 'The dataset’s slices could not be loaded; only the model’s own are offered.'}
      </FieldWarning>
    </>
  );
}
