import { describe, expect, it } from 'vitest';
import { withoutFields } from './document-without-fields';

const without = (query: string, ...names: string[]) => withoutFields(query, new Set(names));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('withoutFields', () => {
  it('leaves out the fields and arguments, then the variables and fragments only they used', () => {
    const { query, droppedVariables } = without(
      `mutation M($id: ID!, $notes: [In!], $name: String) {
        update(id: $id, notes: $notes, name: $name) { id notes { ...Note } name }
      }
      fragment Note on Note { text ...Author }
      fragment Author on Note { author }`,
      'notes',
    );
    expect(squash(query)).toBe('mutation M($id: ID!, $name: String) { update(id: $id, name: $name) { id name } }');
    expect([...droppedVariables]).toEqual(['notes']);
  });

  it('keeps a variable another argument still uses', () => {
    const { query, droppedVariables } = without('query Q($a: ID) { x(a: $a, b: $a) { b y } }', 'b');
    expect(squash(query)).toBe('query Q($a: ID) { x(a: $a) { y } }');
    expect(droppedVariables.size).toBe(0);
  });

  it('refuses to leave a selection empty', () => {
    expect(() => without('{ x { a } }', 'a')).toThrow('Leaving out a leaves a selection empty.');
  });
});
