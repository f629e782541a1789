import { render } from '@testing-library/react';
import { ApChart } from './ap-chart';
import { toClassRows } from '../../components/class-chart-data';

// recharts draws hundreds of SVG nodes in jsdom; a busy machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const rowsOf = (count: number) =>
  toClassRows(Array.from({ length: count }, (_, i) => ({ class: `class ${i + 1}`, ap: ((i * 37) % 100) / 100 })));

const bars = (container: HTMLElement) => container.querySelectorAll('.recharts-bar-rectangle');

describe('ApChart', () => {
  it.each([1, 8, 200])('draws one bar per class for %i classes', (count) => {
    const { container } = render(<ApChart rows={rowsOf(count)} width={800} />);
    expect(bars(container)).toHaveLength(count);
  });

  it('labels every class, truncating long names but keeping the full name on hover', () => {
    const rows = toClassRows([
      { class: 'car', ap: 0.91 },
      { class: 'a very long class name that cannot possibly fit in the axis', ap: 0.5 },
    ]);
    const { container } = render(<ApChart rows={rows} width={800} />);
    const labels = Array.from(container.querySelectorAll('.recharts-yAxis-tick-labels text')).map((t) => t.textContent);
    expect(labels[0]).toBe('car');
    expect(labels[1]).toMatch(/^a very long.*…$/);
    const titles = Array.from(container.querySelectorAll('.recharts-yAxis-tick-labels title')).map(
      (t) => t.textContent,
    );
    expect(titles).toEqual(['car', 'a very long class name that cannot possibly fit in the axis']);
  });

  it('colours bars by audit band', () => {
    const rows = toClassRows([
      { class: 'low', ap: 0.3 },
      { class: 'high', ap: 0.95 },
    ]);
    const { container } = render(<ApChart rows={rows} width={800} />);
    const fills = Array.from(container.querySelectorAll('.recharts-bar-rectangle path')).map((p) =>
      p.getAttribute('fill'),
    );
    expect(fills).toEqual(['#e5484d', '#2f9e63']);
  });

  it('fills its container when no width is given', () => {
    const { container } = render(<ApChart rows={rowsOf(3)} />);
    expect(bars(container)).toHaveLength(3);
  });
});
