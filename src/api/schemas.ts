// Input rules shared by the dashboard's forms and the server's resolvers (README §12).
// Pure: imports only zod (./zod), so both sides can load it.
import { z } from './zod';

export const LIMITS = {
  nameMax: 200,
  descriptionMax: 10_000,
  contentIdMax: 1_000,
  classesMax: 1_000,
  metaBytesMax: 256 * 1024,
  metaDepthMax: 32,
  pageLengthMin: 1,
  pageLengthMax: 50,
  pageLengthDefault: 10,
  filterIdsMax: 10_000,
  filterTextMax: 1_000,
  discriminatorValuesMax: 1_000,
} as const;

/**
 * 10000 → "10,000", as toLocaleString('en') writes it, without Intl: formatting through ICU when these
 * rules load would keep its number data resident in the server (~5 MB, README "Performance").
 */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

// Enums of the newer models API (newer-api.md §3.1); GraphQL checks them too, these give the types.
export const MODEL_STATUSES = ['PENDING', 'PREPARING', 'IN_PROGRESS', 'COMPLETED', 'FAILED'] as const;
export const MODEL_TASK_TYPES = ['OBJECT_DETECTION', 'INSTANCE_SEGMENTATION', 'OCR'] as const;
export const REPORT_ITEM_TYPES = [
  'PIE',
  'HORIZONTAL_BAR',
  'VERTICAL_BAR',
  'HEATMAP',
  'TABLE',
  'LINE_CHART',
  'SCATTER_PLOT',
  'HISTOGRAM',
  'METRICS',
  'CONFUSION_MATRIX',
] as const;
/**
 * What the server behind the dashboard can do (GET /api/capabilities, README "API generations"): the local
 * catalog speaks both generations; in proxy mode, what the Superb AI host was found to speak.
 */
export interface Capabilities {
  mode: 'local' | 'proxy';
  /** First generation (SDK ≤ v1.3.0): baseline, per-class AP, meta, pinModel. */
  firstGeneration: boolean;
  /** Newer API (SDK v1.4–v1.9): status, task type, score, orderBy, training parameters. */
  newerGeneration: boolean;
  /** Training report items with their chart type, and the content files their charts live in (SDK v1.5.0). */
  trainingReports: boolean;
  /** A newer-API model's files (`Model.contents`, file name → content id; SDK v1.5.1): its weights. */
  contents: boolean;
  /** A newer-API model's annotation counts per class (`Model.trainingAnnotations`; SDK v1.6.0). */
  trainingAnnotations: boolean;
  /** modelHistory and datasetActivity: the local catalog's own extension (none through the proxy). */
  history: boolean;
  /** Diagnoses (evaluations, newer-api.md §4.1): SDK v1.6.4 and later. */
  diagnoses: boolean;
  /** Proxy mode: what the probes of docs/api/newer-api.md §6.3 found the host to speak. */
  hostApi?: HostApi;
}

/**
 * What a host of the newer API may lack (docs/api/newer-api.md §3.6), each found by its own probe of §6.4. The local
 * catalog has them all; a first-generation host none.
 */
export type NewerApiFeature = 'contents' | 'trainingAnnotations' | 'trainingReports' | 'diagnoses';

/** §6.3's verdicts (NEW, OLD, HYBRID, UNKNOWN, AUTH_FAILED, NOT_GRAPHQL) and a host that did not answer. */
export type HostApi = 'NEW' | 'OLD' | 'HYBRID' | 'UNKNOWN' | 'AUTH_FAILED' | 'NOT_GRAPHQL' | 'UNREACHABLE';

export const LOCAL_CAPABILITIES: Capabilities = {
  mode: 'local',
  firstGeneration: true,
  newerGeneration: true,
  trainingReports: true,
  contents: true,
  trainingAnnotations: true,
  history: true,
  diagnoses: true,
};

export const MODEL_ORDER_FIELDS = ['createdAt', 'updatedAt', 'completedAt', 'name', 'scoreValue'] as const;
/** Diagnoses: no PREPARING (newer-api.md §4.1). They sort by the same fields as models. */
export const DIAGNOSIS_STATUSES = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED'] as const;

export type ModelStatus = (typeof MODEL_STATUSES)[number];
export type ModelTaskType = (typeof MODEL_TASK_TYPES)[number];
export type ReportItemType = (typeof REPORT_ITEM_TYPES)[number];
export type DiagnosisStatus = (typeof DIAGNOSIS_STATUSES)[number];

// PostgreSQL cannot store NUL in text, and UTF-8 storage replaces an unpaired surrogate: such text is
// refused rather than failing in the database or being stored differently than it was sent.
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** False for text that cannot be stored as sent (NUL, unpaired surrogates). */
const isStorableText = (text: string) => !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);

const unstorable = (label: string) => `${label} must not contain NUL or unpaired surrogate characters`;

/** A trimmed display name: dataset, slice, model and baseline names. */
export const nameSchema = (label = 'Name') =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} must not be empty`)
    .max(LIMITS.nameMax, `${label} must be at most ${LIMITS.nameMax} characters`)
    .refine(isStorableText, unstorable(label));

export const descriptionSchema = z
  .string()
  .max(LIMITS.descriptionMax, `Description must be at most ${grouped(LIMITS.descriptionMax)} characters`)
  .refine(isStorableText, unstorable('Description'))
  .nullish();

/** A content id as stored (content storage ids are opaque text). */
const contentIdSchema = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(LIMITS.contentIdMax, `${label} must be at most ${LIMITS.contentIdMax} characters`)
    .refine(isStorableText, unstorable(label));

export const modelContentIdSchema = contentIdSchema('Model content id').nullish();

const countSchema = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be 0 or more`)
    .max(2_147_483_647, `${label} is too large`)
    .nullish();

export const dataCountSchema = countSchema('Data count');

export const apSchema = z
  .number({ error: 'AP must be a number between 0 and 1' })
  .min(0, 'AP must be between 0 and 1')
  .max(1, 'AP must be between 0 and 1')
  .nullish();

const classNameSchema = z
  .string({ error: 'Class is required' })
  .trim()
  .min(1, 'Class name must not be empty')
  .max(LIMITS.nameMax, `Class name must be at most ${LIMITS.nameMax} characters`)
  .refine(isStorableText, unstorable('Class name'));

const annotationTypeSchema = z
  .string()
  .trim()
  .max(LIMITS.nameMax, `Annotation type must be at most ${LIMITS.nameMax} characters`)
  .refine(isStorableText, unstorable('Annotation type'))
  .nullish();

export const trainClassSchema = z.object({
  class: classNameSchema,
  annotationType: annotationTypeSchema,
  ap: apSchema,
  trainingAnnotationsCount: countSchema('Training annotations'),
  validationAnnotationsCount: countSchema('Validation annotations'),
});

/** A list of classes, at most LIMITS.classesMax, none twice with the same annotation type. */
function classListSchema<Item extends z.ZodType<{ annotationType?: string | null | undefined }>>(
  item: Item,
  nameKey: 'class' | 'className',
) {
  return z
    .array(item)
    .max(LIMITS.classesMax, `A model can have at most ${grouped(LIMITS.classesMax)} classes`)
    .superRefine((classes, ctx) => {
      const seen = new Set<string>();
      classes.forEach((c, index) => {
        const name = String((c as Record<string, unknown>)[nameKey]);
        const key = `${name}\u0000${c.annotationType ?? ''}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, nameKey],
            message: `Class "${name}"${c.annotationType ? ` (${c.annotationType})` : ''} is listed twice`,
          });
        }
        seen.add(key);
      });
    });
}

export const trainingClassesSchema = classListSchema(trainClassSchema, 'class');

/** Depth of nested objects/arrays, the top-level object counting as 1. Iterative: hostile input can be deep. */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) max = depth;
    if (max > stopAt) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** A JSON object of at most LIMITS.metaDepthMax levels and LIMITS.metaBytesMax bytes (meta, trainingParameters, contents). */
const jsonObjectSchema = (label: string) =>
  z
    .custom<Record<string, unknown>>(
      (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
      `${label} must be a JSON object`,
    )
    .superRefine((value, ctx) => {
      if (jsonDepth(value, LIMITS.metaDepthMax) > LIMITS.metaDepthMax) {
        ctx.addIssue({ code: 'custom', message: `${label} must be at most ${LIMITS.metaDepthMax} levels deep` });
        return;
      }
      const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
      if (bytes > LIMITS.metaBytesMax) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} must be at most 256 KB as JSON (it is ${Math.ceil(bytes / 1024)} KB)`,
        });
      }
    });

export const metaSchema = jsonObjectSchema('Meta').nullish();

// ISO 8601 date-time: date, optional time with optional fraction, optional offset (none = UTC).
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Parses an ISO 8601 string to RFC 3339 UTC with milliseconds, or returns null when it is not one. */
export function parseDateTime(input: string): string | null {
  const m = ISO_DATE_TIME.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', offset = 'Z'] = m;
  if (m[4] === undefined && m[8] !== undefined) return null; // an offset needs a time
  const ms = Number((frac + '000').slice(0, 3));
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const [year, month, day, hour, minute, second] = fields;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null; // e.g. Feb 30
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || '0');
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const result = new Date(utc - offsetMinutes * 60_000);
  if (Number.isNaN(result.getTime()) || result.getUTCFullYear() < 1 || result.getUTCFullYear() > 9999) return null;
  return result.toISOString();
}

export const dateTimeSchema = z.string().transform((value, ctx) => {
  const parsed = parseDateTime(value);
  if (parsed === null) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value.slice(0, 60)}" is not an ISO 8601 date-time (e.g. 2025-11-04T09:07:46Z)`,
    });
    return z.NEVER;
  }
  return parsed;
});

export const pageLengthSchema = z
  .number()
  .int('length must be a whole number')
  .min(LIMITS.pageLengthMin, `length must be between ${LIMITS.pageLengthMin} and ${LIMITS.pageLengthMax}`)
  .max(LIMITS.pageLengthMax, `length must be between ${LIMITS.pageLengthMin} and ${LIMITS.pageLengthMax}`)
  .nullish()
  .transform((v) => v ?? LIMITS.pageLengthDefault);

const idSchema = z.string().refine(isStorableText, unstorable('An id'));
const idListSchema = z.array(idSchema).transform((ids) => [...new Set(ids)]);

// List filters: `must` conditions all hold, a match on any `not` condition excludes (README §6, §12).
const filterTextSchema = z
  .string()
  .max(LIMITS.filterTextMax, `nameContains must be at most ${grouped(LIMITS.filterTextMax)} characters`)
  .refine(isStorableText, unstorable('nameContains'))
  .nullish();
const filterListSchema = <T extends z.ZodType>(item: T, label: string) =>
  z
    .array(item)
    .max(LIMITS.filterIdsMax, `${label} accepts at most ${grouped(LIMITS.filterIdsMax)} values`)
    .nullish();
const filterIdsSchema = z
  .array(idSchema)
  .max(LIMITS.filterIdsMax, `idIn accepts at most ${grouped(LIMITS.filterIdsMax)} ids`)
  .nullish();

export const modelFilterOptionsSchema = z.object({
  nameContains: filterTextSchema,
  idIn: filterIdsSchema,
  isPinned: z.boolean().nullish(),
  isTrained: z.boolean().nullish(),
  // Newer API (README "API generations").
  statusIn: filterListSchema(z.enum(MODEL_STATUSES), 'statusIn'),
  taskTypeIn: filterListSchema(z.enum(MODEL_TASK_TYPES), 'taskTypeIn'),
  createdByIn: filterListSchema(z.string().refine(isStorableText, unstorable('createdByIn')), 'createdByIn'),
  scoreKeyIn: filterListSchema(z.string().refine(isStorableText, unstorable('scoreKeyIn')), 'scoreKeyIn'),
});

export const modelFilterSchema = z
  .object({ must: modelFilterOptionsSchema.nullish(), not: modelFilterOptionsSchema.nullish() })
  .nullish();

/** Slice and dataset list filters. */
export const nameFilterOptionsSchema = z.object({ nameContains: filterTextSchema, idIn: filterIdsSchema });

export const nameFilterSchema = z
  .object({ must: nameFilterOptionsSchema.nullish(), not: nameFilterOptionsSchema.nullish() })
  .nullish();

/** createModel arguments. Omitted optional fields stay undefined; explicit nulls stay null. */
export const createModelInputSchema = z.object({
  name: nameSchema('Name'),
  description: descriptionSchema,
  baselineModel: nameSchema('Baseline model'),
  trainingClasses: trainingClassesSchema.nullish(),
  trainingSliceIds: idListSchema,
  validationSliceIds: idListSchema,
  modelContentId: modelContentIdSchema,
  isTrained: z.boolean().nullish(),
  trainedAt: dateTimeSchema.nullish(),
  isPinned: z.boolean().nullish(),
  meta: metaSchema,
});

/** updateModel arguments: omitted = unchanged, null clears a nullable field; name and isTrained cannot be null. */
export const updateModelInputSchema = z.object({
  name: nameSchema('Name').optional(),
  description: descriptionSchema,
  trainingClasses: trainingClassesSchema.nullish(),
  modelContentId: modelContentIdSchema,
  isTrained: z.boolean({ error: 'isTrained cannot be null' }).optional(),
  trainedAt: dateTimeSchema.nullish(),
  meta: metaSchema,
});

export const createDatasetInputSchema = z.object({
  name: nameSchema('Dataset name'),
  description: descriptionSchema,
});

export const updateDatasetInputSchema = z.object({
  name: nameSchema('Dataset name').optional(),
  description: descriptionSchema,
});

export const createSliceInputSchema = z.object({
  name: nameSchema('Slice name'),
  description: descriptionSchema,
  dataCount: dataCountSchema,
});

export const updateSliceInputSchema = z.object({
  name: nameSchema('Slice name').optional(),
  description: descriptionSchema,
  dataCount: dataCountSchema,
});

export type CreateModelInput = z.output<typeof createModelInputSchema>;
export type UpdateModelInput = z.output<typeof updateModelInputSchema>;

// ---- Newer models API (SDK v1.4–v1.9; README "API generations") ----

const enumSchema = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of ${values.join(', ')}` });

/** Short free text: custom DAG id, score key and unit. */
const shortTextSchema = (label: string) =>
  z
    .string()
    .trim()
    .max(LIMITS.nameMax, `${label} must be at most ${LIMITS.nameMax} characters`)
    .refine(isStorableText, unstorable(label))
    .nullish();

export const trainingAnnotationSchema = z.object({
  className: classNameSchema,
  annotationType: annotationTypeSchema,
  trainCount: countSchema('Train count'),
  validationCount: countSchema('Validation count'),
});

export const trainingAnnotationsSchema = classListSchema(trainingAnnotationSchema, 'className');

/** contents: file name → content id, both non-empty text. */
export const contentsSchema = jsonObjectSchema('Contents')
  .superRefine((contents, ctx) => {
    for (const [file, id] of Object.entries(contents)) {
      if (file.trim() === '' || !isStorableText(file))
        ctx.addIssue({ code: 'custom', message: 'Contents file names must be non-empty text' });
      else if (typeof id !== 'string' || id.trim() === '' || id.length > LIMITS.contentIdMax || !isStorableText(id))
        ctx.addIssue({ code: 'custom', path: [file], message: `Contents "${file}" must name a content id (text)` });
    }
  })
  .nullish();

/** Fields of the newer API that create and update share (the dashboard's form checks them too). */
export const newerModelFields = {
  customDagId: shortTextSchema('Custom DAG id'),
  totalDataCount: countSchema('Total data count'),
  trainDataCount: countSchema('Train data count'),
  validationDataCount: countSchema('Validation data count'),
  trainingParameters: jsonObjectSchema('Training parameters').nullish(),
  trainSliceId: idSchema.nullish(),
  validationSliceId: idSchema.nullish(),
  scoreKey: shortTextSchema('Score key'),
  scoreValue: z.number({ error: 'Score value must be a number' }).nullish(),
  scoreUnit: shortTextSchema('Score unit'),
  contents: contentsSchema,
  trainingAnnotations: trainingAnnotationsSchema.nullish(),
};

type IssueSink = { addIssue(issue: { code: 'custom'; message: string; path: string[] }): void };

/** Two arguments for one thing (one per API generation) must not both be given. */
function oneOf(
  ctx: IssueSink,
  given: (value: unknown) => boolean,
  input: Record<string, unknown>,
  a: string,
  b: string,
) {
  if (given(input[a]) && given(input[b]))
    ctx.addIssue({ code: 'custom', path: [b], message: `Give ${a} or ${b}, not both` });
}

const isSet = (value: unknown) => value != null;
const isPassed = (value: unknown) => value !== undefined;

/**
 * createModel of either generation: the first gives baselineModel (and slice id lists), the newer API
 * taskType (and single slice ids); null means "not given" everywhere, as the newer SDK sends every key.
 */
export const createAnyModelInputSchema = z
  .object({
    ...createModelInputSchema.shape,
    baselineModel: nameSchema('Baseline model').nullish(),
    trainingSliceIds: idListSchema.nullish(),
    validationSliceIds: idListSchema.nullish(),
    ...newerModelFields,
    taskType: enumSchema(MODEL_TASK_TYPES, 'taskType').nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.baselineModel == null && input.taskType == null)
      ctx.addIssue({ code: 'custom', path: ['taskType'], message: 'taskType is required (or baselineModel)' });
    oneOf(ctx, isSet, input, 'trainingSliceIds', 'trainSliceId');
    oneOf(ctx, isSet, input, 'validationSliceIds', 'validationSliceId');
    oneOf(ctx, isSet, input, 'trainingClasses', 'trainingAnnotations');
  });

/** updateModel of either generation: omitted = unchanged, null clears a nullable field. */
export const updateAnyModelInputSchema = z
  .object({
    ...updateModelInputSchema.shape,
    ...newerModelFields,
    status: enumSchema(MODEL_STATUSES, 'status').optional(),
    taskType: enumSchema(MODEL_TASK_TYPES, 'taskType').optional(),
    isPinned: z.boolean({ error: 'isPinned cannot be null' }).optional(),
  })
  .superRefine((input, ctx) => {
    oneOf(ctx, isPassed, input, 'isTrained', 'status');
    oneOf(ctx, isPassed, input, 'trainingClasses', 'trainingAnnotations');
  });

/** How a model is named: by id (first generation `id`, newer API `modelId`) or, for lookups, by exact name. */
export type ModelRef = { id: string } | { name: string };

/** Exactly one of `id` and `modelId` (and `name` when `byName`) must be given. */
export const modelRefSchema = (byName: boolean) =>
  z
    .object({ id: idSchema.nullish(), modelId: idSchema.nullish(), name: z.string().nullish() })
    .transform((args, ctx): ModelRef => {
      const given = (['id', 'modelId', ...(byName ? ['name' as const] : [])] as const).filter((k) => args[k] != null);
      const [only, second] = given;
      if (only === undefined || second !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [second ?? 'modelId'],
          message: byName ? 'Give exactly one of id, modelId and name' : 'Give exactly one of id and modelId',
        });
        return z.NEVER;
      }
      return only === 'name' ? { name: args.name ?? '' } : { id: args[only] ?? '' };
    });

export const modelOrderBySchema = z
  .object({
    field: enumSchema(MODEL_ORDER_FIELDS, 'orderBy.field'),
    direction: enumSchema(['ASC', 'DESC'], 'orderBy.direction'),
  })
  .nullish();

export const createReportItemInputSchema = z.object({
  name: nameSchema('Report item name'),
  type: enumSchema(REPORT_ITEM_TYPES, 'type'),
  contentId: contentIdSchema('Content id').nullish(),
  description: descriptionSchema,
});

/** Omitted = unchanged; null clears contentId or description; name and type cannot be null. */
export const updateReportItemInputSchema = z.object({
  name: nameSchema('Report item name').optional(),
  type: enumSchema(REPORT_ITEM_TYPES, 'type').optional(),
  contentId: contentIdSchema('Content id').nullish(),
  description: descriptionSchema,
});

export type CreateAnyModelInput = z.output<typeof createAnyModelInputSchema>;
export type UpdateAnyModelInput = z.output<typeof updateAnyModelInputSchema>;
export type ModelOrderBy = NonNullable<z.output<typeof modelOrderBySchema>>;
export type CreateReportItemInput = z.output<typeof createReportItemInputSchema>;
export type UpdateReportItemInput = z.output<typeof updateReportItemInputSchema>;

// ---- Diagnoses (newer API, newer-api.md §4.1; README "API generations") ----

const discriminatorValueSchema = z
  .string({ error: 'Discriminator value must be text' })
  .trim()
  .min(1, 'Discriminator value must not be empty')
  .max(LIMITS.nameMax, `Discriminator value must be at most ${LIMITS.nameMax} characters`)
  .refine(isStorableText, unstorable('Discriminator value'));

/** e.g. ["0.5", "0.75", "0.9"]: each value once, in the order given. */
const discriminatorValuesSchema = z
  .array(discriminatorValueSchema)
  .max(
    LIMITS.discriminatorValuesMax,
    `discriminatorValues accepts at most ${grouped(LIMITS.discriminatorValuesMax)} values`,
  )
  .superRefine((values, ctx) => {
    const index = values.findIndex((v, i) => values.indexOf(v) !== i);
    if (index >= 0)
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `Discriminator value "${values[index]}" is listed twice`,
      });
  });

const { nameContains, idIn, createdByIn, scoreKeyIn } = modelFilterOptionsSchema.shape;
const diagnosisFilterOptionsSchema = z.object({
  nameContains,
  idIn,
  statusIn: filterListSchema(z.enum(DIAGNOSIS_STATUSES), 'statusIn'),
  createdByIn,
  scoreKeyIn,
});

export const diagnosisFilterSchema = z
  .object({ must: diagnosisFilterOptionsSchema.nullish(), not: diagnosisFilterOptionsSchema.nullish() })
  .nullish();

/** Diagnoses sort by the same fields as models (DiagnosisOrderField = ModelOrderField). */
export const diagnosisOrderBySchema = modelOrderBySchema;

/** Fields that createDiagnosis and updateDiagnosis share; null clears (or leaves unset). */
const diagnosisFields = {
  description: descriptionSchema,
  scoreKey: newerModelFields.scoreKey,
  scoreValue: newerModelFields.scoreValue,
  scoreUnit: newerModelFields.scoreUnit,
  diagnosisParameters: jsonObjectSchema('Diagnosis parameters').nullish(),
  contents: contentsSchema,
  sourceSliceId: idSchema.nullish(),
  targetSliceId: idSchema.nullish(),
  sourceDataCount: countSchema('Source data count'),
  targetDataCount: countSchema('Target data count'),
  diagnosisDataCount: countSchema('Diagnosis data count'),
  modelId: idSchema.nullish(),
  discriminatorKey: shortTextSchema('Discriminator key'),
  discriminatorValues: discriminatorValuesSchema.nullish(),
};

/** createDiagnosis arguments: the SDK sends every key, unset ones as null. */
export const createDiagnosisInputSchema = z.object({ name: nameSchema('Diagnosis name'), ...diagnosisFields });

/** updateDiagnosis arguments: omitted = unchanged, null clears; name and status cannot be null. */
export const updateDiagnosisInputSchema = z.object({
  name: nameSchema('Diagnosis name').optional(),
  status: enumSchema(DIAGNOSIS_STATUSES, 'status').optional(),
  ...diagnosisFields,
});

/** A diagnosis by `diagnosisId` or by exact `name`: exactly one of them. */
export const diagnosisRefSchema = z
  .object({ diagnosisId: idSchema.nullish(), name: z.string().nullish() })
  .transform((args, ctx): ModelRef => {
    if ((args.diagnosisId == null) === (args.name == null)) {
      ctx.addIssue({ code: 'custom', path: ['diagnosisId'], message: 'Give exactly one of diagnosisId and name' });
      return z.NEVER;
    }
    return args.diagnosisId != null ? { id: args.diagnosisId } : { name: args.name ?? '' };
  });

export const createDiagnosisReportItemInputSchema = createReportItemInputSchema.extend({
  discriminatorValue: discriminatorValueSchema.nullish(),
});

/** Omitted = unchanged; null clears contentId, description or discriminatorValue. */
export const updateDiagnosisReportItemInputSchema = updateReportItemInputSchema.extend({
  discriminatorValue: discriminatorValueSchema.nullish(),
});

export type DiagnosisFilter = z.output<typeof diagnosisFilterSchema>;
export type CreateDiagnosisInput = z.output<typeof createDiagnosisInputSchema>;
export type UpdateDiagnosisInput = z.output<typeof updateDiagnosisInputSchema>;
export type CreateDiagnosisReportItemInput = z.output<typeof createDiagnosisReportItemInputSchema>;
export type UpdateDiagnosisReportItemInput = z.output<typeof updateDiagnosisReportItemInputSchema>;
