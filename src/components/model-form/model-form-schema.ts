// The create/edit form's schema: text inputs converted, then checked by the rules the server uses.
import { z } from '../../api/zod';
import type { CreateModelMutationVariables, UpdateModelMutationVariables } from '../../api/gql/graphql';
import type { ModelDetail } from '../../api/models';
import {
  dateTimeSchema,
  descriptionSchema,
  metaSchema,
  MODEL_STATUSES,
  MODEL_TASK_TYPES,
  modelContentIdSchema,
  nameSchema,
  newerModelFields,
  trainingClassesSchema,
} from '../../api/schemas';
import { isTrainingRecord } from '../model-status';
import { parseJsonText } from './json-text';

const blankToNull = (text: string) => (text.trim() === '' ? null : text);

/** A number typed as text: blank = no value, anything unparsable becomes NaN for the shared rule to reject. */
const toNumber = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** One training-classes row as typed: every cell is text. */
export const trainClassRowSchema = z.object({
  class: z.string(),
  annotationType: z.string(),
  ap: z.string(),
  trainingAnnotationsCount: z.string(),
  validationAnnotationsCount: z.string(),
});
export type TrainClassRow = z.output<typeof trainClassRowSchema>;

/** A typed row as the value the shared rules check. */
export const toTrainClass = (row: TrainClassRow) => ({
  class: row.class,
  annotationType: blankToNull(row.annotationType),
  ap: toNumber(row.ap),
  trainingAnnotationsCount: toNumber(row.trainingAnnotationsCount),
  validationAnnotationsCount: toNumber(row.validationAnnotationsCount),
});

/** `<input type="datetime-local">` gives local wall time without an offset; we send it as UTC ISO. */
function localDateTimeToIso(text: string, ctx: z.core.$RefinementCtx): string | null | undefined {
  if (text.trim() === '') return null;
  const date = new Date(text);
  if (!Number.isNaN(date.getTime())) return date.toISOString();
  ctx.addIssue({ code: 'custom', message: 'Trained at must be a valid date and time', input: text });
  return undefined;
}

/** A JSON text field (meta, training parameters): blank = none, a syntax error named by line and column. */
const parseJsonField =
  (label: string) =>
  (text: string, ctx: z.core.$RefinementCtx): unknown => {
    if (text.trim() === '') return null;
    const parsed = parseJsonText(text);
    if (parsed.ok) return parsed.value;
    const { reason, line, column } = parsed.error;
    ctx.addIssue({
      code: 'custom',
      message: `${label} is not valid JSON: ${reason} at line ${line}, column ${column}`,
      input: text,
    });
    return undefined;
  };

/**
 * What an input holds (`input`), converted, then checked by a shared rule (the server's) with its messages and
 * paths. Not `.pipe()`: its types demand the converted value match the rule's input exactly.
 */
function checkedBy<I extends z.ZodType, R extends z.ZodType>(
  input: I,
  convert: (value: z.output<I>, ctx: z.core.$RefinementCtx) => unknown,
  rule: R,
) {
  return input.transform((value, ctx): z.output<R> => {
    const result = rule.safeParse(convert(value, ctx));
    if (result.success) return result.data;
    for (const { message, path } of result.error.issues) ctx.addIssue({ code: 'custom', message, path, input: value });
    return z.NEVER;
  });
}

const BASELINE_REQUIRED = 'Baseline model must not be empty';

const modelFormFields = z.object({
  name: nameSchema('Name'),
  // Required unless a task type is chosen (the newer API's models have none; see the refine below).
  baselineModel: checkedBy(z.string(), blankToNull, nameSchema('Baseline model').nullable()),
  description: checkedBy(z.string(), blankToNull, descriptionSchema),
  trainingSliceIds: z.array(z.string()),
  validationSliceIds: z.array(z.string()),
  isTrained: z.boolean(),
  trainedAt: checkedBy(z.string(), localDateTimeToIso, dateTimeSchema.nullish()),
  modelContentId: checkedBy(z.string(), blankToNull, modelContentIdSchema),
  isPinned: z.boolean(),
  meta: checkedBy(z.string(), parseJsonField('Meta'), metaSchema),
  trainingClasses: checkedBy(z.array(trainClassRowSchema), (rows) => rows.map(toTrainClass), trainingClassesSchema),
  // Newer API (README "API generations"); the form shows these where the server speaks it.
  taskType: z.union([z.literal(''), z.enum(MODEL_TASK_TYPES)]).transform((value) => value || null),
  status: z.enum(MODEL_STATUSES),
  scoreKey: checkedBy(z.string(), blankToNull, newerModelFields.scoreKey),
  scoreValue: checkedBy(z.string(), toNumber, newerModelFields.scoreValue),
  scoreUnit: checkedBy(z.string(), blankToNull, newerModelFields.scoreUnit),
  customDagId: checkedBy(z.string(), blankToNull, newerModelFields.customDagId),
  trainingParameters: checkedBy(z.string(), parseJsonField('Training parameters'), newerModelFields.trainingParameters),
  trainSliceId: checkedBy(z.string(), blankToNull, newerModelFields.trainSliceId),
  validationSliceId: checkedBy(z.string(), blankToNull, newerModelFields.validationSliceId),
});

export const modelFormSchema = modelFormFields
  // Checked even while other fields have errors, so every missing field is named at once.
  .refine((values) => values.baselineModel != null || values.taskType != null, {
    message: BASELINE_REQUIRED,
    path: ['baselineModel'],
    when: ({ value }) => {
      const values = value as { baselineModel?: unknown; taskType?: unknown } | undefined;
      return values?.baselineModel === null && values.taskType === null;
    },
  });

/** For a host that speaks only the newer API, which has no baseline model: the form has no such field. */
export const modelFormSchemaWithoutBaseline = modelFormFields.extend({ baselineModel: z.string() });

export type ModelFormValues = z.input<typeof modelFormSchema>;
export type ModelFormOutput = z.output<typeof modelFormSchema>;
export type ModelFormField = keyof ModelFormValues;

/** Fields updateModel accepts (README §6, "API generations"); the others are fixed at creation. */
export const EDITABLE_FIELDS = [
  'name',
  'description',
  'trainingClasses',
  'modelContentId',
  'isTrained',
  'trainedAt',
  'meta',
  'taskType',
  'status',
  'scoreKey',
  'scoreValue',
  'scoreUnit',
  'customDagId',
  'trainingParameters',
  'trainSliceId',
  'validationSliceId',
] as const satisfies readonly ModelFormField[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const emptyClassRow = (): TrainClassRow => ({
  class: '',
  annotationType: '',
  ap: '',
  trainingAnnotationsCount: '',
  validationAnnotationsCount: '',
});

export const emptyModelForm = (): ModelFormValues => ({
  name: '',
  baselineModel: '',
  description: '',
  trainingSliceIds: [],
  validationSliceIds: [],
  isTrained: false,
  trainedAt: '',
  modelContentId: '',
  isPinned: false,
  meta: '',
  trainingClasses: [],
  taskType: '',
  status: 'PENDING',
  scoreKey: '',
  scoreValue: '',
  scoreUnit: '',
  customDagId: '',
  trainingParameters: '',
  trainSliceId: '',
  validationSliceId: '',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the local wall time a datetime-local input shows (minutes precision). */
export function toLocalDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));

/** A saved model as form values (the edit form's defaults). */
export function toFormValues(model: ModelDetail): ModelFormValues {
  return {
    name: model.name,
    baselineModel: model.baselineModel ?? '',
    description: text(model.description),
    trainingSliceIds: model.trainingSlices.map((s) => s.id),
    validationSliceIds: model.validationSlices.map((s) => s.id),
    isTrained: model.isTrained,
    trainedAt: model.trainedAt ? toLocalDateTime(new Date(model.trainedAt)) : '',
    modelContentId: text(model.modelContent?.id),
    isPinned: model.isPinned,
    meta: model.meta ? JSON.stringify(model.meta, null, 2) : '',
    trainingClasses: model.trainingClasses.map((c) => ({
      class: c.class,
      annotationType: text(c.annotationType),
      ap: text(c.ap),
      trainingAnnotationsCount: text(c.trainingAnnotationsCount),
      validationAnnotationsCount: text(c.validationAnnotationsCount),
    })),
    taskType: model.taskType ?? '',
    status: model.status,
    scoreKey: text(model.scoreKey),
    scoreValue: text(model.scoreValue),
    scoreUnit: text(model.scoreUnit),
    customDagId: text(model.customDagId),
    trainingParameters: model.trainingParameters ? JSON.stringify(model.trainingParameters, null, 2) : '',
    trainSliceId: text(model.trainSliceId),
    validationSliceId: text(model.validationSliceId),
  };
}

/** Optional fields left empty are not sent. */
const given = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null)) as Partial<T>;

/**
 * createModel variables: optional fields left empty are not sent. The slices go as the pickers' lists (the
 * newer API reads the first of each as trainSliceId/validationSliceId); the status as `isTrained` (createModel
 * has no status: a model starts PENDING, or COMPLETED when trained; see statusAfterCreate).
 */
export function toCreateVariables(datasetId: string, values: ModelFormOutput): CreateModelMutationVariables {
  const {
    description,
    modelContentId,
    trainedAt,
    meta,
    trainingClasses,
    baselineModel,
    status: _status,
    trainSliceId: _trainSliceId,
    validationSliceId: _validationSliceId,
    taskType,
    scoreKey,
    scoreValue,
    scoreUnit,
    customDagId,
    trainingParameters,
    ...required
  } = values;
  return {
    datasetId,
    ...required,
    ...given({ baselineModel, description, modelContentId, trainedAt, meta }),
    ...(trainingClasses.length > 0 && { trainingClasses }),
    ...given({ taskType, scoreKey, scoreValue, scoreUnit, customDagId, trainingParameters }),
  };
}

/** A status createModel cannot set (PREPARING, IN_PROGRESS, FAILED): the create page sets it right after. */
export const statusAfterCreate = ({ status }: ModelFormOutput) =>
  status === 'PENDING' || status === 'COMPLETED' ? null : status;

/** The editable fields whose typed values differ from the defaults. */
export function changedFields(values: ModelFormValues, defaults: ModelFormValues): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => JSON.stringify(values[field]) !== JSON.stringify(defaults[field]));
}

/** The saved model's training state, as isTrainingRecord reads it. */
type SavedState = Pick<ModelDetail, 'status' | 'taskType'>;

/**
 * The one of `isTrained` and `status` an update sends (the server refuses both; README "API generations"): a
 * training record of the newer API gets `status`; a first-generation model gets `isTrained` when the new status
 * is what it alone would set.
 */
function trainingStateField(
  values: ModelFormOutput,
  saved: SavedState,
  changed: readonly EditableField[],
): 'isTrained' | 'status' | null {
  if (!changed.includes('status')) return changed.includes('isTrained') ? 'isTrained' : null;
  if (isTrainingRecord(saved) || !changed.includes('isTrained')) return 'status';
  const byTrained = values.isTrained ? 'COMPLETED' : saved.status === 'COMPLETED' ? 'PENDING' : saved.status;
  return values.status === byTrained ? 'isTrained' : 'status';
}

/**
 * updateModel variables: only changed fields; an emptied optional field is sent as null (clears it). A task
 * type cannot be cleared, so an emptied one is not sent.
 */
export function toUpdateVariables(
  datasetId: string,
  id: string,
  values: ModelFormOutput,
  changed: readonly EditableField[],
  saved: SavedState = { status: values.status, taskType: null },
): UpdateModelMutationVariables {
  const variables: UpdateModelMutationVariables = { datasetId, id };
  const state = trainingStateField(values, saved, changed);
  for (const field of changed) {
    if ((field === 'isTrained' || field === 'status') && field !== state) continue;
    if (field === 'taskType' && values.taskType === null) continue;
    Object.assign(variables, { [field]: values[field] ?? null });
  }
  return variables;
}

const CLASS_FIELDS = new Set<string>(Object.keys(trainClassRowSchema.shape));

/**
 * The form field a server error blames (ApiError.field, e.g. `trainingClasses.0.ap`), or undefined when the
 * form has no such input (the error is then shown above the form).
 */
export function formFieldFor(
  apiField: string | undefined,
  editable: readonly ModelFormField[],
  rowCount: number,
): `${ModelFormField}` | `trainingClasses.${number}.${keyof TrainClassRow}` | undefined {
  if (!apiField) return undefined;
  const [head, index, column] = apiField.split('.');
  if (!editable.some((field) => field === head)) return undefined;
  const field = head as ModelFormField;
  if (field !== 'trainingClasses' || index === undefined) return field;
  const row = Number(index);
  if (!Number.isInteger(row) || row < 0 || row >= rowCount) return field;
  return `trainingClasses.${row}.${column && CLASS_FIELDS.has(column) ? (column as keyof TrainClassRow) : 'class'}`;
}
