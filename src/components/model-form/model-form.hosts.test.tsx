// Create and edit through the proxy (README "Dashboard for a Superb AI host (proxy)"): a newer-API host gets
// createModel with a task type and updateModel(modelId:), and the form has no field the host cannot store; a
// v1.4.0-era host gets documents without `contents` and `trainingAnnotations`, fields and arguments alike.
import { act, configure, screen, waitFor } from '@testing-library/react';
import type {
  CreateModelFirstGenerationMutationVariables,
  CreateModelNewerMutationVariables,
  UpdateModelNewerMutationVariables,
} from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildTrainClass } from '../../api/mocks/factories';
import { hostHandlers } from '../../api/mocks/host-handlers';
import { recordDocuments, recordVariables, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const model = buildModel({
    datasetId: dataset.id,
    name: 'yolo traffic v1',
    trainingClasses: [buildTrainClass({ class: 'car', ap: null })],
  });
  mockDb.datasets.push(dataset);
  mockDb.models.push(model);
  return { dataset, model, models: `/datasets/${dataset.id}/models` };
}

describe('model form through the proxy', () => {
  it('on a newer-API host, creates without baseline, trained-at time, weights id or AP', async () => {
    const { dataset, models } = seed();
    server.use(...hostHandlers('newer'));
    const calls = recordVariables<CreateModelNewerMutationVariables>('mutation', 'CreateModelNewer');
    const { user, router } = renderRoute(`${models}/new`);
    await screen.findByRole('heading', { name: 'New model', level: 1 }, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByLabelText('Baseline model')).not.toBeInTheDocument());
    expect(screen.queryByLabelText('Trained at')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Model content id')).not.toBeInTheDocument();
    expect(screen.getByText('This host records no per-class AP.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'yolo newer');
    await user.click(screen.getByRole('button', { name: 'Add class' }));
    expect(screen.queryByLabelText('AP 1')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Class 1'), 'car');
    await user.type(screen.getByLabelText('Training annotations 1'), '12');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/));
    expect(calls).toEqual([
      expect.objectContaining({
        datasetId: dataset.id,
        name: 'yolo newer',
        taskType: 'OBJECT_DETECTION',
        trainingAnnotations: [{ className: 'car', annotationType: null, trainCount: 12, validationCount: null }],
      }),
    ]);
    expect(screen.queryByText(/Cannot query field/)).not.toBeInTheDocument();
  });

  it('on a newer-API host, a save marked trained sets the status COMPLETED through updateModel(modelId:)', async () => {
    const { model, models } = seed();
    server.use(...hostHandlers('newer'));
    const calls = recordVariables<UpdateModelNewerMutationVariables>('mutation', 'UpdateModelNewer');
    const { user, router } = renderRoute(`${models}/${model.id}/edit`);
    await screen.findByRole('heading', { name: 'Edit model', level: 1 }, { timeout: 10_000 });
    expect(screen.queryByLabelText('Baseline model')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Description'), 'done');
    await user.click(screen.getByLabelText('Trained'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`${models}/${model.id}`));
    expect(calls).toEqual([
      { datasetId: model.datasetId, modelId: model.id, description: 'done', status: 'COMPLETED' },
    ]);
  });

  it('on a first-generation host, creates with the first generation’s document and a baseline', async () => {
    const { models } = seed();
    server.use(...hostHandlers('first'));
    const calls = recordVariables<CreateModelFirstGenerationMutationVariables>(
      'mutation',
      'CreateModelFirstGeneration',
    );
    const { user, router } = renderRoute(`${models}/new`);
    await screen.findByRole('heading', { name: 'New model', level: 1 }, { timeout: 10_000 });
    await user.type(screen.getByLabelText('Name'), 'yolo first');
    await user.type(screen.getByLabelText('Baseline model'), 'yolov8n');
    await user.click(screen.getByRole('button', { name: 'Create model' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/));
    expect(calls).toEqual([expect.objectContaining({ name: 'yolo first', baselineModel: 'yolov8n' })]);
  });

  it('on a v1.4.0-era newer-API host, creates and edits with no class rows and no field the host lacks', async () => {
    const { model, models } = seed();
    server.use(...hostHandlers('newer', 'v1.4.0'));
    const sent = recordDocuments();
    const { user, router } = renderRoute(`${models}/new`);
    await screen.findByRole('heading', { name: 'New model', level: 1 }, { timeout: 10_000 });
    expect(await screen.findByText('This host records no per-class annotation counts.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add class' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'yolo v1.4');
    await user.click(screen.getByRole('button', { name: 'Create model' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/));

    await act(() => router.navigate(`${models}/${model.id}/edit`));
    await screen.findByRole('heading', { name: 'Edit model', level: 1 });
    await user.type(screen.getByLabelText('Description'), 'done');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`${models}/${model.id}`));

    const writes = sent.filter((d) => /^(Create|Update)ModelNewer$/.test(d.operationName));
    expect(writes.map((d) => d.operationName)).toEqual(['CreateModelNewer', 'UpdateModelNewer']);
    expect(writes[0]?.variables).toEqual(expect.objectContaining({ name: 'yolo v1.4', taskType: 'OBJECT_DETECTION' }));
    expect(writes[1]?.variables).toEqual({ datasetId: model.datasetId, modelId: model.id, description: 'done' });
    for (const { query, variables } of sent) {
      expect(query).not.toMatch(/contents|trainingAnnotations|trainingReport/);
      expect(Object.keys(variables)).not.toContain('trainingAnnotations');
    }
    expect(screen.queryByText(/Cannot query field|Unknown argument/)).not.toBeInTheDocument();
  });
});
