import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { delay, graphql } from 'msw';
import type {
  DeleteModelMutation,
  DeleteModelMutationVariables,
  ModelsListQuery,
  ModelsListQueryVariables,
  PinModelMutation,
  PinModelMutationVariables,
} from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildTrainClass } from '../../api/mocks/factories';
import { errorResponse } from '../../api/mocks/handlers';
import { recordVariables, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

const DATASET = 'traffic';

// The route loads the page lazily; loading it once up front keeps the first test within findBy timeouts.
beforeAll(() => import('./models-page'));
// Many user-event interactions per test; the default 5 s is tight on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 8000 });
const url = (search = '') => `/datasets/${DATASET}/models${search}`;

function seed(count: number, build: (i: number) => Parameters<typeof buildModel>[0] = () => ({ datasetId: DATASET })) {
  mockDb.datasets.push(buildDataset({ id: DATASET, name: 'Traffic cameras' }));
  const models = Array.from({ length: count }, (_, i) => buildModel(build(i)));
  mockDb.models.push(...models);
  return models;
}

const spyOnModelsList = () => recordVariables<ModelsListQueryVariables>('query', 'ModelsList');

const rows = () => screen.getAllByRole('checkbox', { name: /^Select (?!all)/ });
const lastFilter = (calls: ModelsListQueryVariables[]) => calls.at(-1)?.filter;

describe('models page: table', () => {
  it('shows each model with its metrics, links and the New model action', async () => {
    seed(0);
    mockDb.models.push(
      buildModel({
        datasetId: DATASET,
        name: 'yolov8s-night',
        baselineModel: 'yolov8s',
        isTrained: true,
        trainedAt: new Date(Date.now() - 3 * 24 * 3600_000).toISOString(),
        trainingDataCount: 12480,
        trainingClasses: [buildTrainClass({ ap: 0.95 }), buildTrainClass({ class: 'bus', ap: 0.92 })],
      }),
      buildModel({ datasetId: DATASET, name: 'draft', trainingClasses: [] }),
      buildModel({ datasetId: DATASET, name: 'weak', trainingClasses: [buildTrainClass({ ap: 0.5 })] }),
    );
    renderRoute(url());

    const link = await screen.findByRole('link', { name: 'yolov8s-night' });
    const model = mockDb.models.find((m) => m.name === 'yolov8s-night');
    expect(link).toHaveAttribute('href', `/datasets/${DATASET}/models/${model?.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('0.935')).toBeInTheDocument();
    expect(within(row).getByText('High')).toBeInTheDocument();
    expect(within(row).getByText('Trained')).toBeInTheDocument();
    expect(within(row).getByText('3 days ago')).toBeInTheDocument();
    expect(within(row).getByText('12,480')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Pin yolov8s-night' })).toHaveAttribute('aria-pressed', 'false');

    const draft = screen.getByRole('link', { name: 'draft' }).closest('tr') as HTMLElement;
    expect(within(draft).getByText('—', { selector: 'span' })).toBeInTheDocument();
    expect(within(draft).getByText('Not trained')).toBeInTheDocument();
    const weak = screen.getByRole('link', { name: 'weak' }).closest('tr') as HTMLElement;
    expect(within(weak).getByText('Low')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: /New model/ })).toHaveAttribute('href', `/datasets/${DATASET}/models/new`);
    expect(screen.getByText(/mAP < 0.7/)).toBeInTheDocument();
  });

  it('shows skeleton rows while loading, then an error with Retry', async () => {
    seed(2);
    let fail = true;
    server.use(
      graphql.query('ModelsList', async () => {
        await delay(50);
        if (fail) return errorResponse('INTERNAL', 'Database is locked');
      }),
    );
    const { user } = renderRoute(url());
    expect(await screen.findByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('Database is locked')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('link', { name: /^model / })).toHaveLength(2);
  });

  it('sorts the loaded rows by a column header and keeps the sort in the URL', async () => {
    seed(3, (i) => ({
      datasetId: DATASET,
      name: `m${i}`,
      trainingClasses: [buildTrainClass({ ap: [0.8, 0.6, 0.9][i] })],
    }));
    const { user, router } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });

    await user.click(screen.getByRole('button', { name: /mAP/ }));
    expect(router.state.location.search).toBe('?sort=-map');
    expect(screen.getAllByRole('link', { name: /^m\d$/ }).map((a) => a.textContent)).toEqual(['m2', 'm0', 'm1']);
    expect(screen.getByRole('columnheader', { name: /mAP/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /mAP/ }));
    expect(router.state.location.search).toBe('?sort=map');
    expect(screen.getAllByRole('link', { name: /^m\d$/ }).map((a) => a.textContent)).toEqual(['m1', 'm0', 'm2']);
  });

  it('hides columns from the Columns menu and remembers the choice', async () => {
    seed(1);
    const first = renderRoute(url());
    await screen.findAllByRole('link', { name: /^model / });
    expect(screen.getByRole('columnheader', { name: /Baseline/ })).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: /Columns/ }));
    await first.user.click(screen.getByRole('checkbox', { name: 'Baseline' }));
    expect(screen.queryByRole('columnheader', { name: /Baseline/ })).not.toBeInTheDocument();
    first.unmount();

    renderRoute(url());
    await screen.findAllByRole('link', { name: /^model / });
    expect(screen.queryByRole('columnheader', { name: /Baseline/ })).not.toBeInTheDocument();
    localStorage.clear();
  });

  it('keeps the column choice in the URL, so a link or a reload shows the same columns', async () => {
    seed(1);
    const { user, router } = renderRoute(url());
    await screen.findAllByRole('link', { name: /^model / });
    await user.click(screen.getByRole('button', { name: /Columns/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Baseline' }));
    const columns = new URLSearchParams(router.state.location.search).get('columns')?.split(',');
    expect(columns).not.toContain('baseline');
    expect(columns).toEqual(expect.arrayContaining(['status', 'map', 'pin']));
    localStorage.clear();
  });

  it('shows the columns a link names, whatever was chosen before', async () => {
    seed(1);
    localStorage.setItem('model-catalog:models-table:hidden-columns', JSON.stringify(['map']));
    renderRoute(url('?columns=map,validationData'));
    await screen.findAllByRole('link', { name: /^model / });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, ''));
    expect(headers).toEqual(['', 'Name', 'mAP', 'Validation data']);
    localStorage.clear();
  });

  it('groups the loaded rows by a meta key', async () => {
    seed(3, (i) => ({ datasetId: DATASET, name: `m${i}`, meta: i < 2 ? { experiment_group: i ? 'b' : 'a' } : null }));
    const { user, router } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'experiment_group');
    expect(router.state.location.search).toBe('?group=experiment_group');
    const headers = screen.getAllByRole('columnheader').filter((h) => h.getAttribute('scope') === 'colgroup');
    expect(headers.map((h) => h.textContent)).toEqual([
      'experiment_group a1',
      'experiment_group b1',
      'experiment_group (none)1',
    ]);
  });
});

describe('models page: filters', () => {
  it('sends filter null, then the must/not conditions of every chip', async () => {
    seed(3);
    const calls = spyOnModelsList();
    const { user, router } = renderRoute(url());
    await screen.findAllByRole('link', { name: /^model / });
    expect(calls[0]).toEqual({ datasetId: DATASET, filter: null, cursor: null, length: 25 });

    const pinned = screen.getByRole('button', { name: 'Pinned' });
    expect(pinned).toHaveAttribute('aria-pressed', 'false');
    await user.click(pinned);
    expect(screen.getByRole('button', { name: 'Pinned' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(lastFilter(calls)).toEqual({ must: { isPinned: true } }));

    await user.click(screen.getByRole('button', { name: 'Pinned' }));
    expect(screen.getByRole('button', { name: 'Not pinned' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(lastFilter(calls)).toEqual({ not: { isPinned: true } }));

    await user.click(screen.getByRole('button', { name: 'Trained' }));
    await waitFor(() => expect(lastFilter(calls)).toEqual({ must: { isTrained: true }, not: { isPinned: true } }));

    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'yolo');
    await waitFor(() =>
      expect(lastFilter(calls)).toEqual({ must: { isTrained: true, nameContains: 'yolo' }, not: { isPinned: true } }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Exclude names containing' }), 'nano');
    await waitFor(() =>
      expect(lastFilter(calls)).toEqual({
        must: { isTrained: true, nameContains: 'yolo' },
        not: { isPinned: true, nameContains: 'nano' },
      }),
    );
    // Typing is debounced: one request per pause, not per key.
    expect(calls.filter((c) => c.filter?.must?.nameContains?.startsWith('y')).length).toBeLessThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'Not pinned' }));
    expect(screen.getByRole('button', { name: 'Pinned' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The unfiltered first page is still cached from the start: no new request, same rows.
    expect(await screen.findAllByRole('link', { name: /^model / })).toHaveLength(3);
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Trained' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('keeps the view in the URL: reload and Back restore it', async () => {
    seed(3, (i) => ({ datasetId: DATASET, name: `yolo ${i}`, isPinned: i === 0 }));
    const { user, router, unmount } = renderRoute(url());
    await screen.findAllByRole('link', { name: /^yolo/ });
    await user.click(screen.getByRole('button', { name: 'Pinned' }));
    await user.click(screen.getByRole('button', { name: 'Pinned' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'yolo');
    await waitFor(() => expect(router.state.location.search).toBe('?q=yolo&pinned=no'));
    await screen.findByText('2 matching models');

    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?pinned=no');
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue('');
    await act(() => router.navigate(1));
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue('yolo');
    unmount();

    const calls = spyOnModelsList();
    renderRoute(url('?q=yolo&pinned=no&trained=yes&exclude=v2&size=10'));
    expect(await screen.findByRole('searchbox', { name: 'Search models' })).toHaveValue('yolo');
    expect(screen.getByRole('textbox', { name: 'Exclude names containing' })).toHaveValue('v2');
    expect(screen.getByRole('button', { name: 'Not pinned' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Trained' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(calls[0]).toEqual({
        datasetId: DATASET,
        filter: { must: { nameContains: 'yolo', isTrained: true }, not: { nameContains: 'v2', isPinned: true } },
        cursor: null,
        length: 10,
      }),
    );
  });

  it('tells "no models yet" from "no matches"', async () => {
    seed(0);
    const first = renderRoute(url());
    expect(await screen.findByRole('heading', { name: 'No models yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create model' })).toHaveAttribute(
      'href',
      `/datasets/${DATASET}/models/new`,
    );
    first.unmount();

    mockDb.models.push(buildModel({ datasetId: DATASET, name: 'resnet' }));
    const { user, router } = renderRoute(url('?q=zzz'));
    expect(await screen.findByRole('heading', { name: 'No matches' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'resnet' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('focuses the search with "/" unless the user is typing', async () => {
    seed(1);
    const { user } = renderRoute(url());
    await screen.findAllByRole('link', { name: /^model / });
    const exclude = screen.getByRole('textbox', { name: 'Exclude names containing' });
    await user.click(exclude);
    await user.keyboard('/');
    expect(exclude).toHaveValue('/');
    exclude.blur();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveFocus();
  });
});

describe('models page: pagination', () => {
  it('walks cursor pages forwards and backwards, with the cursor stack in the URL', async () => {
    seed(60);
    const calls = spyOnModelsList();
    const { user, router, unmount } = renderRoute(url());
    expect(await screen.findByText('1–25 of 60')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();
    expect(calls).toContainEqual(expect.objectContaining({ cursor: 'offset:25', length: 25 }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('51–60 of 60')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(rows()).toHaveLength(10);
    const search = router.state.location.search;
    expect(new URLSearchParams(search).getAll('cursor')).toEqual(['offset:25', 'offset:50']);

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();
    unmount();

    renderRoute(url(search));
    expect(await screen.findByText('51–60 of 60')).toBeInTheDocument();
  });

  it('asks for the next page as soon as a page is shown, so Next page finds it ready', async () => {
    seed(60);
    const calls = spyOnModelsList();
    const { user } = renderRoute(url());
    await screen.findByText('1–25 of 60');
    const asked = (cursor: string) => calls.filter((call) => call.cursor === cursor).length;
    await waitFor(() => expect(asked('offset:25')).toBe(1));

    // The server stops answering: the next page comes from the cache.
    server.use(graphql.query('ModelsList', () => delay('infinite')));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false');
    expect(asked('offset:25')).toBe(1);
  });

  it('starts again at page 1 when a filter or the page size changes', async () => {
    seed(60);
    const { user, router } = renderRoute(url());
    await screen.findByText('1–25 of 60');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('26–50 of 60');

    await user.click(screen.getByRole('button', { name: 'Trained' }));
    expect(router.state.location.search).toBe('?trained=yes');
    await user.click(screen.getByRole('button', { name: 'Trained' }));
    expect(await screen.findByText('1–25 of 60')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('26–50 of 60');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(await screen.findByText('1–50 of 60')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?trained=no&size=50');
  });

  it('loads every page with progress, and Cancel goes back to pages', async () => {
    seed(80);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      graphql.query<ModelsListQuery, ModelsListQueryVariables>('ModelsList', async ({ variables }) => {
        if (variables.cursor) await held;
      }),
    );
    const { user, router } = renderRoute(url());
    await screen.findByText('1–25 of 80');
    await user.click(screen.getByRole('button', { name: 'Load all' }));

    const progress = await screen.findByRole('progressbar', { name: 'Loaded 50 of 80 models' });
    expect(progress).toHaveAttribute('aria-valuenow', '50');
    expect(progress).toHaveAttribute('aria-valuemax', '80');
    expect(router.state.location.search).toBe('?all=1');
    release();
    expect(await screen.findByText('All 80 models loaded')).toBeInTheDocument();
    expect(rows()).toHaveLength(80);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show pages' }));
    expect(await screen.findByText('1–25 of 80')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('cancels a running Load all', async () => {
    seed(80);
    server.use(
      graphql.query<ModelsListQuery, ModelsListQueryVariables>('ModelsList', async ({ variables }) => {
        if (variables.cursor && variables.length === 50) await delay('infinite');
      }),
    );
    const { user, router } = renderRoute(url('?size=10'));
    await screen.findByText('1–10 of 80');
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await screen.findByRole('progressbar', { name: 'Loaded 50 of 80 models' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?size=10');
    expect(screen.getByText('1–10 of 80')).toBeInTheDocument();
  });

  it('with every model loaded, filters them at once as the search is typed; the server’s answer then replaces them', async () => {
    seed(80, (i) => ({ datasetId: DATASET, name: `${i % 2 ? 'car' : 'bus'}-${i}`, isPinned: i % 4 === 1 }));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      graphql.query<ModelsListQuery, ModelsListQueryVariables>('ModelsList', async ({ variables }) => {
        if (variables.filter?.must?.nameContains) await held;
      }),
    );
    // Registered last, so it runs first: it sees the held requests too.
    const calls = spyOnModelsList();
    const { user, router } = renderRoute(url('?all=1&pinned=no'));
    await screen.findByText('All 60 models loaded');
    // A model the browser has not loaded: only the server's answer can show it.
    mockDb.models.unshift(buildModel({ datasetId: DATASET, name: 'car-new', isPinned: false }));

    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'CAR');
    // Before the text settles into the URL, and while the server has not answered.
    const names = () => screen.getAllByRole('link', { name: /^(car|bus)-/ }).map((link) => link.textContent);
    expect(names()).toHaveLength(20);
    expect(names().every((name) => name?.startsWith('car-'))).toBe(true);
    expect(screen.getByText('20 matching models')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false');

    await waitFor(() => expect(router.state.location.search).toBe('?q=CAR&pinned=no'));
    await waitFor(() => expect(lastFilter(calls)).toEqual({ must: { nameContains: 'CAR' }, not: { isPinned: true } }));
    expect(names().every((name) => name?.startsWith('car-'))).toBe(true);
    expect(screen.queryByRole('link', { name: 'car-new' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('link', { name: 'car-new' })).toBeInTheDocument();
    expect(await screen.findByText('21 matching models')).toBeInTheDocument();
  });

  it('renders only the rows in view once a long list is loaded', async () => {
    seed(300);
    const { user } = renderRoute(url());
    await screen.findByText('1–25 of 300');
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await screen.findByText('All 300 models loaded');
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '301');
    const rendered = rows().length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
  });
});

describe('models page: pin', () => {
  it('pins optimistically', async () => {
    const [model] = seed(1, () => ({ datasetId: DATASET, name: 'resnet' }));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(graphql.mutation('PinModel', () => held.then(() => undefined)));
    const { user } = renderRoute(url());
    await user.click(await screen.findByRole('button', { name: 'Pin resnet' }));
    expect(screen.getByRole('button', { name: 'Unpin resnet' })).toHaveAttribute('aria-pressed', 'true');
    release();
    await waitFor(() => expect(model?.isPinned).toBe(true));
    expect(await screen.findByRole('button', { name: 'Unpin resnet' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('rolls the pin back with a visible error when the server refuses', async () => {
    seed(1, () => ({ datasetId: DATASET, name: 'resnet' }));
    server.use(
      graphql.mutation<PinModelMutation, PinModelMutationVariables>('PinModel', async () => {
        await delay(30);
        return errorResponse('INTERNAL', 'Disk full');
      }),
    );
    const { user } = renderRoute(url());
    await user.click(await screen.findByRole('button', { name: 'Pin resnet' }));
    expect(screen.getByRole('button', { name: 'Unpin resnet' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText(/Pin failed: Disk full/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pin resnet' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('models page: selection and bulk actions', () => {
  it('selects a shift-click range and the whole page', async () => {
    seed(6, (i) => ({ datasetId: DATASET, name: `m${i}` }));
    const { user } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    await user.click(screen.getByRole('checkbox', { name: 'Select m5' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select m2' }));
    await user.keyboard('{/Shift}');
    expect(rows().filter((c) => (c as HTMLInputElement).checked)).toHaveLength(4);
    expect(screen.getByRole('group', { name: 'Bulk actions' })).toHaveTextContent('4 selected');

    const page = screen.getByRole('checkbox', { name: 'Select all on this page' });
    expect((page as HTMLInputElement).indeterminate).toBe(true);
    await user.click(page);
    expect(rows().every((c) => (c as HTMLInputElement).checked)).toBe(true);
    await user.click(page);
    expect(rows().some((c) => (c as HTMLInputElement).checked)).toBe(false);
  });

  it('compares 2–12 selected models and explains the limit above 12', async () => {
    const models = seed(13, (i) => ({ datasetId: DATASET, name: `m${i}` }));
    const { user, router } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/at most 12 models.*13 are selected/);
    expect(router.state.location.pathname).toBe(`/datasets/${DATASET}/models`);

    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select m3' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select m7' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${DATASET}/compare`));
    expect(router.state.location.search).toBe(`?ids=${models[3]?.id},${models[7]?.id}`);
  });

  it('deletes the selection, reporting a failure by name without undoing the rest', async () => {
    const models = seed(4, (i) => ({ datasetId: DATASET, name: `m${i}` }));
    const refused = models[1];
    server.use(
      graphql.mutation<DeleteModelMutation, DeleteModelMutationVariables>('DeleteModel', ({ variables }) =>
        variables.id === refused?.id ? errorResponse('BAD_REQUEST', 'Model is locked') : undefined,
      ),
    );
    const { user } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    for (const name of ['m0', 'm1', 'm2']) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 3 models?' });
    const listed = within(dialog).getByRole('list', { name: 'Models to delete' });
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['m0', 'm1', 'm2']);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not delete:m1 — Model is locked');
    expect(within(dialog).getByText('3 of 3 done, 1 failed')).toBeInTheDocument();
    expect(mockDb.models.map((m) => m.name)).toEqual(['m1', 'm3']);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByRole('link', { name: 'm0' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'm1' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select m1' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Bulk actions' })).toHaveTextContent('1 selected');
  });

  it('names the pinned models in a bulk delete and asks again before deleting them', async () => {
    seed(3, (i) => ({ datasetId: DATASET, name: `m${i}`, isPinned: i > 0 }));
    const { user } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 3 models?' });
    expect(within(dialog).getByText(/^Pinned:/).parentElement).toHaveTextContent(
      /Pinned: (m1, m2|m2, m1)\. You will be asked again/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /Delete 2 pinned models too\?(m1, m2|m2, m1) are pinned/,
    );
    expect(mockDb.models).toHaveLength(3);

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('3 of 3 done')).toBeInTheDocument();
    expect(mockDb.models).toHaveLength(0);
  });

  it('keeps the pinned models when their second confirmation is cancelled', async () => {
    seed(2, (i) => ({ datasetId: DATASET, name: `m${i}`, isPinned: i === 1 }));
    const { user } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 models?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Delete 1 pinned model too\?m1 is pinned/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(mockDb.models.map((m) => m.name)).toEqual(['m0', 'm1']);
  });

  it('exports the selection as CSV, or the loaded rows when nothing is selected', async () => {
    seed(3, (i) => ({ datasetId: DATASET, name: `m${i}` }));
    const files: Array<{ name: string; blob: Blob }> = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      files.push({ name: '', blob });
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const file = files.at(-1);
      if (file) file.name = this.download;
    });
    const { user } = renderRoute(url());
    await screen.findByRole('link', { name: 'm0' });
    const exportedNames = async () => {
      const text = await files.at(-1)?.blob.text();
      return (text ?? '')
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(',')[1]);
    };

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files.at(-1)?.name).toBe('Traffic_cameras-models.csv');
    expect(await exportedNames()).toEqual(['m2', 'm1', 'm0']);

    await user.click(screen.getByRole('checkbox', { name: 'Select m1' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await exportedNames()).toEqual(['m1']);
    click.mockRestore();
  });

  it('opens a row with Enter', async () => {
    const [model] = seed(1, () => ({ datasetId: DATASET, name: 'resnet' }));
    const { user, router } = renderRoute(url());
    const row = (await screen.findByRole('link', { name: 'resnet' })).closest('tr') as HTMLElement;
    row.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${DATASET}/models/${model?.id}`));
  });
});
