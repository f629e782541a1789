// The list through the proxy (README "Dashboard for a Superb AI host (proxy)"): each host generation gets only its
// own documents, and what it does not record is hidden, never a GraphQL error.
import { configure, screen, within } from '@testing-library/react';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildTrainClass } from '../../api/mocks/factories';
import { hostHandlers } from '../../api/mocks/host-handlers';
import { recordDocuments, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

beforeAll(() => import('./models-page'));
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 8000 });

const DATASET = 'traffic';

function seed() {
  mockDb.datasets.push(buildDataset({ id: DATASET, name: 'Traffic cameras' }));
  mockDb.models.push(
    buildModel({
      datasetId: DATASET,
      name: 'yolo-day',
      baselineModel: 'yolov8s',
      isTrained: true,
      trainingClasses: [buildTrainClass({ ap: 0.8 })],
    }),
    buildModel({ datasetId: DATASET, name: 'yolo-night', baselineModel: 'yolov8n', isPinned: true }),
  );
}

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, '').trim());

describe('models page through the proxy', () => {
  it('on a first-generation host: today’s columns and chips, from first-generation documents', async () => {
    seed();
    server.use(...hostHandlers('first'));
    renderRoute(`/datasets/${DATASET}/models`);
    expect(await screen.findByRole('link', { name: 'yolo-day' })).toBeInTheDocument();
    expect(headers()).toEqual(expect.arrayContaining(['Baseline', 'mAP']));
    expect(screen.getByRole('button', { name: 'Pinned' })).toBeInTheDocument();
    expect(screen.queryByText(/Cannot query field/)).not.toBeInTheDocument();
  });

  it('on a newer-API host: no baseline or mAP column and no Pinned chip; newer-API documents only', async () => {
    seed();
    server.use(...hostHandlers('newer'));
    const { user } = renderRoute(`/datasets/${DATASET}/models`);
    const row = (await screen.findByRole('link', { name: 'yolo-night' })).closest('tr')!;
    expect(headers()).not.toEqual(expect.arrayContaining(['Baseline']));
    expect(headers()).not.toEqual(expect.arrayContaining(['mAP']));
    expect(screen.queryByRole('button', { name: 'Pinned' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    expect(screen.queryByRole('checkbox', { name: 'Baseline' })).not.toBeInTheDocument();

    // Pin is updateModel(isPinned:) there.
    await user.click(within(row).getByRole('button', { name: 'Unpin yolo-night' }));
    expect(await within(row).findByRole('button', { name: 'Pin yolo-night' })).toHaveAttribute('aria-pressed', 'false');
    expect(mockDb.models.find((m) => m.name === 'yolo-night')?.isPinned).toBe(false);
    expect(screen.queryByText(/Cannot query field/)).not.toBeInTheDocument();
  });

  it('on a v1.4.0-era newer-API host: the list and a pin, with no document naming what it lacks', async () => {
    seed();
    server.use(...hostHandlers('newer', 'v1.4.0'));
    const sent = recordDocuments();
    const { user } = renderRoute(`/datasets/${DATASET}/models`);
    const row = (await screen.findByRole('link', { name: 'yolo-night' })).closest('tr')!;
    expect(screen.getByRole('link', { name: 'yolo-day' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Unpin yolo-night' }));
    expect(await within(row).findByRole('button', { name: 'Pin yolo-night' })).toHaveAttribute('aria-pressed', 'false');
    expect(sent.map((d) => d.operationName)).toEqual(expect.arrayContaining(['ModelsListNewer', 'UpdateModelNewer']));
    for (const { query } of sent) expect(query).not.toMatch(/contents|trainingAnnotations|trainingReport/);
    expect(screen.queryByText(/Cannot query field|Unknown argument/)).not.toBeInTheDocument();
  });
});
