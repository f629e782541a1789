import { configure, screen, waitFor, within } from '@testing-library/react';
import { reportFixtures } from '../../api/mocks/report-fixtures';
import { addMockReport } from '../../api/mocks/reports';
import { seedTrainedModels } from '../../api/mocks/seeds';
import { renderRoute } from '../../test/render';
import { overlayBars, sharedItems } from './report-overlays';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

const pick = (variant: number, ...names: string[]) => reportFixtures(variant).filter((f) => names.includes(f.name));

function seed() {
  const { dataset, models } = seedTrainedModels('alpha', 'bravo', 'charlie');
  const { alpha, bravo, charlie } = models;
  addMockReport(alpha.id, pick(0, 'AP per class', 'Precision–recall curve', 'Confusion matrix', 'Summary'));
  addMockReport(bravo.id, pick(1, 'AP per class', 'Precision–recall curve', 'Confusion matrix'));
  addMockReport(charlie.id, pick(2, 'Class balance'));
  return `/datasets/${dataset.id}/compare?ids=${alpha.id},${bravo.id},${charlie.id}`;
}

describe('Compare: training reports', () => {
  it('overlays bars and lines that share a name and puts confusion matrices side by side', async () => {
    renderRoute(seed());
    const section = await screen.findByRole('region', { name: 'Training reports' });

    // Every model's "AP per class" bars in one chart, one series per model, coloured like the comparison.
    let bars!: HTMLElement;
    await waitFor(() => {
      bars = within(section).getByRole('figure', { name: 'AP per class' });
      expect(bars.querySelector('svg.recharts-surface')).not.toBeNull();
    });
    const models = within(bars).getByRole('list', { name: 'Models' });
    expect(
      within(models)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['alpha', 'bravo']);
    expect(within(bars).getByRole('button', { name: 'Download AP per class as CSV' })).toBeInTheDocument();

    // The precision–recall curves: one line per model.
    let lines!: HTMLElement;
    await waitFor(() => {
      lines = within(section).getByRole('figure', { name: 'Precision–recall curve' });
      expect(lines.querySelectorAll('.recharts-line')).toHaveLength(2);
    });
    expect(
      within(within(lines).getByRole('list', { name: 'Series' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['alpha', 'bravo']);

    // Confusion matrices side by side, each an SVG table with counts.
    const matrices = within(section).getByRole('region', { name: 'Confusion matrix' });
    expect(await within(matrices).findByRole('table', { name: 'Confusion matrix · alpha' })).toBeInTheDocument();
    const bravoMatrix = within(matrices).getByRole('table', { name: 'Confusion matrix · bravo' });
    expect(within(bravoMatrix).getAllByRole('cell')[0]).toHaveTextContent('435');

    // Items only one model has are not compared.
    expect(within(section).queryByRole('figure', { name: /Summary|Class balance/ })).not.toBeInTheDocument();
  });

  it('builds one row per category with a value per model', () => {
    const columns = [
      { id: 'a', name: 'alpha', color: '#111111' },
      { id: 'b', name: 'bravo', color: '#222222' },
    ];
    const item = (type: 'VERTICAL_BAR', contentId: string) => ({
      id: contentId,
      name: 'AP per class',
      type,
      contentId,
      description: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: null,
    });
    const shared = sharedItems(columns, { a: [item('VERTICAL_BAR', 'c1')], b: [item('VERTICAL_BAR', 'c2')] });
    expect(shared.map((g) => [g.name, g.entries.map((e) => e.model.name)])).toEqual([
      ['AP per class', ['alpha', 'bravo']],
    ]);
    const report = (data: Array<{ category: string; value: number }>) => ({
      type: 'VERTICAL_BAR' as const,
      report: { x_axis_name: 'Class', y_axis_name: 'AP', data },
    });
    const overlay = overlayBars([
      { model: columns[0]!, data: report([{ category: 'car', value: 0.9 }]) },
      {
        model: columns[1]!,
        data: report([
          { category: 'bus', value: 0.5 },
          { category: 'car', value: 0.8 },
        ]),
      },
    ]);
    expect(overlay.rows).toEqual([
      { category: 'car', m0: 0.9, m1: 0.8 },
      { category: 'bus', m0: null, m1: 0.5 },
    ]);
    expect(overlay.series.map((s) => [s.name, s.color])).toEqual([
      ['alpha', '#111111'],
      ['bravo', '#222222'],
    ]);
    expect([overlay.categoryName, overlay.valueName, overlay.orientation]).toEqual(['Class', 'AP', 'columns']);
  });
});
