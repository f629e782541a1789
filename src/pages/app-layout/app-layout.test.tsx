import { act, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { mockDb } from '../../api/mocks/db';
import { errorResponse } from '../../api/mocks/handlers';
import { server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

// The first test loads a lazy page chunk, slow when the whole suite runs at once.
describe('app shell', { timeout: 20_000 }, () => {
  it('redirects / to the first dataset and lists its models', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    const retail = buildDataset({ name: 'Retail' });
    mockDb.datasets.push(traffic, retail);
    mockDb.models.push(buildModel({ datasetId: traffic.id, name: 'yolo traffic v1' }));

    const { router } = renderRoute('/');

    expect(await screen.findByRole('link', { name: 'yolo traffic v1' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/datasets/${traffic.id}/models`);
    const switcher = screen.getByRole('combobox', { name: 'Dataset' });
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Traffic', 'Retail']);
  });

  it('switching dataset opens that dataset’s models', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    const retail = buildDataset({ name: 'Retail' });
    mockDb.datasets.push(traffic, retail);
    mockDb.models.push(buildModel({ datasetId: retail.id, name: 'shelf detector' }));

    const { user, router } = renderRoute(`/datasets/${traffic.id}/models`);
    await screen.findByRole('option', { name: 'Retail' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'Retail');

    expect(await screen.findByRole('link', { name: 'shelf detector' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/datasets/${retail.id}/models`);
  });

  it('says so when there are no datasets', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: 'No datasets yet' })).toBeInTheDocument();
  });

  it('the skip link moves keyboard focus to the page content', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    mockDb.models.push(buildModel({ datasetId: traffic.id, name: 'yolo traffic v1' }));
    const { user } = renderRoute(`/datasets/${traffic.id}/models`);
    await screen.findByRole('link', { name: 'yolo traffic v1' });

    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: /New model/ })).toHaveFocus();
  });

  it('when the datasets cannot load, the switcher says so and its Retry brings them back', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    let fail = true;
    server.use(graphql.query('DatasetsList', () => (fail ? errorResponse('INTERNAL', 'Server down') : undefined)));
    const { user } = renderRoute(`/datasets/${traffic.id}/models/new`);

    const switcher = await screen.findByRole('combobox', { name: 'Dataset' });
    expect(await within(switcher).findByRole('option', { name: 'Datasets unavailable' })).toBeInTheDocument();
    expect(switcher).toBeDisabled();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry loading datasets' }));

    expect(await within(switcher).findByRole('option', { name: 'Traffic' })).toBeInTheDocument();
    expect(switcher).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Retry loading datasets' })).not.toBeInTheDocument();
  });

  it('a page’s Retry also reloads everything else that failed on screen', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    mockDb.models.push(buildModel({ datasetId: traffic.id, name: 'yolo traffic v1' }));
    let fail = true;
    const down = () => (fail ? errorResponse('INTERNAL', 'Server down') : undefined);
    server.use(graphql.query('DatasetsList', down), graphql.query('ModelsList', down));
    const { user } = renderRoute(`/datasets/${traffic.id}/models`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Server down');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'yolo traffic v1' })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Traffic' })).toBeInTheDocument();
  });

  it('keeps what was loaded when the server goes away, says so, and recovers without a click', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    mockDb.models.push(buildModel({ datasetId: traffic.id, name: 'yolo traffic v1' }));
    const { queryClient } = renderRoute(`/datasets/${traffic.id}/models`);
    await screen.findByRole('link', { name: 'yolo traffic v1' });

    let down = true;
    server.use(graphql.operation(() => (down ? HttpResponse.error() : undefined)));
    await act(() => queryClient.invalidateQueries());
    expect(await screen.findByText(/Can't reach the server/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'yolo traffic v1' })).toBeInTheDocument();

    down = false;
    mockDb.models.push(buildModel({ datasetId: traffic.id, name: 'yolo traffic v2' }));
    expect(await screen.findByRole('link', { name: 'yolo traffic v2' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/Can't reach the server/)).not.toBeInTheDocument();
  });

  it('an unknown dataset id shows Dataset not found, and the switcher names no other dataset', async () => {
    mockDb.datasets.push(buildDataset({ name: 'Traffic' }));
    renderRoute('/datasets/nope/models');
    expect(await screen.findByRole('heading', { name: 'Dataset not found' })).toBeInTheDocument();
    const switcher = screen.getByRole('combobox', { name: 'Dataset' });
    expect(switcher).toHaveValue('nope');
    expect(within(switcher).getByRole('option', { name: 'Unknown dataset' })).toHaveProperty('selected', true);
  });

  it('gives every page its own document title', async () => {
    const traffic = buildDataset({ name: 'Traffic cameras' });
    mockDb.datasets.push(traffic);
    const model = buildModel({ datasetId: traffic.id, name: 'yolov8s-baseline' });
    const other = buildModel({ datasetId: traffic.id, name: 'yolov8m' });
    mockDb.models.push(model, other);
    const base = `/datasets/${traffic.id}`;
    const { router } = renderRoute(`${base}/models`);

    for (const [path, title] of [
      [`${base}/models`, 'Models · Traffic cameras · Model Catalog'],
      [`${base}/models/${model.id}`, 'yolov8s-baseline · Traffic cameras · Model Catalog'],
      [`${base}/models/new`, 'New model · Traffic cameras · Model Catalog'],
      [`${base}/models/${model.id}/edit`, 'Edit yolov8s-baseline · Traffic cameras · Model Catalog'],
      [`${base}/compare?ids=${model.id},${other.id}`, 'Compare · Traffic cameras · Model Catalog'],
      ['/no/such/page', 'Not found · Model Catalog'],
    ] as const) {
      if (router.state.location.pathname + router.state.location.search !== path)
        await act(() => router.navigate(path));
      await waitFor(() => expect(document.title).toBe(title), { timeout: 10_000 });
    }
  });

  it('opens a new page at the top with focus on its heading; filter changes keep focus and scroll', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    mockDb.models.push(buildModel({ datasetId: traffic.id, name: 'yolo traffic v1' }));
    const { user, router } = renderRoute(`/datasets/${traffic.id}/models`);
    await user.click(await screen.findByRole('link', { name: 'yolo traffic v1' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'yolo traffic v1' }, { timeout: 10_000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    await user.click(screen.getByRole('link', { name: 'Models' }));
    const models = await screen.findByRole('heading', { level: 1, name: 'Models' });
    await waitFor(() => expect(models).toHaveFocus());
    scrollTo.mockClear();
    await user.click(screen.getByRole('searchbox', { name: 'Search models' }));
    await user.keyboard('yolo');
    await waitFor(() => expect(router.state.location.search).toContain('q=yolo'));
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveFocus();
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('leaves focus alone on the first page load, also when / redirects to the first dataset', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Models' }, { timeout: 10_000 });
    await screen.findByRole('option', { name: 'Traffic' });
    expect(document.body).toHaveFocus();

    // Later, the app name leads through the same redirect: that is a navigation.
    await user.click(screen.getByRole('link', { name: 'New model' }));
    await screen.findByRole('heading', { level: 1, name: 'New model' }, { timeout: 10_000 });
    await user.click(screen.getByRole('link', { name: 'Model Catalog' }));
    const models = await screen.findByRole('heading', { level: 1, name: 'Models' });
    await waitFor(() => expect(models).toHaveFocus());
  });

  it('switches the theme between system, light and dark and remembers the choice', async () => {
    const traffic = buildDataset({ name: 'Traffic' });
    mockDb.datasets.push(traffic);
    const { user } = renderRoute(`/datasets/${traffic.id}/models`);
    const theme = await screen.findByRole('combobox', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['System', 'Light', 'Dark']);
    expect(theme).toHaveValue('system');

    await user.selectOptions(theme, 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('model-catalog-theme')).toBe('dark');
    await user.selectOptions(theme, 'Light');
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.selectOptions(theme, 'System');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('model-catalog-theme')).toBeNull();
  });

  it('starts with the remembered theme selected', async () => {
    localStorage.setItem('model-catalog-theme', 'light');
    try {
      renderRoute('/no/such/page');
      expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveValue('light');
    } finally {
      localStorage.clear();
    }
  });
});
