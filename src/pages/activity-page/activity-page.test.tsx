import { configure, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import type { HistoryEvent } from '../../api/history';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { capabilitiesHandler } from '../../api/mocks/handlers';
import { server } from '../../api/mocks/node';
import { LOCAL_CAPABILITIES } from '../../api/schemas';
import { renderRoute } from '../../test/render';

// The page loads as a lazy chunk on first use; a busy machine needs more than 1 s for that.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const HOUR = 3600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const kept = buildModel({ datasetId: dataset.id, name: 'yolo v3' });
  mockDb.datasets.push(dataset);
  mockDb.models.push(kept);
  const event = (e: Partial<HistoryEvent> & Pick<HistoryEvent, 'id' | 'modelId' | 'modelName' | 'kind'>) => ({
    datasetId: dataset.id,
    at: ago(1),
    actor: 'team-ci',
    changes: [],
    ...e,
  });
  mockDb.history = [
    event({ id: '5', modelId: 'gone', modelName: 'old run', kind: 'DELETED', at: ago(1) }),
    event({
      id: '4',
      modelId: kept.id,
      modelName: 'yolo v3',
      kind: 'UPDATED',
      at: ago(2),
      changes: [
        {
          field: 'trainingAnnotations',
          from: [{ className: 'car', annotationType: null, ap: 0.81, trainCount: null, validationCount: null }],
          to: [{ className: 'car', annotationType: null, ap: 0.85, trainCount: null, validationCount: null }],
        },
      ],
    }),
    event({ id: '3', modelId: 'gone', modelName: 'old run', kind: 'CREATED', at: ago(3) }),
    event({ id: '2', modelId: kept.id, modelName: 'yolo v3', kind: 'PINNED', at: ago(4), actor: 'local' }),
  ];
  return { dataset, kept };
}

describe('ActivityPage', () => {
  it('lists every write newest first, linking to models and marking deleted ones', async () => {
    const { dataset, kept } = seed();
    renderRoute(`/datasets/${dataset.id}/activity`);
    const list = await screen.findByRole('list', { name: 'Activity' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items.map((li) => li.textContent)).toEqual([
      'old run (deleted)Deleted by team-ci, 1 hour ago',
      'yolo v3Updated by team-ci, 2 hours agoAP car 0.81 → 0.85',
      'old run (deleted)Created by team-ci, 3 hours ago',
      'yolo v3Pinned by local, 4 hours ago',
    ]);
    expect(within(items[1]!).getByRole('link', { name: 'yolo v3' })).toHaveAttribute(
      'href',
      `/datasets/${dataset.id}/models/${kept.id}`,
    );
    expect(within(items[0]!).queryByRole('link')).toBeNull();
    expect(document.title).toContain('Activity');
  });

  it('says so when the host keeps no history (proxy)', async () => {
    const { dataset } = seed();
    server.use(capabilitiesHandler({ ...LOCAL_CAPABILITIES, mode: 'proxy', history: false }));
    renderRoute(`/datasets/${dataset.id}/activity`);
    expect(await screen.findByText(/keeps no history of changes/)).toBeInTheDocument();
  });

  it('keeps the loaded events when older ones cannot be fetched', async () => {
    const { dataset, kept } = seed();
    mockDb.history = Array.from({ length: 25 }, (_, i) => ({
      datasetId: dataset.id,
      id: String(100 - i),
      modelId: kept.id,
      modelName: 'yolo v3',
      kind: 'PINNED' as const,
      at: ago(i + 1),
      actor: 'team-ci',
      changes: [],
    }));
    const { user } = renderRoute(`/datasets/${dataset.id}/activity`);
    const list = await screen.findByRole('list', { name: 'Activity' });
    expect(within(list).getAllByText('Pinned')).toHaveLength(20);
    server.use(graphql.query('DatasetActivity', () => HttpResponse.error()));
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show older' })).toBeEnabled());
    expect(within(screen.getByRole('list', { name: 'Activity' })).getAllByText('Pinned')).toHaveLength(20);
    expect(screen.queryByText('Something went wrong.')).toBeNull();
  });
});
