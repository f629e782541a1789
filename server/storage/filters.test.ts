import { describe, expect, it } from 'vitest';
import { containsPattern, normalizeFilter } from './filters';

describe('normalizeFilter', () => {
  it('treats null, {} and {must:{}} as the same filter', () => {
    const keys = [
      null,
      undefined,
      {},
      { must: {} },
      { must: null, not: {} },
      { must: { nameContains: '' } },
      { not: { idIn: [] } },
    ].map((f) => normalizeFilter(f).key);
    expect(new Set(keys).size).toBe(1);
    expect(normalizeFilter(null).flagsOnly).toBe(true);
  });

  it('keeps an empty must.idIn (matches nothing) but drops an empty not.idIn (excludes nothing)', () => {
    expect(normalizeFilter({ must: { idIn: [] } }).matchesNothing).toBe(true);
    expect(normalizeFilter({ not: { idIn: [] } }).matchesNothing).toBe(false);
    expect(normalizeFilter({ not: { idIn: [] } }).key).toBe(normalizeFilter(null).key);
  });

  it('is case-insensitive and order-insensitive where semantics are', () => {
    expect(normalizeFilter({ must: { nameContains: 'ResNet' } }).key).toBe(
      normalizeFilter({ must: { nameContains: 'resnet' } }).key,
    );
    expect(normalizeFilter({ must: { idIn: ['b', 'a', 'b'] } }).key).toBe(
      normalizeFilter({ must: { idIn: ['a', 'b'] } }).key,
    );
    expect(normalizeFilter({ must: { isPinned: true } }).key).not.toBe(
      normalizeFilter({ not: { isPinned: true } }).key,
    );
  });

  it('marks filters that need a scan', () => {
    expect(normalizeFilter({ must: { isPinned: true }, not: { isTrained: false } }).flagsOnly).toBe(true);
    expect(normalizeFilter({ must: { nameContains: 'x' } }).flagsOnly).toBe(false);
    expect(normalizeFilter({ not: { idIn: ['a'] } }).flagsOnly).toBe(false);
  });
});

describe('containsPattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
