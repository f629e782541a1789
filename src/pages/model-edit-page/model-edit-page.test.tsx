import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import type { UpdateModelMutationVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildSlice, buildTrainClass } from '../../api/mocks/factories';
import { errorResponse } from '../../api/mocks/handlers';
import { recordVariables, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

/** Saving refetches the model and the next page loads its lazy chunk. */
const NAVIGATION = { timeout: 5_000 };

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  const train = buildSlice({ datasetId: dataset.id, name: 'train-2024' });
  const val = buildSlice({ datasetId: dataset.id, name: 'val-2024' });
  const model = buildModel({
    datasetId: dataset.id,
    name: 'yolo traffic v1',
    description: 'baseline run',
    baselineModel: 'yolov8n',
    modelContent: { id: 'content-7', downloadURL: null },
    meta: { epochs: 100 },
    trainingClasses: [buildTrainClass({ class: 'car', ap: 0.81 }), buildTrainClass({ class: 'bus', ap: null })],
    trainingSlices: [train],
    validationSlices: [val],
  });
  mockDb.datasets.push(dataset);
  mockDb.slices.push(train, val);
  mockDb.models.push(model);
  return { dataset, model };
}

const captureUpdate = () => recordVariables<UpdateModelMutationVariables>('mutation', 'UpdateModel');

async function openEdit() {
  const { dataset, model } = seed();
  const rendered = renderRoute(`/datasets/${dataset.id}/models/${model.id}/edit`);
  // The first render loads the route's lazy chunk.
  await screen.findByRole('heading', { name: 'Edit model', level: 1 }, { timeout: 10_000 });
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.EachApiCall });
  return { ...rendered, user, dataset, model };
}

describe('edit model form', { timeout: 30_000 }, () => {
  it('shows the saved values, with baseline and slices read-only', async () => {
    await openEdit();

    expect(screen.getByLabelText('Name')).toHaveValue('yolo traffic v1');
    expect(screen.getByLabelText('Description')).toHaveValue('baseline run');
    expect(screen.getByLabelText('Model content id')).toHaveValue('content-7');
    expect(JSON.parse(screen.getByLabelText<HTMLTextAreaElement>('Meta (JSON)').value)).toEqual({ epochs: 100 });
    expect(screen.getByLabelText('Class 1')).toHaveValue('car');
    expect(screen.getByLabelText('AP 1')).toHaveValue('0.81');
    expect(screen.getByLabelText('AP 2')).toHaveValue('');

    const baseline = screen.getByLabelText('Baseline model');
    expect(baseline).toHaveValue('yolov8n');
    expect(baseline).toHaveAttribute('readonly');
    expect(baseline).toHaveAccessibleDescription(expect.stringContaining('the API cannot change it'));
    const training = screen.getByLabelText('Training slices');
    expect(within(training).getByText('train-2024')).toBeInTheDocument();
    // Worded per server: the local catalog also offers the newer API's single slice below.
    expect(training).toHaveAccessibleDescription(expect.stringContaining('when a model is created'));
    expect(within(screen.getByLabelText('Validation slices')).getByText('val-2024')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Training slices' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Pinned')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });

  it('sends only the changed fields, an emptied one as null', async () => {
    const calls = captureUpdate();
    const { user, router, dataset, model } = await openEdit();

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'yolo traffic v1.1');
    await user.clear(screen.getByLabelText('Description'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(
      () => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models/${model.id}`),
      NAVIGATION,
    );
    expect(calls).toEqual([{ datasetId: dataset.id, id: model.id, name: 'yolo traffic v1.1', description: null }]);
    expect(mockDb.models[0]?.description).toBeNull();
    expect(await screen.findByText('Saved', {}, NAVIGATION)).toBeInTheDocument();
  });

  it('replaces the whole class list when a row changes, and records training', async () => {
    const calls = captureUpdate();
    const { user, dataset, model } = await openEdit();

    await user.type(screen.getByLabelText('AP 2'), '0.5');
    await user.click(screen.getByLabelText('Trained'));
    expect(screen.getByLabelText<HTMLInputElement>('Trained at').value).not.toBe('');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    const [call] = calls;
    expect(Object.keys(call ?? {}).sort()).toEqual(['datasetId', 'id', 'isTrained', 'trainedAt', 'trainingClasses']);
    expect(call).toMatchObject({ datasetId: dataset.id, id: model.id, isTrained: true });
    expect(call?.trainedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(call?.trainingClasses).toEqual([
      {
        class: 'car',
        annotationType: 'box',
        ap: 0.81,
        trainingAnnotationsCount: 1200,
        validationAnnotationsCount: 300,
      },
      { class: 'bus', annotationType: 'box', ap: 0.5, trainingAnnotationsCount: 1200, validationAnnotationsCount: 300 },
    ]);
  });

  it('clears meta and the content id with null', async () => {
    const calls = captureUpdate();
    const { user } = await openEdit();
    await user.clear(screen.getByLabelText('Meta (JSON)'));
    await user.clear(screen.getByLabelText('Model content id'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ meta: null, modelContentId: null });
    expect(Object.keys(calls[0] ?? {})).toHaveLength(4);
  });

  it('saves nothing when nothing changed', async () => {
    const calls = captureUpdate();
    const { user, router, dataset, model } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(
      () => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models/${model.id}`),
      NAVIGATION,
    );
    expect(calls).toEqual([]);
  });

  it('shows a name the server refuses on the Name field', async () => {
    server.use(graphql.mutation('UpdateModel', () => errorResponse('BAD_REQUEST', 'Name is reserved', 'name')));
    const { user } = await openEdit();
    await user.type(screen.getByLabelText('Name'), '!');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveAccessibleDescription('Name is reserved'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
  });

  it("warns when the name is changed to another model's, not about its own", async () => {
    const { user, dataset } = await openEdit();
    mockDb.models.push(buildModel({ datasetId: dataset.id, name: 'yolo traffic v2' }));
    const name = screen.getByLabelText('Name');
    await user.type(name, ' ');
    // Past the check's debounce and its request: no warning came.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'yolo traffic v2');
    expect(await screen.findByText(/already exists/)).toHaveTextContent(
      /A model named “yolo traffic v2” already exists/,
    );
  });

  it('says Not found, with a way back, for an unknown model', async () => {
    const { dataset } = seed();
    renderRoute(`/datasets/${dataset.id}/models/model-9999/edit`);
    expect(await screen.findByRole('heading', { name: 'Model not found' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to models' })).toHaveAttribute(
      'href',
      `/datasets/${dataset.id}/models`,
    );
  });

  it('offers Retry when the model cannot be loaded', async () => {
    server.use(graphql.query('ModelDetail', () => errorResponse('INTERNAL', 'Database is locked')));
    const { dataset, model } = seed();
    renderRoute(`/datasets/${dataset.id}/models/${model.id}/edit`);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Database is locked');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('a save that cannot reach the server keeps the form and the edit, with Retry, and a draft that survives a reload', async () => {
    const { user, unmount, dataset, model } = await openEdit();
    await user.clear(screen.getByLabelText('Description'));
    await user.type(screen.getByLabelText('Description'), 'kept while down');
    // The server goes away: the save fails, and so does the refetch of the model that follows it.
    let down = true;
    server.use(graphql.operation(() => (down ? HttpResponse.error() : undefined)));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = (await screen.findByText(/Cannot reach the server/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Your input stays here');
    expect(screen.getByLabelText('Description')).toHaveValue('kept while down');
    // The model's refetch failed too: the banner says so, and the form stays.
    expect(await screen.findByText(/Can't reach the server/)).toBeInTheDocument();
    expect(screen.getByLabelText('Description')).toHaveValue('kept while down');

    // A reload (the page mounted afresh) offers the edit back.
    unmount();
    down = false;
    renderRoute(`/datasets/${dataset.id}/models/${model.id}/edit`);
    expect(await screen.findByText(/Restored the changes you had not saved/, {}, NAVIGATION)).toBeInTheDocument();
    expect(screen.getByLabelText('Description')).toHaveValue('kept while down');
    expect(screen.getByLabelText('Name')).toHaveValue('yolo traffic v1');

    const calls = captureUpdate();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { name: 'yolo traffic v1', level: 1 }, NAVIGATION);
    expect(calls).toEqual([{ datasetId: dataset.id, id: model.id, description: 'kept while down' }]);
    expect(localStorage.length).toBe(0);
  });

  it('Retry beside a failed save sends it again', async () => {
    const { user } = await openEdit();
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'renamed');
    let down = true;
    server.use(graphql.mutation('UpdateModel', () => (down ? HttpResponse.error() : undefined)));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = (await screen.findByText(/Cannot reach the server/)).closest<HTMLElement>('[role="alert"]');
    down = false;
    const calls = captureUpdate();
    await user.click(within(alert ?? document.body).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('heading', { name: 'renamed', level: 1 }, NAVIGATION);
    expect(calls).toHaveLength(1);
  });
});
