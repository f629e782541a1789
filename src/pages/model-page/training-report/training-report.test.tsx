import { configure, screen, waitFor, within } from '@testing-library/react';
import { mockDb } from '../../../api/mocks/db';
import { buildDataset, buildModel } from '../../../api/mocks/factories';
import { hostHandlers } from '../../../api/mocks/host-handlers';
import { server } from '../../../api/mocks/node';
import { reportFixtures, type ReportFixture } from '../../../api/mocks/report-fixtures';
import { addMockReport, putMockFile } from '../../../api/mocks/reports';
import { renderRoute } from '../../../test/render';

// The page, the section's chunk and recharts load on first use; a busy CI machine needs time for that.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed(fixtures: readonly ReportFixture[] = reportFixtures()) {
  const dataset = buildDataset({ name: 'Traffic' });
  const model = buildModel({ datasetId: dataset.id, name: 'detector v2' });
  mockDb.datasets.push(dataset);
  mockDb.models.push(model);
  const items = addMockReport(model.id, fixtures);
  return { items, url: `/datasets/${dataset.id}/models/${model.id}` };
}

const section = () => screen.findByRole('region', { name: 'Training report' });
const figure = (name: string) => screen.findByRole('figure', { name });
/** A card's figure is replaced when its file arrives: wait for what it should hold, then return the figure. */
async function figureWith(name: string, find: (figure: HTMLElement) => HTMLElement | null) {
  let found: HTMLElement | null = null;
  await waitFor(() => {
    found = find(screen.getByRole('figure', { name }));
    expect(found, name).not.toBeNull();
  });
  return screen.getByRole('figure', { name });
}
const chartOf = (figure: HTMLElement) => figure.querySelector<HTMLElement>('svg.recharts-surface');

describe('Training report section', () => {
  it('draws every item by its type, all ten', async () => {
    const { url } = seed();
    renderRoute(url);
    const report = await section();
    expect(within(report).getByRole('heading', { level: 2, name: 'Training report' })).toBeInTheDocument();

    // Drawn charts (recharts, lazy): a figure named after the item, with its PNG/SVG/CSV exports.
    for (const name of [
      'AP per class',
      'Annotations per class',
      'Class balance',
      'Precision–recall curve',
      'Box size against IoU',
      'Confidence distribution',
    ]) {
      const chart = await figureWith(name, chartOf);
      for (const format of ['PNG', 'SVG', 'CSV']) {
        expect(within(chart).getByRole('button', { name: `Download ${name} as ${format}` })).toBeInTheDocument();
      }
    }
    // AP values are written on the bars, not carried by colour alone.
    await waitFor(() => expect(within(report).getAllByText('0.91').length).toBeGreaterThan(0));
    expect(within(await figure('Class balance')).getByRole('list', { name: 'Class' })).toHaveTextContent('car: 5,200');

    // Matrices: an SVG table with counts in its cells.
    const matrix = await screen.findByRole('table', { name: 'Confusion matrix' });
    expect(within(matrix).getAllByRole('row')).toHaveLength(5);
    expect(within(matrix).getAllByRole('cell')).toHaveLength(16);
    expect(within(matrix).getAllByRole('cell')[0]).toHaveTextContent('420');
    const heatmap = await screen.findByRole('table', { name: 'IoU by size and class' });
    expect(within(heatmap).getAllByRole('cell')).toHaveLength(12);
    expect(within(heatmap).getByRole('rowheader', { name: 'medium' })).toBeInTheDocument();

    // TABLE: a table; METRICS: tiles of terms and values; both export as a drawn table.
    for (const name of ['Per-class metrics', 'Summary']) {
      const card = await figureWith(name, (f) => within(f).queryByRole('button', { name: `Download ${name} as CSV` }));
      for (const format of ['PNG', 'SVG', 'CSV']) {
        expect(within(card).getByRole('button', { name: `Download ${name} as ${format}` })).toBeInTheDocument();
      }
    }
    const table = await screen.findByRole('table', { name: 'Per-class metrics' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Class', 'Precision', 'Recall', 'AP']);
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    const tiles = await figureWith('Summary', (f) => within(f).queryAllByRole('term')[0] ?? null);
    expect(
      within(tiles)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['mAP@0.5', 'mAP@0.5:0.95', 'Epochs', 'Best checkpoint', 'Inference']);
    expect(within(tiles).getAllByRole('definition')[0]).toHaveTextContent('0.712');
  });

  it('shows a confusion matrix row-normalised and as a table', async () => {
    const confusion = reportFixtures().filter((f) => f.type === 'CONFUSION_MATRIX');
    const { url } = seed(confusion);
    const { user } = renderRoute(url);
    const grid = await screen.findByRole('table', { name: 'Confusion matrix' });
    const card = screen.getByRole('figure', { name: 'Confusion matrix' });
    // car row: 420 correct, then 3 + 16 + 29 confusions (fixture arithmetic).
    expect(within(grid).getAllByRole('cell')[0]).toHaveTextContent('420');

    await user.click(within(card).getByRole('checkbox', { name: 'Row-normalised' }));
    const normalised = within(card).getByRole('table', { name: 'Confusion matrix (row-normalised)' });
    const firstRow = within(normalised).getAllByRole('row')[1]!;
    const shares = within(firstRow)
      .getAllByRole('cell')
      .map((c) => Number(c.textContent?.replace('%', '')));
    expect(shares[0]).toBeGreaterThan(80);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99);

    await user.click(within(card).getByRole('button', { name: 'Show data table' }));
    const tableView = within(card)
      .getAllByRole('table')
      .find((t) => t.tagName === 'TABLE')!;
    expect(within(tableView).getByRole('rowheader', { name: 'person' })).toBeInTheDocument();
    expect(
      within(tableView)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['True class \\ Predicted class', 'car', 'person', 'bicycle', 'background']);
    expect(within(tableView).getAllByRole('row')[1]).toHaveTextContent(/^car\d+%/);
  });

  it('says in its card why a malformed or missing reports.json cannot be drawn, and draws the rest', async () => {
    const [bars, , , , , , , , table, metrics] = reportFixtures();
    const { url, items } = seed([
      {
        ...bars!,
        name: 'Broken bars',
        reports: { x_axis_name: 'Class', y_axis_name: 'AP', data: [{ category: 'car', value: 'high' }] },
      },
      { ...table!, name: 'Missing table', reports: undefined },
      metrics!,
      { ...metrics!, name: 'Not JSON' },
    ]);
    putMockFile(items[3]!.contentId!, 'reports.json', '{"data": [');
    renderRoute(url);

    await figureWith('Broken bars', (f) =>
      within(f).queryByText(
        /^This chart cannot be drawn\. reports\.json does not fit a VERTICAL_BAR chart at data\[0\]\.value: .*expected number/,
      ),
    );
    await figureWith('Missing table', (f) =>
      within(f).queryByText(/^This chart cannot be drawn\. This item has no reports\.json: it was never uploaded\.$/),
    );
    await figureWith('Not JSON', (f) => within(f).queryByText(/reports\.json is not valid JSON\./));
    // The healthy card is not affected.
    await figureWith('Summary', (f) => within(f).queryByText('mAP@0.5'));
  });

  it('says in a sentence that a model has no training report', async () => {
    const { url } = seed([]);
    renderRoute(url);
    expect(await within(await section()).findByText(/This model has no training report yet/)).toBeInTheDocument();
  });

  it('is hidden when the server records no training reports', async () => {
    server.use(...hostHandlers('first'));
    const { url } = seed();
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'detector v2' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Classes' });
    expect(screen.queryByRole('region', { name: 'Training report' })).not.toBeInTheDocument();
  });
});
