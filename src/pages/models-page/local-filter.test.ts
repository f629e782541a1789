import { describe, expect, it } from 'vitest';
import type { ModelFilter } from '../../api/gql/graphql';
import { buildModel } from '../../api/mocks/factories';
import { matchesFilter, narrows } from './local-filter';

describe('matchesFilter (the server’s rules, README §12)', () => {
  const model = buildModel({ datasetId: 'traffic', name: 'YOLOv8s-Night', isPinned: true, isTrained: false });

  it('matches a name substring ignoring case, and every must condition', () => {
    expect(matchesFilter(model, null)).toBe(true);
    expect(matchesFilter(model, { must: { nameContains: 'v8S-n' } })).toBe(true);
    expect(matchesFilter(model, { must: { nameContains: 'day' } })).toBe(false);
    expect(matchesFilter(model, { must: { nameContains: 'night', isPinned: true } })).toBe(true);
    expect(matchesFilter(model, { must: { nameContains: 'night', isTrained: true } })).toBe(false);
  });

  it('leaves out a model that meets any not condition', () => {
    expect(matchesFilter(model, { not: { nameContains: 'day', isTrained: true } })).toBe(true);
    expect(matchesFilter(model, { not: { nameContains: 'NIGHT', isTrained: true } })).toBe(false);
    expect(matchesFilter(model, { not: { isPinned: true } })).toBe(false);
  });
});

describe('narrows', () => {
  const cases: Array<[ModelFilter | null, ModelFilter | null, boolean]> = [
    [{ must: { nameContains: 'car' } }, null, true],
    [null, { must: { nameContains: 'car' } }, false],
    [{ must: { nameContains: 'Cars' } }, { must: { nameContains: 'car' } }, true],
    [{ must: { nameContains: 'ca' } }, { must: { nameContains: 'car' } }, false],
    [{ must: { nameContains: 'car', isPinned: true } }, { must: { isPinned: true } }, true],
    [{ must: { nameContains: 'car' } }, { must: { isPinned: true } }, false],
    [{ not: { nameContains: 'bus' } }, { not: { nameContains: 'buses' } }, true],
    [{ not: { nameContains: 'buses' } }, { not: { nameContains: 'bus' } }, false],
    [{ must: { statusIn: ['FAILED'] } }, { must: { statusIn: ['FAILED', 'COMPLETED'] } }, true],
    [{ not: { statusIn: ['FAILED'] } }, { not: { statusIn: ['FAILED', 'COMPLETED'] } }, false],
    // Conditions the browser cannot check are never answered locally.
    [{ must: { idIn: ['a'] } }, null, false],
    [{ must: { nameContains: 'car' } }, { must: { idIn: ['a'] } }, false],
  ];
  it.each(cases)('%j within %j: %s', (filter, wider, expected) => {
    expect(narrows(filter, wider)).toBe(expected);
  });
});
