import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { graphql } from 'msw';
import type { CreateModelMutationVariables, CreateSliceMutationVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildSlice } from '../../api/mocks/factories';
import { errorResponse } from '../../api/mocks/handlers';
import { recordVariables, server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

/** Saving refetches the model and the next page loads its lazy chunk. */
const NAVIGATION = { timeout: 5_000 };

function seed(moreSlices: readonly string[]) {
  const dataset = buildDataset({ name: 'Traffic' });
  const train = buildSlice({ datasetId: dataset.id, name: 'train-2024' });
  const val = buildSlice({ datasetId: dataset.id, name: 'val-2024', dataCount: 250 });
  mockDb.datasets.push(dataset);
  mockDb.slices.push(train, val, ...moreSlices.map((name) => buildSlice({ datasetId: dataset.id, name })));
  mockDb.models.push(buildModel({ datasetId: dataset.id, baselineModel: 'yolov8s' }));
  return { dataset, train, val };
}

const captureCreate = () => recordVariables<CreateModelMutationVariables>('mutation', 'CreateModel');

async function openForm(moreSlices: readonly string[] = []) {
  const { dataset, train, val } = seed(moreSlices);
  const rendered = renderRoute(`/datasets/${dataset.id}/models/new`);
  // The first render loads the route's lazy chunk.
  await screen.findByRole('heading', { name: 'New model', level: 1 }, { timeout: 10_000 });
  // Checking pointer-events once per action, not per event, keeps typing in this large form fast.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.EachApiCall });
  return { ...rendered, user, dataset, train, val };
}

type User = Awaited<ReturnType<typeof openForm>>['user'];

async function pickSlice(user: User, label: string, sliceName: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: sliceName }));
  await user.keyboard('{Escape}');
}

// A large form in jsdom: each typed key costs tens of milliseconds.
describe('create model form', { timeout: 30_000 }, () => {
  it('labels every input and leaves optional fields out of the request', async () => {
    const calls = captureCreate();
    const { user, router, dataset, train, val } = await openForm();

    for (const label of [
      'Name',
      'Baseline model',
      'Description',
      'Training slices',
      'Validation slices',
      'Trained',
      'Trained at',
      'Model content id',
      'Pinned',
      'Meta (JSON)',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Trained at')).toHaveAttribute('type', 'datetime-local');

    await user.type(screen.getByLabelText('Name'), '  yolo traffic v2 ');
    await user.type(screen.getByLabelText('Baseline model'), 'yolov8n');
    await pickSlice(user, 'Training slices', 'train-2024');
    await pickSlice(user, 'Validation slices', 'val-2024');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/), NAVIGATION);
    expect(calls).toEqual([
      {
        datasetId: dataset.id,
        name: 'yolo traffic v2',
        baselineModel: 'yolov8n',
        trainingSliceIds: [train.id],
        validationSliceIds: [val.id],
        isTrained: false,
        isPinned: false,
      },
    ]);
    const created = mockDb.models.find((m) => m.name === 'yolo traffic v2');
    expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models/${created?.id}`);
    expect(await screen.findByText('Created', {}, NAVIGATION)).toBeInTheDocument();
  });

  it('sends classes, meta, pin, content id and the trained time as ISO', async () => {
    const calls = captureCreate();
    const { user } = await openForm();

    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await user.type(screen.getByLabelText('Description'), 'first run');
    await user.click(screen.getByLabelText('Trained'));
    const trainedAt = screen.getByLabelText<HTMLInputElement>('Trained at');
    expect(trainedAt.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await user.clear(trainedAt);
    await user.type(trainedAt, '2025-03-04T05:06');
    await user.type(screen.getByLabelText('Model content id'), 'content-1');
    await user.click(screen.getByLabelText('Pinned'));
    await user.click(screen.getByLabelText('Meta (JSON)'));
    await user.paste('{"epochs": 100}');
    await user.click(screen.getByRole('button', { name: 'Add class' }));
    await user.type(screen.getByLabelText('Class 1'), 'car');
    await user.type(screen.getByLabelText('Annotation type 1'), 'box');
    await user.type(screen.getByLabelText('AP 1'), '0.8');
    await user.type(screen.getByLabelText('Training annotations 1'), '1200');
    await user.type(screen.getByLabelText('Validation annotations 1'), '300');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({
      description: 'first run',
      isTrained: true,
      trainedAt: new Date(2025, 2, 4, 5, 6).toISOString(),
      modelContentId: 'content-1',
      isPinned: true,
      meta: { epochs: 100 },
      trainingClasses: [
        {
          class: 'car',
          annotationType: 'box',
          ap: 0.8,
          trainingAnnotationsCount: 1200,
          validationAnnotationsCount: 300,
        },
      ],
    });
  });

  it('shows required-field errors linked to their inputs and focuses the first', async () => {
    const calls = captureCreate();
    const { user } = await openForm();

    await user.click(screen.getByRole('button', { name: 'Create model' }));

    const name = screen.getByLabelText('Name');
    expect(await screen.findByText('Name must not be empty')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Name must not be empty');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Baseline model')).toHaveAccessibleDescription(
      expect.stringContaining('Baseline model must not be empty'),
    );
    expect(calls).toHaveLength(0);
  });

  it('reports each rule on the fields and class rows', async () => {
    const { user } = await openForm();

    await user.click(screen.getByLabelText('Name'));
    await user.paste('x'.repeat(201));
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await user.click(screen.getByLabelText('Description'));
    await user.paste('d'.repeat(10_001));
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Add class' }));
    await user.type(screen.getByLabelText('AP 1'), '1.5');
    await user.type(screen.getByLabelText('Class 2'), 'car');
    await user.type(screen.getByLabelText('AP 2'), 'abc');
    await user.type(screen.getByLabelText('Training annotations 2'), '-1');
    await user.type(screen.getByLabelText('Validation annotations 2'), '1.5');
    await user.type(screen.getByLabelText('Class 3'), 'person');
    await user.type(screen.getByLabelText('AP 3'), '-0.0001');
    await user.type(screen.getByLabelText('Class 4'), 'person');
    await user.click(screen.getByLabelText('Meta (JSON)'));
    await user.paste('{\n  "a": 1,\n}');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    expect(await screen.findByText('Name must be at most 200 characters')).toBeInTheDocument();
    expect(screen.getByText('Description must be at most 10,000 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Class 1')).toHaveAccessibleDescription('Class name must not be empty');
    expect(screen.getByLabelText('AP 1')).toHaveAccessibleDescription('AP must be between 0 and 1');
    expect(screen.getByLabelText('AP 2')).toHaveAccessibleDescription('AP must be a number between 0 and 1');
    expect(screen.getByLabelText('Training annotations 2')).toHaveAccessibleDescription(
      'Training annotations must be 0 or more',
    );
    expect(screen.getByLabelText('Validation annotations 2')).toHaveAccessibleDescription(
      'Validation annotations must be a whole number',
    );
    expect(screen.getByLabelText('AP 3')).toHaveAccessibleDescription('AP must be between 0 and 1');
    expect(screen.getByLabelText('Meta (JSON)')).toHaveAccessibleDescription(
      expect.stringContaining('Meta is not valid JSON: expected a property name in double quotes at line 3, column 1'),
    );
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });

  it('rejects duplicate class + type rows and a meta value that is not an object', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await user.click(screen.getByRole('button', { name: 'Add class' }));
    await user.click(screen.getByRole('button', { name: 'Add class' }));
    await user.type(screen.getByLabelText('Class 1'), 'car');
    await user.type(screen.getByLabelText('Annotation type 1'), 'box');
    await user.type(screen.getByLabelText('Class 2'), 'car');
    await user.type(screen.getByLabelText('Annotation type 2'), 'box');
    await user.click(screen.getByLabelText('Meta (JSON)'));
    await user.paste('[1, 2]');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    expect(await screen.findByText('Class "car" (box) is listed twice')).toBeInTheDocument();
    expect(screen.getByLabelText('Class 2')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Meta (JSON)')).toHaveAccessibleDescription(
      expect.stringContaining('Meta must be a JSON object'),
    );

    // Same class with another annotation type is fine.
    await user.clear(screen.getByLabelText('Annotation type 2'));
    await user.type(screen.getByLabelText('Annotation type 2'), 'polygon');
    await waitFor(() => expect(screen.queryByText('Class "car" (box) is listed twice')).not.toBeInTheDocument());
  });

  it('adds, reorders and removes class rows', async () => {
    const { user } = await openForm();
    expect(screen.getByText('No classes yet.')).toBeInTheDocument();
    for (const name of ['car', 'bus', 'truck']) {
      await user.click(screen.getByRole('button', { name: 'Add class' }));
      await user.type(screen.getByLabelText(`Class ${screen.getAllByRole('row').length - 1}`), name);
    }
    const table = screen.getByRole('table', { name: 'Training classes' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['#', 'Class', 'Annotation type', 'AP', 'Training annotations', 'Validation annotations', 'Actions']);
    const classes = () => [1, 2, 3].map((n) => screen.queryByLabelText<HTMLInputElement>(`Class ${n}`)?.value);

    expect(screen.getByRole('button', { name: 'Move row 1 up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move row 3 up' }));
    expect(classes()).toEqual(['car', 'truck', 'bus']);
    await user.click(screen.getByRole('button', { name: 'Move row 1 down' }));
    expect(classes()).toEqual(['truck', 'car', 'bus']);
    await user.click(screen.getByRole('button', { name: 'Remove row 2' }));
    expect(classes()).toEqual(['truck', 'bus', undefined]);
    await waitFor(() => expect(screen.getByLabelText('Class 2')).toHaveFocus());
  });

  it('fills many rows from pasted CSV with a preview and per-line errors', async () => {
    const calls = captureCreate();
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');

    await user.click(screen.getByRole('button', { name: 'Paste CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste classes' });
    await user.click(within(dialog).getByRole('textbox'));
    await user.paste(
      'class,type,ap,train,val\ncar,box,0.82,1200,300\nperson,polygon\nbus,box,1.2,10,2\n"traffic, light",box,,40,\ncar,box,0.5,1,1',
    );

    const preview = within(dialog).getByRole('table', { name: 'Preview' });
    expect(within(preview).getAllByRole('row')).toHaveLength(6);
    const problems = within(dialog).getByRole('list', { name: 'Problems' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Line 4: AP must be between 0 and 1', 'Line 6: Class "car" (box) is listed twice']);
    await user.click(within(dialog).getByRole('button', { name: 'Add 3 classes' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText<HTMLInputElement>('Class 1').value).toBe('car');
    expect(screen.getByLabelText<HTMLInputElement>('Class 2').value).toBe('person');
    expect(screen.getByLabelText<HTMLInputElement>('Annotation type 2').value).toBe('polygon');
    expect(screen.getByLabelText<HTMLInputElement>('Class 3').value).toBe('traffic, light');
    expect(screen.getByLabelText<HTMLInputElement>('Training annotations 3').value).toBe('40');

    await user.click(screen.getByRole('button', { name: 'Create model' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.trainingClasses).toEqual([
      {
        class: 'car',
        annotationType: 'box',
        ap: 0.82,
        trainingAnnotationsCount: 1200,
        validationAnnotationsCount: 300,
      },
      {
        class: 'person',
        annotationType: 'polygon',
        ap: null,
        trainingAnnotationsCount: null,
        validationAnnotationsCount: null,
      },
      {
        class: 'traffic, light',
        annotationType: 'box',
        ap: null,
        trainingAnnotationsCount: 40,
        validationAnnotationsCount: null,
      },
    ]);
  });

  it('warns, without blocking, when a slice is used for training and validation', async () => {
    const calls = captureCreate();
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await pickSlice(user, 'Training slices', 'train-2024');
    expect(screen.queryByText(/both training and validation/)).not.toBeInTheDocument();
    await pickSlice(user, 'Validation slices', 'train-2024');

    expect(screen.getByRole('status')).toHaveTextContent(
      '“train-2024” is used for both training and validation, so validation results will look better than they are.',
    );
    await user.click(screen.getByRole('button', { name: 'Create model' }));
    await waitFor(() => expect(calls).toHaveLength(1));
  });

  it('warns, without blocking, when another model of the dataset has the name', async () => {
    const calls = captureCreate();
    const { user, dataset } = await openForm();
    mockDb.models.push(buildModel({ datasetId: dataset.id, name: 'yolov8s-baseline' }));
    mockDb.models.push(buildModel({ datasetId: 'other', name: 'elsewhere' }));
    const name = screen.getByLabelText('Name');

    await user.type(name, 'elsewhere');
    // Past the check's debounce and its request: no warning came.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'YOLOv8s-baseline ');
    const warning = await screen.findByText(/already exists/);
    expect(warning).toHaveTextContent(/A model named “yolov8s-baseline” already exists in this dataset/);
    expect(name).toHaveAccessibleDescription(expect.stringMatching(/already exists in this dataset/));
    expect(name).not.toHaveAttribute('aria-invalid');

    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await pickSlice(user, 'Training slices', 'train-2024');
    await pickSlice(user, 'Validation slices', 'val-2024');
    await user.click(screen.getByRole('button', { name: 'Create model' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.name).toBe('YOLOv8s-baseline');
  });

  it('filters slices by search and removes a picked one', async () => {
    const { user } = await openForm();
    const combobox = screen.getByRole('combobox', { name: 'Training slices' });
    await user.type(combobox, 'val');
    const listbox = screen.getByRole('listbox', { name: 'Slices for training' });
    expect(within(listbox).getAllByRole('option')).toHaveLength(2);
    expect(within(listbox).getByRole('option', { name: 'val-2024' })).toBeInTheDocument();
    expect(within(listbox).getByRole('option', { name: 'New slice…' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const selected = screen.getByRole('list', { name: 'Selected for training' });
    expect(within(selected).getByText('val-2024')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove val-2024 from training' }));
    expect(screen.queryByRole('list', { name: 'Selected for training' })).not.toBeInTheDocument();
  });

  it('orders slice matches by how well they match, and Enter picks the best one', async () => {
    const { user } = await openForm(['night-val', 'eval-set', 'val']);
    const combobox = screen.getByRole('combobox', { name: 'Validation slices' });
    await user.type(combobox, 'val');
    const listbox = screen.getByRole('listbox', { name: 'Slices for validation' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'val100 items',
      'val-2024250 items',
      'night-val100 items',
      'eval-set100 items',
      '+ New slice…',
    ]);
    expect(combobox).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{Enter}');
    const selected = screen.getByRole('list', { name: 'Selected for validation' });
    expect(within(selected).getByText('val')).toBeInTheDocument();
  });

  it('never highlights "New slice…" while typing; Enter on text that matches nothing offers to create it', async () => {
    const calls = captureCreate();
    const { user } = await openForm();
    const combobox = screen.getByRole('combobox', { name: 'Training slices' });
    await user.type(combobox, 'trian');
    const listbox = screen.getByRole('listbox', { name: 'Slices for training' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['+ New slice…']);
    expect(combobox).not.toHaveAttribute('aria-activedescendant', expect.stringMatching(/.+/));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'New slice' });
    expect(within(dialog).getByLabelText('Slice name')).toHaveValue('trian');
    expect(screen.queryByRole('list', { name: 'Selected for training' })).not.toBeInTheDocument();
    expect(calls).toEqual([]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // Arrow keys reach it too.
    await user.type(combobox, 'trai');
    expect(combobox).toHaveAttribute('aria-activedescendant', expect.stringMatching(/.+/));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByRole('dialog', { name: 'New slice' })).toBeInTheDocument();
  });

  it('offers Retry beside the pickers when the slices cannot load, reachable by Tab', async () => {
    let fail = true;
    server.use(graphql.query('SlicesList', () => (fail ? errorResponse('INTERNAL', 'Server down') : undefined)));
    const { user } = await openForm();
    const combobox = screen.getByRole('combobox', { name: 'Training slices' });
    expect((await screen.findAllByText('Could not load the slices.')).length).toBeGreaterThan(0);

    // Leaving the field closes its list; the Retry must not be in that list.
    combobox.focus();
    await user.tab(); // the list toggle is not a Tab stop
    expect(screen.getAllByRole('button', { name: 'Retry' })[0]).toHaveFocus();
    fail = false;
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByText('Could not load the slices.')).not.toBeInTheDocument());
    await user.click(combobox);
    expect(await screen.findByRole('option', { name: 'train-2024' })).toBeInTheDocument();
  });

  it('creates a slice inline from "New slice…" and selects it', async () => {
    const created = recordVariables<CreateSliceMutationVariables>('mutation', 'CreateSlice');
    const { user, dataset } = await openForm();

    await user.type(screen.getByRole('combobox', { name: 'Validation slices' }), 'holdout');
    await user.click(screen.getByRole('option', { name: 'New slice…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New slice' });
    expect(within(dialog).getByLabelText('Slice name')).toHaveValue('holdout');
    await user.click(within(dialog).getByRole('button', { name: 'Create slice' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(created).toEqual([{ datasetId: dataset.id, name: 'holdout' }]);
    const selected = screen.getByRole('list', { name: 'Selected for validation' });
    expect(within(selected).getByText('holdout')).toBeInTheDocument();
  });

  it('shows the server refusing a new slice name in the dialog', async () => {
    server.use(
      graphql.mutation('CreateSlice', () =>
        errorResponse('BAD_REQUEST', 'A slice named "train-2024" already exists in this dataset', 'name'),
      ),
    );
    const { user } = await openForm();

    await user.click(screen.getByRole('combobox', { name: 'Training slices' }));
    await user.click(screen.getByRole('option', { name: 'New slice…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New slice' });
    await user.click(within(dialog).getByRole('button', { name: 'Create slice' }));
    expect(await within(dialog).findByText('Slice name must not be empty')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Slice name'), 'train-2024');
    await user.click(within(dialog).getByRole('button', { name: 'Create slice' }));

    const input = within(dialog).getByLabelText('Slice name');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('A slice named "train-2024" already exists in this dataset'),
    );
    expect(input).toHaveFocus();
  });

  it('maps a server error onto its field, focusing it', async () => {
    server.use(
      graphql.mutation('CreateModel', () =>
        errorResponse('BAD_REQUEST', 'AP must be between 0 and 1', 'trainingClasses.0.ap'),
      ),
    );
    const { user, router } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await user.click(screen.getByRole('button', { name: 'Add class' }));
    await user.type(screen.getByLabelText('Class 1'), 'car');
    await user.type(screen.getByLabelText('AP 1'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    const ap = screen.getByLabelText('AP 1');
    await waitFor(() => expect(ap).toHaveAccessibleDescription('AP must be between 0 and 1'));
    expect(ap).toHaveFocus();
    expect(router.state.location.pathname).toMatch(/\/models\/new$/);
  });

  it('shows a server error without a known field above the buttons', async () => {
    server.use(graphql.mutation('CreateModel', () => errorResponse('NOT_FOUND', 'Slice slice-9 not found')));
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await user.click(screen.getByRole('button', { name: 'Create model' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Slice slice-9 not found');
  });

  it('keeps the button pending while saving', async () => {
    let release = () => {};
    server.use(
      graphql.mutation('CreateModel', () => new Promise<undefined>((resolve) => (release = () => resolve(undefined)))),
    );
    const { user, router } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'm');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Create model' })).toBeDisabled());
    release();
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/), NAVIGATION);
  });

  it('opens the new model from the create answer, without waiting for the lists it refreshes', async () => {
    const { user, router } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'fresh');
    await user.type(screen.getByLabelText('Baseline model'), 'b');
    // From here on the server answers no list and no model query: only the create itself.
    server.use(
      graphql.query('ModelsList', () => new Promise<undefined>(() => undefined)),
      graphql.query('ModelDetail', () => new Promise<undefined>(() => undefined)),
    );
    await user.click(screen.getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/models\/model-\d+$/), NAVIGATION);
    expect(await screen.findByRole('heading', { name: 'fresh', level: 1 }, NAVIGATION)).toBeInTheDocument();
  });

  it('suggests the baselines of existing models', async () => {
    await openForm();
    const input = screen.getByLabelText('Baseline model');
    const list = document.getElementById(input.getAttribute('list') ?? '');
    await waitFor(() => expect(list?.querySelector('option[value="yolov8s"]')).not.toBeNull());
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router, dataset } = await openForm();
    await user.type(screen.getByLabelText('Name'), 'half-typed');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));

    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models/new`);
    expect(screen.getByLabelText('Name')).toHaveValue('half-typed');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models`), NAVIGATION);
  });

  it('leaves an untouched form without asking', async () => {
    const { user, router, dataset } = await openForm();
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models`), NAVIGATION);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
