import { buildModel, buildSlice, buildTrainClass } from '../../api/mocks/factories';
import { findJsonSyntaxError } from './json-text';
import { parseClassesCsv } from './classes-csv';
import {
  changedFields,
  emptyClassRow,
  emptyModelForm,
  formFieldFor,
  modelFormSchema,
  toCreateVariables,
  toFormValues,
  toUpdateVariables,
  type ModelFormValues,
} from './model-form-schema';

const valid = (): ModelFormValues => ({ ...emptyModelForm(), name: 'm', baselineModel: 'b' });

const issues = (values: Partial<ModelFormValues>) => {
  const result = modelFormSchema.safeParse({ ...valid(), ...values });
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('modelFormSchema', () => {
  it('turns empty optional inputs into null', () => {
    expect(modelFormSchema.parse(valid())).toMatchObject({
      description: null,
      trainedAt: null,
      modelContentId: null,
      meta: null,
      trainingClasses: [],
    });
  });

  it('converts class rows typed as text and checks them with the shared rules', () => {
    const row = {
      class: ' car ',
      annotationType: '',
      ap: ' 1 ',
      trainingAnnotationsCount: '0',
      validationAnnotationsCount: '',
    };
    expect(modelFormSchema.parse({ ...valid(), trainingClasses: [row] }).trainingClasses).toEqual([
      { class: 'car', annotationType: null, ap: 1, trainingAnnotationsCount: 0, validationAnnotationsCount: null },
    ]);
    expect(issues({ trainingClasses: [{ ...emptyClassRow(), class: 'a', ap: '1.0001' }] })).toEqual([
      ['trainingClasses.0.ap', 'AP must be between 0 and 1'],
    ]);
    expect(issues({ trainingClasses: [{ ...emptyClassRow(), class: 'a', ap: 'NaN' }] })).toEqual([
      ['trainingClasses.0.ap', 'AP must be a number between 0 and 1'],
    ]);
  });

  it('reads datetime-local input as local time and sends ISO', () => {
    expect(modelFormSchema.parse({ ...valid(), trainedAt: '2025-03-04T05:06' }).trainedAt).toBe(
      new Date(2025, 2, 4, 5, 6).toISOString(),
    );
    expect(issues({ trainedAt: 'soon' })).toEqual([['trainedAt', 'Trained at must be a valid date and time']]);
  });

  it('parses meta JSON, reporting syntax errors by line and column', () => {
    expect(modelFormSchema.parse({ ...valid(), meta: '{"lr": 0.01}' }).meta).toEqual({ lr: 0.01 });
    expect(issues({ meta: '{\n  "lr": 0.01\n  "epochs": 3\n}' })).toEqual([
      ['meta', "Meta is not valid JSON: expected ',' or '}' at line 3, column 3"],
    ]);
    expect(issues({ meta: '"text"' })).toEqual([['meta', 'Meta must be a JSON object']]);
  });
});

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1}', null],
    ['{"a": [1, 2.5e3, -0, true, null, "\\u00e9\\n"]}', null],
    ['{', { reason: 'unexpected end of input', line: 1, column: 2 }],
    ['{"a": 1,}', { reason: 'expected a property name in double quotes', line: 1, column: 9 }],
    ["{'a': 1}", { reason: 'expected a property name in double quotes', line: 1, column: 2 }],
    ['{"a" 1}', { reason: "expected ':' after the property name", line: 1, column: 6 }],
    ['[1 2]', { reason: "expected ',' or ']'", line: 1, column: 4 }],
    ['{"a": 01}', { reason: "expected ',' or '}'", line: 1, column: 8 }],
    ['{"a": tru}', { reason: "expected a value, found 't'", line: 1, column: 7 }],
    ['{"a": "x\ny"}', { reason: 'line break or control character in string', line: 1, column: 9 }],
    ['{"a": "\\q"}', { reason: 'invalid escape in string', line: 1, column: 8 }],
    ['{}\n\n  x', { reason: 'unexpected text after the JSON value', line: 3, column: 3 }],
  ])('%j', (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
    if (expected === null) expect(() => JSON.parse(text) as unknown).not.toThrow();
    else expect(() => JSON.parse(text) as unknown).toThrow();
  });
});

describe('parseClassesCsv', () => {
  it('reads comma-separated lines, skipping a header and blank lines', () => {
    const lines = parseClassesCsv('class,type,ap,train,val\n\ncar,box,0.8,10,2\r\nbus,,,,\n');
    expect(lines).toEqual([
      {
        line: 3,
        row: {
          class: 'car',
          annotationType: 'box',
          ap: '0.8',
          trainingAnnotationsCount: '10',
          validationAnnotationsCount: '2',
        },
        error: null,
      },
      { line: 4, row: { ...emptyClassRow(), class: 'bus' }, error: null },
    ]);
  });

  it('reads tab-separated spreadsheet copies and quoted cells', () => {
    expect(
      parseClassesCsv('car\tbox\t0.5\n"a ""b"", c"\tpolygon').map((l) => [l.row.class, l.row.annotationType]),
    ).toEqual([
      ['car', 'box'],
      ['a "b", c', 'polygon'],
    ]);
    expect(parseClassesCsv('car;box;0.5').map((l) => l.row.ap)).toEqual(['0.5']);
  });

  it('reports each line’s first problem', () => {
    expect(
      parseClassesCsv('car,box,1.5\n,box\nbus,box,0.5,-1\nvan,box,0.5,1,2,3\ncar,polygon\ncar,box').map((l) => [
        l.line,
        l.error,
      ]),
    ).toEqual([
      [1, 'AP must be between 0 and 1'],
      [2, 'Class name must not be empty'],
      [3, 'Training annotations must be 0 or more'],
      [4, 'Expected at most 5 columns (class, type, ap, train, val), found 6'],
      [5, null],
      [6, null],
    ]);
  });

  it('rejects duplicates within the paste and against rows already in the table', () => {
    const existing = [{ ...emptyClassRow(), class: 'car', annotationType: 'box' }];
    expect(parseClassesCsv('car,box\nbus,box\nbus,box', existing).map((l) => l.error)).toEqual([
      'Class "car" (box) is listed twice',
      null,
      'Class "bus" (box) is listed twice',
    ]);
  });
});

describe('edit helpers', () => {
  const slice = buildSlice({ datasetId: 'd' });
  const model = buildModel({
    datasetId: 'd',
    description: 'desc',
    trainedAt: '2025-01-02T03:04:05.678Z',
    meta: { a: 1 },
    modelContent: { id: 'c1', downloadURL: null },
    trainingClasses: [buildTrainClass({ ap: null })],
    trainingSlices: [slice],
  });

  it('fills the form from a model', () => {
    const values = toFormValues(model);
    expect(values).toMatchObject({
      description: 'desc',
      modelContentId: 'c1',
      meta: '{\n  "a": 1\n}',
      trainingSliceIds: [slice.id],
      trainingClasses: [{ class: 'car', annotationType: 'box', ap: '', trainingAnnotationsCount: '1200' }],
    });
    expect(new Date(values.trainedAt).getMinutes()).toBe(4);
  });

  it('lists only the editable fields that changed and sends emptied ones as null', () => {
    const defaults = toFormValues(model);
    const edited = { ...defaults, description: '', name: 'new', baselineModel: 'ignored', trainingSliceIds: [] };
    const changed = changedFields(edited, defaults);
    expect(changed).toEqual(['name', 'description']);
    expect(toUpdateVariables('d', model.id, modelFormSchema.parse(edited), changed)).toEqual({
      datasetId: 'd',
      id: model.id,
      name: 'new',
      description: null,
    });
  });

  it('sends only set optional fields on create', () => {
    expect(toCreateVariables('d', modelFormSchema.parse(valid()))).toEqual({
      datasetId: 'd',
      name: 'm',
      baselineModel: 'b',
      trainingSliceIds: [],
      validationSliceIds: [],
      isTrained: false,
      isPinned: false,
    });
  });

  it('maps server fields onto form fields', () => {
    const all = Object.keys(modelFormSchema.shape) as Array<keyof ModelFormValues>;
    expect(formFieldFor('name', all, 0)).toBe('name');
    expect(formFieldFor('trainingClasses.1.ap', all, 2)).toBe('trainingClasses.1.ap');
    expect(formFieldFor('trainingClasses.1', all, 2)).toBe('trainingClasses.1.class');
    expect(formFieldFor('trainingClasses.5.ap', all, 2)).toBe('trainingClasses');
    expect(formFieldFor('trainingSliceIds.0', all, 0)).toBe('trainingSliceIds');
    expect(formFieldFor('baselineModel', ['name'], 0)).toBeUndefined();
    expect(formFieldFor('datasetId', all, 0)).toBeUndefined();
    expect(formFieldFor(undefined, all, 0)).toBeUndefined();
  });
});
