import { configure, screen, waitFor, within } from '@testing-library/react';
import type { ModelsListQueryVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildNewerModel } from '../../api/mocks/factories';
import { hostHandlers } from '../../api/mocks/host-handlers';
import { recordVariables, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

// The newer API's side of the list (README "API generations"); the first generation's is in models-page.test.
const DATASET = 'traffic';

beforeAll(() => import('./models-page'));
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 8000 });
const url = (search = '') => `/datasets/${DATASET}/models${search}`;
const spyOnModelsList = () => recordVariables<ModelsListQueryVariables>('query', 'ModelsList');
const names = () => screen.getAllByRole('link', { name: /^run-/ }).map((a) => a.textContent);

function seedRuns() {
  mockDb.datasets.push(buildDataset({ id: DATASET, name: 'Traffic cameras' }));
  mockDb.models.push(
    buildNewerModel({
      datasetId: DATASET,
      name: 'run-a',
      status: 'COMPLETED',
      scoreKey: 'mAP50',
      scoreValue: 71.5,
      scoreUnit: '%',
      trainingParameters: { epochs: 100, lr: 0.001 },
    }),
    buildNewerModel({
      datasetId: DATASET,
      name: 'run-b',
      status: 'IN_PROGRESS',
      taskType: 'OCR',
      scoreKey: 'mAP50',
      scoreValue: 64.25,
      scoreUnit: '%',
      trainingParameters: { epochs: 50 },
    }),
    buildNewerModel({ datasetId: DATASET, name: 'run-c', status: 'FAILED' }),
  );
}

describe('models page: newer API', () => {
  it('shows a status badge, the score under its key and unit, and the task type on demand', async () => {
    seedRuns();
    renderRoute(url('?columns=status,score,taskType,completed'));
    const row = (await screen.findByRole('link', { name: 'run-b' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('In progress')).toBeInTheDocument();
    expect(within(row).getByText('64.25')).toBeInTheDocument();
    expect(within(row).getByText('OCR')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /^mAP50 \(%\)/ })).toBeInTheDocument();
    const failed = screen.getByRole('link', { name: 'run-c' }).closest('tr') as HTMLElement;
    expect(within(failed).getByText('Failed')).toBeInTheDocument();
    const done = screen.getByRole('link', { name: 'run-a' }).closest('tr') as HTMLElement;
    expect(within(done).getByText('Completed')).toBeInTheDocument();
    expect(within(done).getAllByRole('time')).toHaveLength(2); // in the status and the Completed column
  });

  it('a first-generation model still reads as Trained / Not trained', async () => {
    mockDb.datasets.push(buildDataset({ id: DATASET }));
    mockDb.models.push(buildModel({ datasetId: DATASET, name: 'run-old', isTrained: true }));
    renderRoute(url());
    const row = (await screen.findByRole('link', { name: 'run-old' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Trained')).toBeInTheDocument();
  });

  it('sorts by score and by name on the server (orderBy)', async () => {
    seedRuns();
    const calls = spyOnModelsList();
    const { user, router } = renderRoute(url('?size=10'));
    await screen.findByRole('link', { name: 'run-a' });
    expect(calls.at(-1)).not.toHaveProperty('orderBy');

    await user.click(screen.getByRole('button', { name: /^mAP50 \(%\)/ }));
    expect(router.state.location.search).toBe('?sort=-score&size=10');
    await waitFor(() => expect(calls.at(-1)?.orderBy).toEqual({ field: 'scoreValue', direction: 'DESC' }));
    await waitFor(() => expect(names()).toEqual(['run-a', 'run-b', 'run-c']));
    expect(screen.getByRole('columnheader', { name: /^mAP50/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(calls.at(-1)?.orderBy).toEqual({ field: 'name', direction: 'ASC' }));
    await waitFor(() => expect(names()).toEqual(['run-a', 'run-b', 'run-c']));
  });

  it('keeps client-side sorting where the server speaks only the first generation', async () => {
    server.use(...hostHandlers('first'));
    seedRuns();
    const calls = spyOnModelsList();
    const { user } = renderRoute(url());
    await screen.findByRole('link', { name: 'run-a' });
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /mAP50/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(names()).toEqual(['run-a', 'run-b', 'run-c']);
    expect(calls.every((c) => !('orderBy' in c))).toBe(true);
  });

  it('filters by status and task type chips (must, then not), kept in the URL', async () => {
    seedRuns();
    const calls = spyOnModelsList();
    const { user, router } = renderRoute(url());
    await screen.findByRole('link', { name: 'run-a' });
    const status = screen.getByRole('group', { name: 'Status' });

    await user.click(within(status).getByRole('button', { name: 'Completed' }));
    await waitFor(() => expect(calls.at(-1)?.filter).toEqual({ must: { statusIn: ['COMPLETED'] } }));
    await waitFor(() => expect(names()).toEqual(['run-a']));
    expect(router.state.location.search).toBe('?status=COMPLETED');

    await user.click(within(status).getByRole('button', { name: 'Completed' }));
    expect(within(status).getByRole('button', { name: 'Not completed' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(screen.getByRole('group', { name: 'Task type' })).getByRole('button', { name: 'OCR' }));
    await waitFor(() =>
      expect(calls.at(-1)?.filter).toEqual({ must: { taskTypeIn: ['OCR'] }, not: { statusIn: ['COMPLETED'] } }),
    );
    await waitFor(() => expect(names()).toEqual(['run-b']));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('-COMPLETED');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(names()).toHaveLength(3));
  });

  it('offers training-parameter keys as columns, kept in the URL', async () => {
    seedRuns();
    const { user, router } = renderRoute(url());
    await screen.findByRole('link', { name: 'run-a' });
    expect(screen.queryByRole('columnheader', { name: /^lr/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Columns/ }));
    await user.click(screen.getByRole('checkbox', { name: 'lr' }));
    expect(new URLSearchParams(router.state.location.search).get('columns')?.split(',')).toContain('param:lr');
    const row = screen.getByRole('link', { name: 'run-a' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('0.001')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /^lr/ })).toBeInTheDocument();
  });
});
