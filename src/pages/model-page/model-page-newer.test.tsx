import { configure, screen, within } from '@testing-library/react';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildNewerModel, buildSlice } from '../../api/mocks/factories';
import { renderRoute } from '../../test/render';

// The newer API's side of the model page (README "API generations"); the first generation's is in model-page.test.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const train = buildSlice({ datasetId: dataset.id, name: 'train-day' });
  const model = buildNewerModel({
    datasetId: dataset.id,
    name: 'detector run 7',
    status: 'COMPLETED',
    completedAt: '2026-01-20T09:30:00.000Z',
    taskType: 'INSTANCE_SEGMENTATION',
    customDagId: 'dag-train-v2',
    scoreKey: 'mAP50',
    scoreValue: 81.25,
    scoreUnit: '%',
    totalDataCount: 1200,
    trainDataCount: 1000,
    validationDataCount: 200,
    trainingParameters: { epochs: 120, optimizer: { name: 'adamw', lr: 0.0005 } },
    trainingSlices: [train],
    trainingAnnotations: [
      { className: 'car', annotationType: 'polygon', trainCount: 900, validationCount: 150 },
      { className: 'bus', annotationType: 'polygon', trainCount: 120, validationCount: 30 },
    ],
    trainingClasses: [
      {
        class: 'car',
        annotationType: 'polygon',
        ap: null,
        trainingAnnotationsCount: 900,
        validationAnnotationsCount: 150,
      },
      {
        class: 'bus',
        annotationType: 'polygon',
        ap: null,
        trainingAnnotationsCount: 120,
        validationAnnotationsCount: 30,
      },
    ],
  });
  mockDb.datasets.push(dataset);
  mockDb.slices.push(train);
  mockDb.models.push(model);
  return { dataset, model };
}

describe('model page: newer API', () => {
  it('shows status, task type, score, completion, DAG id, counts and training parameters', async () => {
    const { dataset, model } = seed();
    renderRoute(`/datasets/${dataset.id}/models/${model.id}`);
    const run = await screen.findByRole('region', { name: 'Training run' });
    const fact = (label: string) => within(run).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(fact('Status')).toHaveTextContent('Completed');
    expect(fact('Task type')).toHaveTextContent('Instance segmentation');
    expect(fact('Score')).toHaveTextContent('mAP50 (%) 81.25%');
    expect(within(fact('Completed')).getByRole('time')).toHaveAttribute('datetime', '2026-01-20T09:30:00.000Z');
    expect(fact('Custom DAG id')).toHaveTextContent('dag-train-v2');
    expect(fact('Total data')).toHaveTextContent('1,200');
    expect(fact('Train data')).toHaveTextContent('1,000');

    // The header's badge and task, and the score tile.
    const header = screen.getByRole('heading', { level: 1, name: 'detector run 7' }).closest('header') as HTMLElement;
    expect(within(header).getByText('Completed')).toBeInTheDocument();
    expect(within(header).getByText('Instance segmentation')).toBeInTheDocument();
    expect(within(header).queryByText(/Baseline/)).toBeNull();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('mAP50 (%)')).toBeInTheDocument();
    expect(within(summary).getByText('81.25%')).toBeInTheDocument();

    const params = screen.getByRole('region', { name: 'Training parameters' });
    expect(within(params).getByText('optimizer')).toBeInTheDocument();
    expect(within(params).getByText('120')).toBeInTheDocument();
    // No per-class AP in a training record: the AP chart says why, the annotation chart is drawn.
    expect(screen.getByText(/model-level score, not per-class AP/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Training and validation annotations per class/ })).toBeInTheDocument();
  });
});
