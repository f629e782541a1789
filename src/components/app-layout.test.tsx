import { screen, within } from '@testing-library/react';
import { buildDataset, buildModel } from '../api/mocks/factories';
import { mockDb } from '../api/mocks/db';
import { renderRoute } from '../test/render';

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
});
