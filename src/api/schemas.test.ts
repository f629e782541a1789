import type * as z from 'zod';
import {
  apSchema,
  createModelInputSchema,
  dateTimeSchema,
  descriptionSchema,
  jsonDepth,
  LIMITS,
  metaSchema,
  modelContentIdSchema,
  nameSchema,
  parseDateTime,
  trainClassSchema,
  trainingClassesSchema,
  updateModelInputSchema,
} from './schemas';

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

/** `{ a: { a: … {} } }` with `depth` levels of objects. */
const nested = (depth: number): Record<string, unknown> => (depth <= 1 ? {} : { a: nested(depth - 1) });

describe('nameSchema', () => {
  const name = nameSchema('Name');
  it('trims and accepts up to 200 characters', () => {
    expect(name.parse('  yolo  ')).toBe('yolo');
    expect(name.parse('x'.repeat(200))).toHaveLength(200);
    expect(name.parse(` ${'x'.repeat(200)} `)).toHaveLength(200);
  });
  it('refuses 201 characters, empty and blank names', () => {
    expect(messages(name, 'x'.repeat(201))).toEqual(['Name must be at most 200 characters']);
    expect(messages(name, '')).toEqual(['Name must not be empty']);
    expect(messages(name, '   ')).toEqual(['Name must not be empty']);
    expect(messages(name, undefined)).toEqual(['Name is required']);
  });
  it('names the field it checks', () => {
    expect(messages(nameSchema('Baseline model'), '')).toEqual(['Baseline model must not be empty']);
  });
});

describe('descriptionSchema and modelContentIdSchema', () => {
  it('limit the description to 10,000 characters', () => {
    expect(descriptionSchema.parse('d'.repeat(10_000))).toHaveLength(10_000);
    expect(messages(descriptionSchema, 'd'.repeat(10_001))).toEqual(['Description must be at most 10,000 characters']);
    expect(descriptionSchema.parse(null)).toBeNull();
  });
  it('limit the content id to 1,000 characters after trimming', () => {
    expect(modelContentIdSchema.parse(` ${'c'.repeat(1_000)} `)).toHaveLength(1_000);
    expect(messages(modelContentIdSchema, 'c'.repeat(1_001))).toEqual([
      'Model content id must be at most 1000 characters',
    ]);
  });
});

describe('apSchema', () => {
  it('accepts 0, 1 and everything between', () => {
    for (const ap of [0, 0.5, 1]) expect(apSchema.parse(ap)).toBe(ap);
    expect(apSchema.parse(null)).toBeNull();
  });
  it('refuses values outside 0–1', () => {
    expect(messages(apSchema, -0.0001)).toEqual(['AP must be between 0 and 1']);
    expect(messages(apSchema, 1.0001)).toEqual(['AP must be between 0 and 1']);
  });
  it('refuses NaN, infinities and non-numbers', () => {
    for (const ap of [NaN, Infinity, -Infinity, '0.5']) {
      expect(messages(apSchema, ap)).toEqual(['AP must be a number between 0 and 1']);
    }
  });
});

describe('trainClassSchema', () => {
  it('accepts a full row and a class name alone', () => {
    const row = {
      class: ' car ',
      annotationType: 'box',
      ap: 0.8,
      trainingAnnotationsCount: 0,
      validationAnnotationsCount: 2_147_483_647,
    };
    expect(trainClassSchema.parse(row)).toEqual({ ...row, class: 'car' });
    expect(trainClassSchema.parse({ class: 'car' })).toEqual({ class: 'car' });
  });
  it('refuses negative and fractional counts', () => {
    expect(messages(trainClassSchema, { class: 'car', trainingAnnotationsCount: -1 })).toEqual([
      'Training annotations must be 0 or more',
    ]);
    expect(messages(trainClassSchema, { class: 'car', validationAnnotationsCount: 1.5 })).toEqual([
      'Validation annotations must be a whole number',
    ]);
    expect(messages(trainClassSchema, { class: 'car', trainingAnnotationsCount: NaN })).toEqual([
      'Training annotations must be a number',
    ]);
  });
  it('refuses an empty class name and long texts', () => {
    expect(messages(trainClassSchema, { class: '  ' })).toEqual(['Class name must not be empty']);
    expect(messages(trainClassSchema, { class: 'c'.repeat(201) })).toEqual([
      'Class name must be at most 200 characters',
    ]);
    expect(messages(trainClassSchema, { class: 'c', annotationType: 't'.repeat(201) })).toEqual([
      'Annotation type must be at most 200 characters',
    ]);
  });
});

describe('trainingClassesSchema', () => {
  const classes = (n: number) => Array.from({ length: n }, (_, i) => ({ class: `class ${i}` }));
  it('accepts 1,000 classes and refuses 1,001', () => {
    expect(trainingClassesSchema.parse(classes(1_000))).toHaveLength(1_000);
    expect(messages(trainingClassesSchema, classes(1_001))).toEqual(['A model can have at most 1,000 classes']);
  });
  it('refuses the same class and annotation type twice, on the later row', () => {
    const result = trainingClassesSchema.safeParse([
      { class: 'car', annotationType: 'box' },
      { class: 'car', annotationType: 'polygon' },
      { class: ' car', annotationType: 'box' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[2, 'class'], 'Class "car" (box) is listed twice'],
    ]);
  });
  it('treats a missing annotation type as one type', () => {
    expect(messages(trainingClassesSchema, [{ class: 'car' }, { class: 'car', annotationType: null }])).toEqual([
      'Class "car" is listed twice',
    ]);
  });
});

describe('metaSchema', () => {
  it('accepts objects up to 32 levels deep and refuses 33', () => {
    expect(jsonDepth(nested(32))).toBe(32);
    expect(metaSchema.parse(nested(32))).toEqual(nested(32));
    expect(messages(metaSchema, nested(33))).toEqual(['Meta must be at most 32 levels deep']);
  });
  it('counts arrays as levels', () => {
    expect(jsonDepth({ a: [[1]] })).toBe(3);
  });
  it('accepts exactly 256 KB of JSON and refuses one byte more', () => {
    const overhead = JSON.stringify({ a: '' }).length;
    const atLimit = { a: 'x'.repeat(LIMITS.metaBytesMax - overhead) };
    expect(metaSchema.safeParse(atLimit).success).toBe(true);
    expect(messages(metaSchema, { a: 'x'.repeat(LIMITS.metaBytesMax - overhead + 1) })).toEqual([
      'Meta must be at most 256 KB as JSON (it is 257 KB)',
    ]);
  });
  it('counts bytes, not characters', () => {
    const overhead = JSON.stringify({ a: '' }).length;
    const multiByte = { a: 'é'.repeat(Math.ceil((LIMITS.metaBytesMax - overhead) / 2) + 1) };
    expect(messages(metaSchema, multiByte)).toHaveLength(1);
  });
  it('refuses anything but an object', () => {
    for (const value of [[1], 'text', 3, true]) {
      expect(messages(metaSchema, value)).toEqual(['Meta must be a JSON object']);
    }
    expect(metaSchema.parse(null)).toBeNull();
  });
});

describe('dateTimeSchema', () => {
  it('reads a time without offset as UTC, keeping milliseconds of microseconds', () => {
    expect(dateTimeSchema.parse('2025-11-04T09:07:46.123456')).toBe('2025-11-04T09:07:46.123Z');
    expect(dateTimeSchema.parse('2025-11-04T09:07:46')).toBe('2025-11-04T09:07:46.000Z');
    expect(dateTimeSchema.parse('2025-11-04T09:07')).toBe('2025-11-04T09:07:00.000Z');
  });
  it('applies offsets', () => {
    expect(dateTimeSchema.parse('2025-11-04T09:07:46Z')).toBe('2025-11-04T09:07:46.000Z');
    expect(dateTimeSchema.parse('2025-11-04T09:07:46+09:00')).toBe('2025-11-04T00:07:46.000Z');
    expect(dateTimeSchema.parse('2025-11-04T09:07:46.5-0130')).toBe('2025-11-04T10:37:46.500Z');
  });
  it('accepts a date alone as midnight UTC', () => {
    expect(parseDateTime('2025-11-04')).toBe('2025-11-04T00:00:00.000Z');
  });
  it('refuses impossible and malformed dates', () => {
    for (const value of [
      '2025-02-30T00:00:00Z',
      '2025-13-01T00:00:00Z',
      '2025-11-04T24:00:00Z',
      '2025-11-04T09:60:00Z',
      '2025-11-04+01:00',
      '04/11/2025',
      'yesterday',
      '',
    ]) {
      expect(parseDateTime(value)).toBeNull();
      expect(messages(dateTimeSchema, value)[0]).toMatch(/is not an ISO 8601 date-time/);
    }
  });
});

describe('model inputs', () => {
  const create = {
    name: 'm',
    baselineModel: 'yolov8n',
    trainingSliceIds: ['a', 'a', 'b'],
    validationSliceIds: [],
  };
  it('createModel collapses duplicate slice ids and leaves omitted fields out', () => {
    expect(createModelInputSchema.parse(create)).toEqual({ ...create, trainingSliceIds: ['a', 'b'] });
  });
  it('createModel requires a baseline', () => {
    expect(messages(createModelInputSchema, { ...create, baselineModel: ' ' })).toEqual([
      'Baseline model must not be empty',
    ]);
  });
  it('updateModel keeps nulls that clear a field and refuses a null name or isTrained', () => {
    expect(updateModelInputSchema.parse({ description: null, meta: null })).toEqual({
      description: null,
      meta: null,
    });
    expect(messages(updateModelInputSchema, { isTrained: null })).toEqual(['isTrained cannot be null']);
    expect(updateModelInputSchema.safeParse({ name: null }).success).toBe(false);
  });
});
