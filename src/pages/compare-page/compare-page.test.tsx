import { screen, waitFor, within } from '@testing-library/react';
import { delay, graphql, HttpResponse } from 'msw';
import { buildDataset, buildModel, buildTrainClass } from '../../api/mocks/factories';
import { mockDb } from '../../api/mocks/db';
import { server } from '../../api/mocks/node';
import type { ModelDetail, TrainClass } from '../../api/models';
import { renderRoute } from '../../test/render';

const dataset = () => {
  const d = buildDataset({ name: 'Traffic' });
  mockDb.datasets.push(d);
  return d.id;
};

const cls = (name: string, ap: number | null, extra: Partial<TrainClass> = {}) =>
  buildTrainClass({ class: name, ap, ...extra });

function addModel(datasetId: string, name: string, classes: TrainClass[], extra: Partial<ModelDetail> = {}) {
  const model = buildModel({
    datasetId,
    name,
    isTrained: true,
    trainedAt: '2025-03-01T10:00:00.000Z',
    trainingClasses: classes,
    ...extra,
  });
  mockDb.models.push(model);
  return model;
}

const compareUrl = (datasetId: string, search: string) => `/datasets/${datasetId}/compare?${search}`;
// The first render also loads the route chunk, which takes a while in jsdom.
const table = () => screen.findByRole('table', { name: /Per-class AP/ }, { timeout: 5000 });
const rowOf = (t: HTMLElement, header: string) => within(t).getByRole('rowheader', { name: header }).closest('tr')!;
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

function threeModels() {
  const d = dataset();
  const a = addModel(d, 'alpha', [cls('car', 0.8), cls('bus', 0.6)], { meta: { epochs: 50, lr: 0.01 } });
  const b = addModel(d, 'bravo', [cls('car', 0.9), cls('bus', 0.5), cls('truck', 0.7)], {
    meta: { epochs: 80, lr: 0.01 },
  });
  const c = addModel(d, 'charlie', [cls('car', 0.85)], { meta: { epochs: 50, lr: 0.01 } });
  return { d, a, b, c };
}

// jsdom draws recharts slowly: every interaction re-renders two charts.
describe('ComparePage', { timeout: 20_000 }, () => {
  it('shows a column per model and a row per class of any model, with deltas, best and gaps', async () => {
    const { d, a, b, c } = threeModels();
    renderRoute(compareUrl(d, `ids=${a.id},${b.id},${c.id}`));

    const t = await table();
    expect(
      within(t)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Class', 'alphabaseline', 'bravo', 'charlie']);
    expect(within(t).getByRole('columnheader', { name: 'alpha' })).toBeInTheDocument();
    expect(cellTexts(rowOf(t, 'car'))).toEqual(['0.800', '0.900↑ +0.100★best', '0.850↑ +0.050']);
    expect(cellTexts(rowOf(t, 'bus'))).toEqual(['0.600★best', '0.500↓ -0.100', 'not trained']);
    expect(cellTexts(rowOf(t, 'truck'))).toEqual(['not trained', '0.700', 'not trained']);
    expect(within(rowOf(t, 'car')).getByText('best')).toHaveClass('visually-hidden');
    expect(cellTexts(rowOf(t, 'Classes'))).toEqual(['2', '3', '1']);
  });

  it('uses the pinned model as baseline when the URL names none, and switching keeps it in the URL', async () => {
    const d = dataset();
    const a = addModel(d, 'alpha', [cls('car', 0.8)]);
    const b = addModel(d, 'bravo', [cls('car', 0.9)], { isPinned: true });
    const { user, router } = renderRoute(compareUrl(d, `ids=${a.id},${b.id}`));

    const baseline = await screen.findByRole('combobox', { name: 'Baseline' });
    expect(baseline).toHaveValue(b.id);
    expect(cellTexts(rowOf(await table(), 'car'))).toEqual(['0.800↓ -0.100', '0.900★best']);

    await user.selectOptions(baseline, a.id);
    expect(router.state.location.search).toContain(`baseline=${a.id}`);
    expect(cellTexts(rowOf(await table(), 'car'))).toEqual(['0.800', '0.900↑ +0.100★best']);
  });

  it('takes the baseline from the URL', async () => {
    const { d, a, b } = threeModels();
    renderRoute(compareUrl(d, `ids=${a.id},${b.id}&baseline=${b.id}`));
    expect(await screen.findByRole('combobox', { name: 'Baseline' })).toHaveValue(b.id);
    expect(cellTexts(rowOf(await table(), 'bus'))).toEqual(['0.600↑ +0.100★best', '0.500']);
  });

  it('lists unknown ids as not found and still compares the rest', async () => {
    const { d, a, b } = threeModels();
    const { user, router } = renderRoute(compareUrl(d, `ids=${a.id},nope,${b.id}`));

    const t = await table();
    expect(within(t).getAllByRole('columnheader')).toHaveLength(3);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('not found in this dataset: nope');
    await user.click(within(notice).getByRole('button', { name: 'Remove from comparison' }));
    expect(router.state.location.search).toBe(`?ids=${a.id},${b.id}`);
  });

  it('asks for another model when only one is chosen, and adds one found by name', async () => {
    const { d, a } = threeModels();
    const { user, router } = renderRoute(compareUrl(d, `ids=${a.id}`));

    expect(await screen.findByRole('heading', { name: 'Add another model' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'brav');
    await user.click(await screen.findByRole('button', { name: 'Add bravo' }));

    expect(router.state.location.search).toMatch(new RegExp(`ids=${a.id},`));
    expect(within(await table()).getByRole('columnheader', { name: 'bravo' })).toBeInTheDocument();
  });

  it('offers the picker when no model is chosen', async () => {
    const { d } = threeModels();
    renderRoute(compareUrl(d, ''));
    expect(await screen.findByRole('heading', { name: 'Choose models to compare' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Add alpha' })).toBeInTheDocument();
  });

  it('says so when more than 12 models are requested and compares the first 12', async () => {
    const d = dataset();
    const models = Array.from({ length: 14 }, (_, i) => addModel(d, `model ${i + 1}`, [cls('car', 0.5 + i / 100)]));
    const { user, router } = renderRoute(compareUrl(d, `ids=${models.map((m) => m.id).join(',')}`));

    const t = await table();
    expect(within(t).getAllByRole('columnheader')).toHaveLength(13);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('at most 12 models; 14 were requested');
    await user.click(within(notice).getByRole('button', { name: 'Drop the other 2' }));
    expect(router.state.location.search.split(',')).toHaveLength(12);
  });

  it('removes a model from the comparison', async () => {
    const { d, a, b, c } = threeModels();
    const { user, router } = renderRoute(compareUrl(d, `ids=${a.id},${b.id},${c.id}&baseline=${b.id}`));
    await table();
    await user.click(screen.getByRole('button', { name: 'Remove bravo' }));
    expect(router.state.location.search).toBe(`?ids=${a.id},${c.id}`);
    await waitFor(async () =>
      expect(within(await table()).queryByRole('columnheader', { name: 'bravo' })).not.toBeInTheDocument(),
    );
  });

  it('sorts classes and filters by difference, keeping both in the URL', async () => {
    const { d, a, b } = threeModels();
    const { user, router } = renderRoute(compareUrl(d, `ids=${a.id},${b.id}`));
    const t = await table();
    const classOrder = () =>
      within(t)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
        .slice(-3);
    expect(classOrder()).toEqual(['car', 'bus', 'truck'].sort());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort classes by' }), 'Baseline AP');
    expect(router.state.location.search).toContain('sort=-baseline');
    expect(classOrder()).toEqual(['car', 'bus', 'truck']);

    await user.type(screen.getByRole('spinbutton', { name: 'Only classes where models differ by more than' }), '0.05');
    await waitFor(() => expect(router.state.location.search).toContain('threshold=0.05'));
    expect(
      within(t)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toContain('car');
    expect(within(t).queryByRole('rowheader', { name: 'truck' })).not.toBeInTheDocument();
    expect(screen.getByText('1 class is hidden by the difference filter.')).toBeInTheDocument();
  });

  it('sorts the worst delta first once a baseline is chosen, and says so', async () => {
    const { d, a, b } = threeModels();
    const { user, router } = renderRoute(compareUrl(d, `ids=${a.id},${b.id}&baseline=${a.id}`));
    const t = await table();
    expect(screen.getByRole('combobox', { name: 'Sort classes by' })).toHaveValue('delta');
    expect(screen.getByRole('combobox', { name: 'Sort classes by' })).toHaveAccessibleDescription(
      'Sorted: worst delta first',
    );
    const classOrder = () =>
      within(t)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
        .slice(-3);
    expect(classOrder()).toEqual(['bus', 'car', 'truck']);
    // Name order, chosen over the default, is kept in the URL.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort classes by' }), 'Name');
    expect(router.state.location.search).toContain('sort=name');
    expect(classOrder()).toEqual(['bus', 'car', 'truck'].sort());
    expect(screen.getByText('Sorted: by name, A to Z')).toBeInTheDocument();
  });

  it('restores sort and threshold from the URL', async () => {
    const { d, a, b } = threeModels();
    renderRoute(compareUrl(d, `ids=${a.id},${b.id}&sort=delta&threshold=0.05`));
    await table();
    expect(screen.getByRole('combobox', { name: 'Sort classes by' })).toHaveValue('delta');
    expect(screen.getByRole('spinbutton', { name: 'Only classes where models differ by more than' })).toHaveValue(0.05);
  });

  it('copies a link to this view and confirms it', async () => {
    const { d, a, b } = threeModels();
    const { user } = renderRoute(compareUrl(d, `ids=${a.id},${b.id}&sort=-spread`));
    await table();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      `${window.location.origin}/datasets/${d}/compare?ids=${a.id},${b.id}&sort=-spread`,
    );
  });

  it('diffs the metadata, optionally showing differences only', async () => {
    const { d, a, b, c } = threeModels();
    const { user } = renderRoute(compareUrl(d, `ids=${a.id},${b.id},${c.id}`));
    await table();
    const section = screen.getByRole('heading', { name: 'Metadata' }).closest('section')!;
    const toggle = await within(section).findByRole('checkbox', { name: 'Differences only' });
    const paths = () =>
      within(section)
        .getAllByRole('rowheader')
        .map((h) => h.getAttribute('title'));
    expect(paths()).toEqual(['epochs', 'lr']);
    await user.click(toggle);
    expect(paths()).toEqual(['epochs']);
  });

  it('draws the grouped bar chart once its chunk has loaded', async () => {
    const { d, a, b } = threeModels();
    const { container } = renderRoute(compareUrl(d, `ids=${a.id},${b.id}`));
    await table();
    const bars = () =>
      Array.from(
        container.querySelectorAll('.compare-bar-series'),
        (p) => p.getAttribute('d')?.match(/M/g)?.length ?? 0,
      );
    await waitFor(() => expect(bars().reduce((sum, n) => sum + n, 0)).toBe(5));
    expect(container.querySelectorAll('.compare-not-trained')).toHaveLength(1);
  });

  it('keeps the comparison on screen while an added model loads', async () => {
    const { d, a, b, c } = threeModels();
    const { router } = renderRoute(compareUrl(d, `ids=${a.id},${b.id}`));
    await table();
    server.use(
      graphql.query('ModelDetail', async () => {
        await delay(1500);
        return HttpResponse.json({ data: { model: c } });
      }),
    );
    await router.navigate(compareUrl(d, `ids=${a.id},${b.id},${c.id}`));
    const chips = screen.getByRole('list', { name: 'Compared models' });
    expect(await within(chips).findByText('Loading…', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Per-class AP/ })).toBeInTheDocument();
    await waitFor(
      async () => expect(within(await table()).getByRole('columnheader', { name: 'charlie' })).toBeVisible(),
      {
        timeout: 5000,
      },
    );
  });
});
