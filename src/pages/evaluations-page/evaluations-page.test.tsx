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
  mockDb.datasets.push(dataset);
  mockDb.models.push(model);
  const add = (name: string, scoreValue: number | null, status: 'COMPLETED' | 'FAILED' = 'COMPLETED') =>
    addMockDiagnosis({ datasetId: dataset.id, name, scoreValue, status, modelId: model.id });
  add('night-val', 71.2);
  add('day-val', 88.1);
  add('rain', null, 'FAILED');
  add('night-val-hires', 79.5);
  // Its model has since been deleted.
  addMockDiagnosis({ datasetId: dataset.id, name: 'old-sweep', scoreValue: 60, modelId: 'model-gone' });
  return { dataset, url: `/datasets/${dataset.id}/evaluations` };
}

const table = () => screen.findByRole('table', { name: 'Evaluations' });
const names = async () =>
  within(await table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Evaluations list', () => {
  it('lists the dataset’s evaluations newest first with their total, each linking to its page', async () => {
    const { url, dataset } = seed();
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluations' })).toBeInTheDocument();
    expect(await names()).toEqual(['old-sweep', 'night-val-hires', 'rain', 'day-val', 'night-val']);
    expect(screen.getByText('5 evaluations')).toBeInTheDocument();
    expect(screen.getByText('1–5 of 5')).toBeInTheDocument();
    const link = within(await table()).getByRole('link', { name: 'day-val' });
    expect(link.getAttribute('href')).toMatch(new RegExp(`^/datasets/${dataset.id}/evaluations/diagnosis-`));
    // A deleted model is named as such, not linked.
    const oldRow = within(await table())
      .getByRole('rowheader', { name: 'old-sweep' })
      .closest('tr')!;
    await waitFor(() => expect(oldRow).toHaveTextContent('(model deleted)'));
    const row = within(await table())
      .getByRole('rowheader', { name: 'day-val' })
      .closest('tr')!;
    await within(row).findByRole('link', { name: 'detector v2' });
    expect(row).toHaveTextContent('IoU 0.5 / 0.75 / 0.9');
  });

  it('filters by status chip and name, and sorts by score, all kept in the URL', async () => {
    const { url } = seed();
    const { user, router } = renderRoute(url);
    await table();
    const statuses = screen.getByRole('group', { name: 'Status' });
    await user.click(within(statuses).getByRole('button', { name: 'Failed' }));
    await waitFor(async () => expect(await names()).toEqual(['rain']));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('FAILED');
    expect(screen.getByText('1 matching evaluation')).toBeInTheDocument();

    await user.click(within(statuses).getByRole('button', { name: 'Failed' }));
    await waitFor(async () => expect(await names()).not.toContain('rain'));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('-FAILED');

    await user.type(screen.getByRole('searchbox', { name: 'Name contains' }), 'night{Enter}');
    await waitFor(async () => expect(await names()).toEqual(['night-val-hires', 'night-val']));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('night');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Score, highest first');
    await waitFor(async () => expect(await names()).toEqual(['night-val-hires', 'night-val']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Score, lowest first');
    await waitFor(async () => expect(await names()).toEqual(['night-val', 'night-val-hires']));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('score');
  });

  it('opens sorted by score from the URL', async () => {
    const { url } = seed();
    renderRoute(`${url}?sort=-score`);
    expect(await names()).toEqual(['day-val', 'night-val-hires', 'night-val', 'old-sweep', 'rain']);
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('-score');
  });

  it('pages with cursors', async () => {
    const { url, dataset } = seed();
    for (let i = 0; i < 8; i += 1) addMockDiagnosis({ datasetId: dataset.id, name: `extra-${i}`, scoreValue: 1 });
    const { user, router } = renderRoute(`${url}?size=10`);
    expect(await names()).toHaveLength(10);
    expect(screen.getByText('1–10 of 13')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(async () => expect(await names()).toEqual(['rain', 'day-val', 'night-val']));
    expect(screen.getByText('11–13 of 13')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).getAll('cursor')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(async () => expect(await names()).toHaveLength(10));
  });

  it('says evaluations are not available on a host without diagnoses', async () => {
    server.use(capabilitiesHandler({ ...LOCAL_CAPABILITIES, mode: 'proxy', history: false, diagnoses: false }));
    const { url } = seed();
    renderRoute(url);
    expect(
      await screen.findByRole('heading', { name: 'Evaluations are not available on this host' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
