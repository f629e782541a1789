// The stub hosts speak what the real SDKs send: every v1.3.0 SDK document validates against the first-generation
// stub, every v1.9.0 SDK document against the newer one, and neither generation's model documents against the other.
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from '../graphql/graphql';
import { FIRST_GENERATION, NEWER_API } from './sdk-documents';
import { FIRST_GENERATION_SDL, NEWER_API_SDL, newerApiSdl } from './stub-schemas';
import {
  PROBE_CONTENTS,
  PROBE_DIAGNOSES,
  PROBE_NEW,
  PROBE_TRAINING_ANNOTATIONS,
  PROBE_TRAINING_REPORT,
} from '../proxy/generation-probe';

const errorsOf = (sdl: string, document: string) =>
  validate(buildSchema(sdl), parse(document)).map((error) => error.message);

describe('stub host schemas', () => {
  it.each(Object.entries(FIRST_GENERATION))('the first generation accepts the v1.3.0 SDK’s %s', (_name, document) => {
    expect(errorsOf(FIRST_GENERATION_SDL, document)).toEqual([]);
  });

  it.each(Object.entries(NEWER_API))('the newer API accepts the v1.9.0 SDK’s %s', (_name, document) => {
    expect(errorsOf(NEWER_API_SDL, document)).toEqual([]);
  });

  it.each(['model', 'models', 'createModel', 'updateModel', 'deleteModel'] as const)(
    'each rejects the other generation’s %s',
    (name) => {
      expect(errorsOf(NEWER_API_SDL, FIRST_GENERATION[name])).not.toEqual([]);
      expect(errorsOf(FIRST_GENERATION_SDL, NEWER_API[name])).not.toEqual([]);
    },
  );
});

// Older releases of the newer API (docs/api/newer-api.md §3.6), as the §6.4 probes find them.
describe('stub hosts of older newer-API releases', () => {
  const probes = {
    contents: PROBE_CONTENTS,
    trainingAnnotations: PROBE_TRAINING_ANNOTATIONS,
    trainingReport: PROBE_TRAINING_REPORT,
    diagnoses: PROBE_DIAGNOSES,
  };
  const accepted = (sdl: string) =>
    Object.entries(probes)
      .filter(([, probe]) => errorsOf(sdl, probe).length === 0)
      .map(([name]) => name);

  it('v1.4.0 speaks the newer API without contents, trainingAnnotations, report item types and diagnoses', () => {
    const sdl = newerApiSdl('v1.4.0');
    expect(errorsOf(sdl, PROBE_NEW)).toEqual([]);
    expect(accepted(sdl)).toEqual([]);
    expect(errorsOf(sdl, NEWER_API.createModel)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Unknown argument "contents"/)]),
    );
  });

  it('v1.6.1 has all but diagnoses; v1.9.0 has all', () => {
    expect(accepted(newerApiSdl('v1.6.1'))).toEqual(['contents', 'trainingAnnotations', 'trainingReport']);
    expect(accepted(newerApiSdl('v1.9.0'))).toEqual(Object.keys(probes));
  });
});
