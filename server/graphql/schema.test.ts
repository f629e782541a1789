// The SDL stays within Latin-1 (README "Performance"). V8 stores a string holding any later character
// with two bytes per character; field names parsed from it became two-byte property keys, and one such
// key in an answer (totalCount) made every list page serialise as a two-byte string: twice the memory
// per answer, and a third more garbage collections under load.
import { describe, expect, it } from 'vitest';
import { typeDefs } from './schema';

describe('the schema SDL', () => {
  it('holds no character beyond Latin-1', () => {
    expect([...typeDefs].filter((char) => char.codePointAt(0)! > 0xff)).toEqual([]);
  });
});
