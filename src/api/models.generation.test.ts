// The dashboard sends a host only documents its generation's schema accepts (README "Dashboard for a Superb AI
// host (proxy)"): every document of each set is validated against the contract's SDL of that generation, as the
// stub upstreams serve it (server/test-kit/stub-schemas.ts).
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from '../../server/graphql/graphql';
import { FIRST_GENERATION_SDL, NEWER_API_SDL, newerApiSdl } from '../../server/test-kit/stub-schemas';
import { withoutFields } from './document-without-fields';
import * as documents from './gql/graphql';
import { lackedFields } from './host-fields';
import { modelDocumentsFor } from './models.generation';
import { LOCAL_CAPABILITIES } from './schemas';

const names = (...list: Array<keyof typeof documents>) => list;

// Datasets and slices are the same in both generations (docs/api/newer-api.md §4.4).
const SHARED = names('DatasetsListDocument', 'DatasetDetailDocument', 'SlicesListDocument', 'CreateSliceDocument');

const SENT_TO: Record<'first' | 'newer', Array<keyof typeof documents>> = {
  first: [
    ...SHARED,
    ...names(
      'ModelsListFirstGenerationDocument',
      'ModelDetailFirstGenerationDocument',
      'ModelsByIdsFirstGenerationDocument',
      'CreateModelFirstGenerationDocument',
      'UpdateModelFirstGenerationDocument',
      'PinModelFirstGenerationDocument',
      'UnpinModelFirstGenerationDocument',
      'DeleteModelDocument',
    ),
  ],
  newer: [
    ...SHARED,
    ...names(
      'ModelsListNewerDocument',
      'ModelDetailNewerDocument',
      'CreateModelNewerDocument',
      'UpdateModelNewerDocument',
      'DeleteModelNewerDocument',
    ),
  ],
};

const SDL = { first: FIRST_GENERATION_SDL, newer: NEWER_API_SDL };

describe.each(['first', 'newer'] as const)('documents sent to a %s-generation host', (generation) => {
  const schema = buildSchema(SDL[generation]);
  it.each(SENT_TO[generation])('%s validates against that generation’s contract', (name) => {
    const errors = validate(schema, parse(String(documents[name])));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

// A v1.4.0-era host (docs/api/newer-api.md §3.6, §6.4) has no `contents`, `trainingAnnotations` or report item types:
// the newer documents it is sent leave them out, and then validate against that release's schema.
describe('documents sent to a v1.4.0-era host of the newer API', () => {
  const schema = buildSchema(newerApiSdl('v1.4.0'));
  const lacking = new Set(
    lackedFields({ ...LOCAL_CAPABILITIES, contents: false, trainingAnnotations: false, trainingReports: false }),
  );
  it.each(SENT_TO.newer)('%s, without those fields, validates', (name) => {
    const selectsModels = /^(ModelsList|ModelDetail|CreateModel|UpdateModel)Newer/.test(name);
    // As written, each document that selects a model names what such a host lacks, and is rejected.
    expect(validate(schema, parse(String(documents[name]))).length > 0).toBe(selectsModels);
    const { query } = withoutFields(String(documents[name]), lacking);
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('create and update no longer declare the training annotations they cannot send', () => {
    const create = withoutFields(String(documents.CreateModelNewerDocument), lacking);
    expect(create.query).not.toMatch(/trainingAnnotations|contents|trainingReport|TrainingReportItemFields/);
    expect([...create.droppedVariables]).toEqual(['trainingAnnotations']);
  });
});

describe('documents the other generation rejects', () => {
  it.each([
    ['first', 'ModelsListNewerDocument'],
    ['newer', 'ModelsListFirstGenerationDocument'],
    ['first', 'ModelsListDocument'],
    ['newer', 'ModelsListDocument'],
  ] as const)('a %s-generation host rejects %s', (generation, name) => {
    expect(validate(buildSchema(SDL[generation]), parse(String(documents[name])))).not.toEqual([]);
  });
});

describe('modelDocumentsFor', () => {
  const proxy = (firstGeneration: boolean, newerGeneration: boolean) =>
    modelDocumentsFor({
      mode: 'proxy',
      firstGeneration,
      newerGeneration,
      trainingReports: false,
      contents: false,
      trainingAnnotations: false,
      history: false,
      diagnoses: false,
    });
  it('sends both generations’ fields to the local catalog and a hybrid host, and one generation’s otherwise', () => {
    expect(modelDocumentsFor(LOCAL_CAPABILITIES)).toBe('both');
    expect(proxy(true, true)).toBe('both');
    expect(proxy(true, false)).toBe('first');
    expect(proxy(false, true)).toBe('newer');
    // Unrecognised host: today's documents, whose errors say what went wrong.
    expect(proxy(false, false)).toBe('first');
  });
});
