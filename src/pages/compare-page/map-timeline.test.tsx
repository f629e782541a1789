import { render } from '@testing-library/react';
import { buildModel, buildTrainClass } from '../../api/mocks/factories';
import type { ModelDetail } from '../../api/models';
import { MapTimeline } from './map-timeline';
import { timelinePoints } from './timeline-points';

const model = (name: string, overrides: Partial<ModelDetail> = {}) =>
  buildModel({
    datasetId: 'd1',
    name,
    isTrained: true,
    trainedAt: '2025-03-01T10:00:00.000Z',
    trainingClasses: [buildTrainClass({ ap: 0.8 }), buildTrainClass({ class: 'bus', ap: 0.6 })],
    ...overrides,
  });

describe('timelinePoints', () => {
  it('places trained models by date and mAP, leaving out the ones that cannot be placed', () => {
    const points = timelinePoints([
      model('trained'),
      model('untrained', { isTrained: false }),
      model('no date', { trainedAt: null }),
      model('no AP', { trainingClasses: [buildTrainClass({ ap: null })] }),
    ]);
    expect(points).toEqual([
      { id: expect.any(String), name: 'trained', trainedAt: Date.UTC(2025, 2, 1, 10), map: 0.7, isPinned: false },
    ]);
  });
});

describe('MapTimeline', () => {
  it('draws every model, the compared ones in their colour, and rings the pinned one', () => {
    const a = model('a', { trainedAt: '2025-03-01T10:00:00.000Z' });
    const b = model('b', { trainedAt: '2025-03-05T10:00:00.000Z', isPinned: true });
    const c = model('c', { trainedAt: '2025-03-09T10:00:00.000Z' });
    const { container } = render(
      <MapTimeline models={[a, b, c]} compared={[{ id: a.id, name: 'a', color: '#0072B2' }]} width={800} />,
    );
    const fills = Array.from(container.querySelectorAll('.recharts-scatter-symbol path')).map((p) =>
      p.getAttribute('fill'),
    );
    expect(fills).toContain('#0072B2');
    expect(fills.filter((f) => f === '#8C8C8C')).toHaveLength(2);
    expect(container.querySelectorAll('.timeline-pinned')).toHaveLength(1);
  });

  it('labels both axes and writes four-digit years under the dates', () => {
    const a = model('a', { trainedAt: '2024-12-20T10:00:00.000Z' });
    const b = model('b', { trainedAt: '2025-01-09T10:00:00.000Z' });
    const { container } = render(<MapTimeline models={[a, b]} compared={[]} width={800} />);
    const labels = Array.from(container.querySelectorAll('.recharts-label')).map((l) => l.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Training date', 'mAP']));
    // The date ticks are the texts in two lines (recharts draws tick labels in a layer of their own).
    const ticks = Array.from(container.querySelectorAll('text'))
      .filter((t) => t.querySelectorAll('tspan').length === 2)
      .map((t) => t.textContent ?? '');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => t.includes('2024'))).toBe(true);
    expect(ticks.some((t) => t.includes('2025'))).toBe(true);
    for (const tick of ticks) expect(tick).toMatch(/^[A-Z][a-z]{2} \d{1,2}20\d\d$/);
  });
});
