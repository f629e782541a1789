// A model's page through the proxy (README "Dashboard for a Superb AI host (proxy)"): a newer-API host records no
// per-class AP and no baseline, and the page says so in one sentence instead of charting nothing; a v1.4.0-era host
// neither per-class counts, model files nor report charts, and is sent no document naming them.
import { configure, screen, within } from '@testing-library/react';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildTrainClass } from '../../api/mocks/factories';
import { hostHandlers } from '../../api/mocks/host-handlers';
import { recordDocuments, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const model = buildModel({
    datasetId: dataset.id,
    name: 'yolo traffic v3',
    baselineModel: 'yolov8s',
    isTrained: true,
    trainedAt: '2025-03-03T10:00:00.000Z',
    trainingClasses: [buildTrainClass({ class: 'car', ap: 0.95 }), buildTrainClass({ class: 'bus', ap: 0.9 })],
  });
  mockDb.datasets.push(dataset);
  mockDb.models.push(model);
  return `/datasets/${dataset.id}/models/${model.id}`;
}

describe('model page through the proxy', () => {
  it('on a newer-API host: no baseline, and “no per-class AP” instead of the AP chart', async () => {
    const url = seed();
    server.use(...hostHandlers('newer'));
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'yolo traffic v3' })).toBeInTheDocument();
    expect(screen.queryByText('yolov8s')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Baseline/)).not.toBeInTheDocument();
    const apFigure = await screen.findByRole('figure', { name: 'Average precision (AP) per class' });
    expect(within(apFigure).getByText('This host records no per-class AP.')).toBeInTheDocument();
    // The per-class annotation counts are the newer API's too.
    expect(screen.getByRole('table', { name: 'Classes of yolo traffic v3' })).toBeInTheDocument();
    expect(screen.queryByText(/Cannot query field/)).not.toBeInTheDocument();
  });

  it('on a first-generation host: the baseline and the AP chart as on the local catalog', async () => {
    const url = seed();
    server.use(...hostHandlers('first'));
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'yolo traffic v3' })).toBeInTheDocument();
    expect(screen.getByText('yolov8s')).toBeInTheDocument();
    const apFigure = await screen.findByRole('figure', { name: 'Average precision (AP) per class' });
    expect(within(apFigure).queryByText('This host records no per-class AP.')).not.toBeInTheDocument();
    expect(screen.queryByText(/Cannot query field/)).not.toBeInTheDocument();
  });

  it('on a v1.4.0-era newer-API host: a sentence for counts, files and report; no document names them', async () => {
    const url = seed();
    server.use(...hostHandlers('newer', 'v1.4.0'));
    const sent = recordDocuments();
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'yolo traffic v3' })).toBeInTheDocument();
    expect(await screen.findByText('This host records no per-class annotation counts.')).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Average precision (AP) per class' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Classes of yolo traffic v3' })).not.toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).queryByText(/^(Classes|Training annotations|Validation annotations)$/)).toBeNull();
    expect(within(summary).getByText('Training data')).toBeInTheDocument();
    expect(screen.getByText('This host records no model files.')).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Training report' });
    expect(within(report).getByText('This host records no training report charts.')).toBeInTheDocument();
    expect(screen.queryByText(/Cannot query field|Unknown argument/)).not.toBeInTheDocument();
    expect(sent.map((d) => d.operationName)).toContain('ModelDetailNewer');
    for (const { query } of sent) expect(query).not.toMatch(/contents|trainingAnnotations|trainingReport/);
  });
});
