import { zodResolver } from '@hookform/resolvers/zod';
import { Suspense, useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useHostRecords } from '../../api/capabilities';
import { ApiError } from '../../api/client';
import type { Slice } from '../../api/slices';
import { Button, buttonClass } from '../button';
import { describe, Field, FieldWarning } from './field';
import { clearDraft, readDraft, writeDraft } from './form-draft';
import { useDuplicateName } from './duplicate-name';
import { formatRelative } from '../format';
import { JsonObjectEditor, MetaEditor } from './meta-editor';
import { useCapabilities } from '../../api/capabilities';
import { SliceIdFields, TaskTypeField, TrainingRunFields, trainingStateSync } from './training-run-fields';
import {
  changedFields,
  EDITABLE_FIELDS,
  formFieldFor,
  modelFormSchema,
  modelFormSchemaWithoutBaseline,
  type EditableField,
  type ModelFormField,
  type ModelFormOutput,
  type ModelFormValues,
} from './model-form-schema';
import styles from './model-form.module.css';
import { FixedSlices, SLICE_LABELS, SliceField, SliceOverlapWarning, type SliceFieldName } from './slice-fields';
import type { SliceOptions } from './slice-picker';
import { TrainingClassesEditor } from './training-classes-editor';
import { NO_CLASS_COUNTS } from '../host-limits';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { lazyPart } from '../chunk-load';
import { useOpenedOnce } from '../use-opened-once';

// The dialog (Radix) loads when "New slice" is first chosen, not with the form.
const NewSliceDialog = lazyPart(() => import('./new-slice-dialog').then((m) => m.NewSliceDialog));

interface CreateModeProps {
  mode: 'create';
  sliceOptions: SliceOptions;
  baselineSuggestions: readonly string[];
  onCreateSlice: (name: string) => Promise<Slice>;
}

interface EditModeProps {
  mode: 'edit';
  /** What the API cannot change, shown read-only. */
  fixed: {
    id: string;
    baselineModel: string | null;
    trainingSlices: readonly Slice[];
    validationSlices: readonly Slice[];
  };
}

export type ModelFormProps = (CreateModeProps | EditModeProps) & {
  /** The dataset the model is in: a name another of its models has gets a warning. */
  datasetId: string;
  defaultValues: ModelFormValues;
  /** Where unsaved input is kept until it is saved (see ./form-draft). */
  draftKey: string;
  cancelTo: string;
  /** Saves; resolves with the path to open next, or rejects (an ApiError is shown on its field). */
  onSubmit: (values: ModelFormOutput, changed: EditableField[]) => Promise<string>;
};

const ALL_FIELDS = Object.keys(modelFormSchema.shape) as ModelFormField[];
const withBaseline = zodResolver(modelFormSchema);
const withoutBaseline = zodResolver(modelFormSchemaWithoutBaseline);

/** Register a model (create) or record its results (edit). Render once the model is loaded; key it by id. */
export function ModelForm(props: ModelFormProps) {
  const { mode, cancelTo, onSubmit, draftKey } = props;
  // The form keeps the values it started from, whatever the page re-renders with later.
  const [defaultValues] = useState(props.defaultValues);
  // Input left unsaved here before (a failed save, a reload) comes back; the defaults stay what it
  // is compared with, so those fields count as changed.
  const [draft, setDraft] = useState(() => readDraft(draftKey));
  // Read on every render (react-hook-form takes new options each time), so the answer may come after the form.
  // A v1.4.0-era host of the newer API keeps no per-class rows: neither AP nor annotation counts.
  const { firstGeneration, trainingAnnotations } = useHostRecords();
  const form = useForm<ModelFormValues, unknown, ModelFormOutput>({
    resolver: firstGeneration ? withBaseline : withoutBaseline,
    defaultValues,
    values: draft?.values,
    resetOptions: { keepDefaultValues: true },
    shouldFocusError: true,
  });
  const { register, control, handleSubmit, setError, getValues, setValue } = form;
  const newer = useCapabilities()?.newerGeneration ?? false;
  const trainingState = trainingStateSync(form);
  const { errors, isDirty, isSubmitting } = form.formState;
  const navigate = useNavigate();
  const leaving = useRef(false);
  const [newSlice, setNewSlice] = useState<{ field: SliceFieldName; label: string; name: string } | null>(null);
  const newSliceOpened = useOpenedOnce(newSlice !== null);

  // Every change is kept at once, so nothing typed is lost when the tab reloads or closes.
  const { subscribe, reset } = form;
  useEffect(() => {
    const initial = JSON.stringify(defaultValues);
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        if (leaving.current) return;
        if (JSON.stringify(values) === initial) clearDraft(draftKey);
        else writeDraft(draftKey, values);
      },
    });
  }, [subscribe, defaultValues, draftKey]);

  const discardDraft = () => {
    clearDraft(draftKey);
    setDraft(null);
    reset(defaultValues);
  };

  const showServerError = (error: unknown) => {
    const message = error instanceof Error ? error.message : 'Saving failed. Try again.';
    const apiField = error instanceof ApiError ? error.field : undefined;
    const editable = mode === 'create' ? ALL_FIELDS : EDITABLE_FIELDS;
    const field = formFieldFor(apiField, editable, getValues('trainingClasses').length);
    if (field === 'trainingClasses') setError('trainingClasses', { type: 'server', message });
    else if (field) setError(field, { type: 'server', message }, { shouldFocus: true });
    else setError('root.server', { type: 'server', message });
  };

  const save = async (values: ModelFormOutput) => {
    try {
      const next = await onSubmit(values, changedFields(getValues(), defaultValues));
      leaving.current = true;
      clearDraft(draftKey);
      await navigate(next);
    } catch (error) {
      leaving.current = false;
      showServerError(error);
    }
  };

  const name = useWatch({ control, name: 'name' });
  // Editing warns only when the name changes: a pair that already shares a name is old news.
  const nameToCheck = mode === 'create' || name.trim() !== defaultValues.name.trim() ? name : '';
  const duplicate = useDuplicateName(props.datasetId, nameToCheck, props.mode === 'edit' ? props.fixed.id : undefined);

  const err = (field: Exclude<ModelFormField, 'trainingClasses'>) => errors[field]?.message;
  const serverError = errors.root?.server?.message;

  return (
    <FormProvider {...form}>
      <form className={styles.form} onSubmit={(event) => void handleSubmit(save)(event)} noValidate>
        {draft && (
          <div role="status" className={styles.draftNotice}>
            <span>
              Restored the changes you had not saved ({new Date(draft.savedAt).toLocaleString()}). Check them, then{' '}
              {mode === 'create' ? 'create the model' : 'save'}.
            </span>
            <Button size="sm" onClick={discardDraft}>
              Discard draft
            </Button>
          </div>
        )}
        <Section title="Model" description="How the model is listed and what it was built from.">
          <Field id="name" label="Name" error={err('name')}>
            <input
              id="name"
              className={styles.input}
              autoComplete="off"
              {...register('name')}
              {...describe('name', { error: err('name'), warning: duplicate })}
            />
            {duplicate && (
              <FieldWarning id="name-warning">
                A model named “{duplicate.name}” already exists in this dataset (created{' '}
                {formatRelative(duplicate.createdAt)}). You can still save; a distinct name keeps the two apart.
              </FieldWarning>
            )}
          </Field>
          {!firstGeneration ? null : props.mode === 'create' ? (
            <BaselineInput suggestions={props.baselineSuggestions} error={err('baselineModel')} optional={newer} />
          ) : newer && !props.fixed.baselineModel ? null : (
            <Field
              id="baselineModel"
              label="Baseline model"
              hint="Fixed when the model was created: the API cannot change it."
            >
              <input
                id="baselineModel"
                className={styles.input}
                value={props.fixed.baselineModel ?? ''}
                readOnly
                aria-describedby="baselineModel-hint"
              />
            </Field>
          )}
          <Field id="description" label="Description" optional error={err('description')}>
            <textarea
              id="description"
              className={styles.input}
              rows={3}
              {...register('description')}
              {...describe('description', { error: err('description') })}
            />
          </Field>
          {mode === 'create' && (
            <CheckboxField
              id="isPinned"
              label="Pinned"
              hint="Pinned models are easy to find again; you can unpin it later."
              input={<input type="checkbox" id="isPinned" {...register('isPinned')} aria-describedby="isPinned-hint" />}
            />
          )}
        </Section>

        <Section title="Data" description="The dataset slices used to train and to validate the model.">
          {props.mode === 'create' ? (
            <>
              {(['trainingSliceIds', 'validationSliceIds'] as const).map((field) => (
                <SliceField
                  key={field}
                  name={field}
                  control={control}
                  options={props.sliceOptions}
                  onNewSlice={(name) => setNewSlice({ field, label: SLICE_LABELS[field], name })}
                />
              ))}
              <SliceOverlapWarning control={control} slices={props.sliceOptions.slices} />
              {newer && (
                <p className={styles.hint}>
                  The first slice of each list is the model’s training or validation slice for SDK v1.4 and later.
                </p>
              )}
            </>
          ) : (
            <>
              <FixedSlices id="trainingSlices" label="Training slices" slices={props.fixed.trainingSlices} />
              <FixedSlices id="validationSlices" label="Validation slices" slices={props.fixed.validationSlices} />
              <p id="fixedSlices-hint" className={styles.hint}>
                {newer
                  ? 'The first generation of the API fixes these lists when a model is created; the newer API can replace each with one slice below.'
                  : 'Slices are fixed when a model is created: the API cannot change them. Register a new model to train on other data.'}
              </p>
              {newer && <SliceIdFields datasetId={props.datasetId} current={props.fixed} />}
            </>
          )}
        </Section>

        <Section title="Training" description="Fill these in once training has finished.">
          {newer && (
            <>
              <TaskTypeField required={mode === 'create'} allowNone={defaultValues.taskType === ''} />
              <TrainingRunFields />
            </>
          )}
          <CheckboxField
            id="isTrained"
            label="Trained"
            hint="Tick when training has finished; “Trained at” then defaults to now."
            input={
              <input
                type="checkbox"
                id="isTrained"
                aria-describedby="isTrained-hint"
                {...register('isTrained', {
                  onChange: (event: ChangeEvent<HTMLInputElement>) =>
                    trainingState.onTrainedChange(event.target.checked),
                })}
              />
            }
          />
          {/* The newer API sets the completion time itself and stores weights as content files. */}
          {firstGeneration && (
            <div className={styles.pair}>
              <Field id="trainedAt" label="Trained at" optional hint="Your local time." error={err('trainedAt')}>
                <input
                  id="trainedAt"
                  type="datetime-local"
                  className={styles.input}
                  {...register('trainedAt')}
                  {...describe('trainedAt', { hint: true, error: err('trainedAt') })}
                />
              </Field>
              <Field
                id="modelContentId"
                label="Model content id"
                optional
                hint="Id of the stored weights in content storage."
                error={err('modelContentId')}
              >
                <input
                  id="modelContentId"
                  className={[styles.input, styles.mono].join(' ')}
                  autoComplete="off"
                  spellCheck={false}
                  {...register('modelContentId')}
                  {...describe('modelContentId', { hint: true, error: err('modelContentId') })}
                />
              </Field>
            </div>
          )}
        </Section>

        <Section
          title="Training classes"
          titleId="trainingClasses-heading"
          description="Average precision and annotation counts per class and annotation type."
          wide
        >
          {firstGeneration || trainingAnnotations ? (
            <TrainingClassesEditor headingId="trainingClasses-heading" />
          ) : (
            <p className={styles.hint}>{NO_CLASS_COUNTS}</p>
          )}
        </Section>

        {newer && (
          <Section title="Training parameters" description="The hyper-parameters the run used.">
            <JsonObjectEditor field="trainingParameters" />
          </Section>
        )}

        <Section title="Metadata" description="Anything else worth keeping with the model.">
          <MetaEditor />
        </Section>

        <div className={styles.actionBar}>
          {serverError && (
            <div role="alert" className={styles.formAlert}>
              <p>{serverError} Your input stays here and on this device until it is saved.</p>
              <Button size="sm" disabled={isSubmitting} onClick={() => void handleSubmit(save)()}>
                Retry
              </Button>
            </div>
          )}
          <div className={styles.actionButtons}>
            <Link to={cancelTo} className={buttonClass('secondary')}>
              Cancel
            </Link>
            <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
              {isSubmitting && <span className={styles.spinner} aria-hidden />}
              {mode === 'create' ? 'Create model' : 'Save changes'}
            </Button>
          </div>
        </div>
      </form>
      {props.mode === 'create' && newSliceOpened && (
        <Suspense fallback={null}>
          <NewSliceDialog
            request={newSlice}
            onClose={() => setNewSlice(null)}
            onCreate={props.onCreateSlice}
            onCreated={(slice) => {
              if (newSlice) setValue(newSlice.field, [...getValues(newSlice.field), slice.id], { shouldDirty: true });
              setNewSlice(null);
            }}
          />
        </Suspense>
      )}
      <UnsavedChangesGuard
        dirty={isDirty}
        leaving={leaving}
        onDiscard={() => {
          leaving.current = true;
          clearDraft(draftKey);
        }}
      />
    </FormProvider>
  );
}

function Section({
  title,
  titleId,
  description,
  wide = false,
  children,
}: {
  title: string;
  titleId?: string;
  description: string;
  /** Intro above the fields instead of beside them (tables). */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={[styles.section, wide ? styles.wide : ''].join(' ')}>
      <div className={styles.sectionIntro}>
        <h2 id={titleId} className={styles.sectionTitle}>
          {title}
        </h2>
        <p className={styles.sectionText}>{description}</p>
      </div>
      <div className={styles.sectionFields}>{children}</div>
    </section>
  );
}

function CheckboxField({ id, label, hint, input }: { id: string; label: string; hint: string; input: ReactNode }) {
  return (
    <div className={styles.checkField}>
      {input}
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
    </div>
  );
}

function BaselineInput({
  suggestions,
  error,
  optional,
}: {
  suggestions: readonly string[];
  error: string | undefined;
  /** With a task type to choose instead (newer API). */
  optional: boolean;
}) {
  const { register } = useFormContext<ModelFormValues>();
  const hint = `Architecture or checkpoint it starts from, e.g. yolov8n. It cannot be changed later.${
    optional ? ' Required unless you choose a task type.' : ''
  }`;
  return (
    <Field id="baselineModel" label="Baseline model" hint={hint} error={error}>
      <input
        id="baselineModel"
        className={styles.input}
        list="baseline-suggestions"
        autoComplete="off"
        {...register('baselineModel')}
        {...describe('baselineModel', { hint, error })}
      />
      <datalist id="baseline-suggestions">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </Field>
  );
}
