import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../api/history';
import { describeChanges } from './history-changes';

const event = (changes: HistoryEvent['changes'], kind: HistoryEvent['kind'] = 'UPDATED'): HistoryEvent => ({
  id: '1',
  modelId: 'm',
  modelName: 'detector',
  at: '2026-12-04T10:00:00.000Z',
  actor: 'team-ci',
  kind,
  changes,
});

const car = (ap: number | null, trainCount: number | null = null) => ({
  className: 'car',
  annotationType: 'box',
  ap,
  trainCount,
  validationCount: null,
});

describe('describeChanges', () => {
  it('spells out per-class changes: AP, counts, classes added and removed', () => {
    const person = { ...car(0.5), className: 'person' };
    expect(
      describeChanges(
        event([
          {
            field: 'trainingAnnotations',
            from: [car(0.81, 10), person],
            to: [car(0.85, 12), { ...car(0.7), className: 'bus' }],
          },
        ]),
      ),
    ).toEqual([
      'AP car 0.81 → 0.85',
      'Training annotations car 10 → 12',
      'Class bus added (AP 0.7)',
      'Class person removed',
    ]);
  });

  it('says status once (completedAt follows it), scores, report items and whole objects', () => {
    expect(
      describeChanges(
        event([
          { field: 'status', from: 'PENDING', to: 'COMPLETED' },
          { field: 'completedAt', from: null, to: '2026-12-04T10:00:00.000Z' },
          { field: 'scoreValue', from: null, to: 0.9099999999999999 },
          { field: 'trainingParameters', from: { lr: 1 }, to: { lr: 2 } },
          { field: 'trainingReport', from: { name: 'AP' }, to: { name: 'AP per class' } },
          { field: 'trainingReport', from: null, to: { name: 'PR curve' } },
          { field: 'description', from: 'x'.repeat(100), to: null },
        ]),
      ),
    ).toEqual([
      'Status PENDING → COMPLETED',
      'Score — → 0.91',
      'Training parameters changed',
      'Report item “AP” renamed to “AP per class”',
      'Report item “PR curve” added',
      `Description ${'x'.repeat(59)}… → —`,
    ]);
  });

  it('has no lines for a creation, pin or deletion: the title says it', () => {
    expect(describeChanges(event([{ field: 'isPinned', from: false, to: true }], 'PINNED'))).toEqual([]);
    expect(describeChanges(event([{ field: 'name', from: null, to: 'detector' }], 'CREATED'))).toEqual([]);
    expect(describeChanges(event([], 'DELETED'))).toEqual([]);
  });
});
