// The stub hosts speak what the real SDKs send: every v1.3.0 SDK document validates against the first-generation
// stub, every v1.9.0 SDK document against the newer one, and neither generation's model documents against the other.
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from '../graphql/graphql';
import { FIRST_GENERATION, NEWER_API } from './sdk-documents';
import { FIRST_GENERATION_SDL, NEWER_API_SDL } from './stub-schemas';

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
