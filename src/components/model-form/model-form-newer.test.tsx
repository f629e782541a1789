import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { CreateModelMutationVariables, UpdateModelMutationVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildNewerModel, buildSlice } from '../../api/mocks/factories';
import { recordVariables } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';
import { draftKey, readDraft } from './form-draft';

// The newer API's fields of the create and edit forms (README "API generations").
vi.setConfig({ testTimeout: 30_000 });
const NAVIGATION = { timeout: 5_000 };

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const train = buildSlice({ datasetId: dataset.id, name: 'train-2024' });
  const val = buildSlice({ datasetId: dataset.id, name: 'val-2024' });
  const other = buildSlice({ datasetId: dataset.id, name: 'train-2025' });
  mockDb.datasets.push(dataset);
  mockDb.slices.push(train, val, other);
  return { dataset, train, val, other };
}

const setup = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.EachApiCall });

describe('model form: newer API', () => {
  it('creates a training record with a task type instead of a baseline, then sets a status createModel cannot', async () => {
    const { dataset } = seed();
    const creates = recordVariables<CreateModelMutationVariables>('mutation', 'CreateModel');
    const updates = recordVariables<UpdateModelMutationVariables>('mutation', 'UpdateModel');
    const { router } = renderRoute(`/datasets/${dataset.id}/models/new`);
    const user = setup();
    await user.type(await screen.findByLabelText('Name', {}, { timeout: 10_000 }), 'run 8');
    await user.selectOptions(await screen.findByLabelText('Task type'), 'OCR');
    await user.selectOptions(screen.getByLabelText('Status'), 'IN_PROGRESS');
    await user.type(screen.getByLabelText('Score key'), 'mAP50');
    await user.type(screen.getByLabelText('Score value'), '71.5');
    await user.type(screen.getByLabelText('Score unit'), '%');
    await user.type(screen.getByLabelText('Custom DAG id'), 'dag-7');
    await user.click(screen.getByLabelText('Training parameters (JSON)'));
    await user.paste('{"epochs": 30}');
    expect(readDraft(draftKey(dataset.id))?.values).toMatchObject({ taskType: 'OCR', scoreKey: 'mAP50' });
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/), NAVIGATION);
    expect(creates).toEqual([
      {
        datasetId: dataset.id,
        name: 'run 8',
        trainingSliceIds: [],
        validationSliceIds: [],
        isTrained: false,
        isPinned: false,
        taskType: 'OCR',
        scoreKey: 'mAP50',
        scoreValue: 71.5,
        scoreUnit: '%',
        customDagId: 'dag-7',
        trainingParameters: { epochs: 30 },
      },
    ]);
    const created = mockDb.models.find((m) => m.name === 'run 8');
    expect(updates).toEqual([{ datasetId: dataset.id, id: created?.id, status: 'IN_PROGRESS' }]);
    expect(created?.status).toBe('IN_PROGRESS');
  });

  it('asks for a baseline or a task type, and checks the score and parameters like the server', async () => {
    const { dataset } = seed();
    renderRoute(`/datasets/${dataset.id}/models/new`);
    const user = setup();
    await user.type(await screen.findByLabelText('Name', {}, { timeout: 10_000 }), 'run 9');
    await screen.findByLabelText('Task type');
    await user.type(screen.getByLabelText('Score value'), 'high');
    await user.click(screen.getByLabelText('Training parameters (JSON)'));
    await user.paste('[1, 2]');
    await user.click(screen.getByRole('button', { name: 'Create model' }));
    expect(await screen.findByText('Baseline model must not be empty')).toBeInTheDocument();
    expect(screen.getByLabelText('Score value')).toHaveAccessibleDescription(
      expect.stringContaining('Score value must be a number'),
    );
    expect(screen.getByLabelText('Training parameters (JSON)')).toHaveAccessibleDescription(
      expect.stringContaining('Training parameters must be a JSON object'),
    );
  });

  it('edits status, score and one training slice; Completed ticks Trained and sends the status alone', async () => {
    const { dataset, train, val, other } = seed();
    const model = buildNewerModel({
      datasetId: dataset.id,
      name: 'run 3',
      status: 'IN_PROGRESS',
      trainingSlices: [train],
      validationSlices: [val],
    });
    mockDb.models.push(model);
    const updates = recordVariables<UpdateModelMutationVariables>('mutation', 'UpdateModel');
    const { router } = renderRoute(`/datasets/${dataset.id}/models/${model.id}/edit`);
    const user = setup();
    const status = await screen.findByLabelText('Status', {}, { timeout: 10_000 });
    expect(screen.getByLabelText('Training slice')).toHaveValue(train.id);
    await user.selectOptions(status, 'COMPLETED');
    expect(screen.getByLabelText('Trained')).toBeChecked();
    await user.clear(screen.getByLabelText('Trained at'));
    await user.selectOptions(screen.getByLabelText('Training slice'), other.id);
    await user.type(screen.getByLabelText('Score value'), '0.9');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models/${model.id}`));
    expect(updates).toEqual([
      {
        datasetId: dataset.id,
        id: model.id,
        status: 'COMPLETED',
        scoreValue: 0.9,
        trainSliceId: other.id,
      },
    ]);
    const saved = mockDb.models.find((m) => m.id === model.id);
    expect(saved?.status).toBe('COMPLETED');
    expect(saved?.trainingSlices.map((s) => s.id)).toEqual([other.id]);
  });
});
