import { configure, screen, waitFor, within } from '@testing-library/react';
import { mockDb } from '../../api/mocks/db';
import { addMockDiagnosis } from '../../api/mocks/diagnoses';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { capabilitiesHandler } from '../../api/mocks/handlers';
import { server } from '../../api/mocks/node';
import { LOCAL_CAPABILITIES } from '../../api/schemas';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const model = buildModel({ datasetId: dataset.id, name: 'detector v2' });
  const other = buildModel({ datasetId: dataset.id, name: 'detector v1' });
  mockDb.datasets.push(dataset);
  mockDb.models.push(model, other);
  addMockDiagnosis({ datasetId: dataset.id, name: 'night-val', modelId: model.id, scoreValue: 86.4 });
  // More than one page (50) of other models' evaluations: the section walks every page.
  for (let i = 0; i < 60; i += 1) {
    addMockDiagnosis({ datasetId: dataset.id, name: `other-${i}`, modelId: other.id });
  }
  addMockDiagnosis({ datasetId: dataset.id, name: 'day-val', modelId: model.id, status: 'FAILED', scoreValue: null });
  return { dataset, url: `/datasets/${dataset.id}/models/${model.id}` };
}

describe('Model page: Evaluations', () => {
  it('lists only the evaluations linked to the model, from every page of the dataset’s list', async () => {
    const { url, dataset } = seed();
    renderRoute(url);
    const section = await screen.findByRole('region', { name: 'Evaluations' });
    const table = await within(section).findByRole('table', { name: 'Evaluations of detector v2' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['day-val', 'night-val']);
    const row = within(table).getByRole('rowheader', { name: 'night-val' }).closest('tr')!;
    expect(row).toHaveTextContent('Completed');
    expect(row).toHaveTextContent('86.4%');
    expect(row).toHaveTextContent('IoU 0.5 / 0.75 / 0.9');
    expect(within(row).getByRole('link', { name: 'night-val' }).getAttribute('href')).toMatch(
      new RegExp(`^/datasets/${dataset.id}/evaluations/diagnosis-`),
    );
    expect(within(table).getByRole('rowheader', { name: 'day-val' }).closest('tr')).toHaveTextContent('Failed');
  });

  it('links the dataset’s Evaluations list from the model list header', async () => {
    const { dataset } = seed();
    renderRoute(`/datasets/${dataset.id}/models`);
    const link = await screen.findByRole('link', { name: 'Evaluations' });
    expect(link).toHaveAttribute('href', `/datasets/${dataset.id}/evaluations`);
  });

  it('is hidden, with the list link, on a host without diagnoses', async () => {
    server.use(capabilitiesHandler({ ...LOCAL_CAPABILITIES, mode: 'proxy', history: false, diagnoses: false }));
    const { url, dataset } = seed();
    renderRoute(url);
    await screen.findByRole('heading', { level: 1, name: 'detector v2' });
    await screen.findByRole('heading', { name: 'Classes' });
    expect(screen.queryByRole('region', { name: 'Evaluations' })).not.toBeInTheDocument();

    renderRoute(`/datasets/${dataset.id}/models`);
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'detector v2' }).length).toBeGreaterThan(0));
    expect(screen.queryByRole('link', { name: 'Evaluations' })).not.toBeInTheDocument();
  });
});
