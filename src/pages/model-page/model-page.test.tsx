import { configure, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import type { ModelDetailQuery, ModelDetailQueryVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel, buildSlice, buildTrainClass } from '../../api/mocks/factories';
import { capabilitiesHandler, errorResponse } from '../../api/mocks/handlers';
import { LOCAL_CAPABILITIES } from '../../api/schemas';
import { server } from '../../api/mocks/node';
import type { ModelDetail } from '../../api/models';
import { renderRoute } from '../../test/render';

// The page, its lazy charts and recharts load on first use; a busy CI machine needs more than 1 s for that.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });
const CHART_TIMEOUT = { timeout: 20_000 };

const classes = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    buildTrainClass({
      class: `class-${String(i + 1).padStart(3, '0')}`,
      ap: ((i * 37) % 100) / 100,
      trainingAnnotationsCount: 100 + i,
      validationAnnotationsCount: 20 + i,
    }),
  );

function seed(overrides: Partial<ModelDetail> = {}) {
  const dataset = buildDataset({ name: 'Traffic' });
  const train = buildSlice({ datasetId: dataset.id, name: 'train-day', description: 'Daytime frames' });
  const val = buildSlice({ datasetId: dataset.id, name: 'val-night', description: 'Held-out night cameras' });
  const model = buildModel({
    datasetId: dataset.id,
    name: 'yolo traffic v3',
    description: 'Retrained with night frames.',
    baselineModel: 'yolov8s',
    isTrained: true,
    trainedAt: '2025-03-03T10:00:00.000Z',
    trainingDataCount: 12480,
    validationDataCount: 2210,
    createdBy: 'mina.park@example.com',
    updatedBy: 'jonas.weber@example.com',
    meta: { epochs: 50, hyperparameters: { lr: 0.001, optimizer: 'adamw' } },
    modelContent: { id: 'content-7', downloadURL: 'https://cdn.example.com/weights/v3.pt' },
    trainingClasses: [
      buildTrainClass({ class: 'car', ap: 0.95, trainingAnnotationsCount: 5000, validationAnnotationsCount: 900 }),
      buildTrainClass({
        class: 'bus',
        annotationType: 'polygon',
        ap: 0.93,
        trainingAnnotationsCount: 800,
        validationAnnotationsCount: 100,
      }),
    ],
    trainingSlices: [train],
    validationSlices: [val],
    ...overrides,
  });
  mockDb.datasets.push(dataset);
  mockDb.slices.push(train, val);
  mockDb.models.push(model);
  return { dataset, model, url: `/datasets/${dataset.id}/models/${model.id}` };
}

const apFigure = () => screen.findByRole('figure', { name: 'Average precision (AP) per class' }, CHART_TIMEOUT);

describe('model detail page', () => {
  it('shows everything about the model', async () => {
    const { model, url } = seed();
    renderRoute(url);

    expect(await screen.findByRole('heading', { level: 1, name: 'yolo traffic v3' })).toBeInTheDocument();
    expect(screen.getByText('yolov8s')).toBeInTheDocument();
    expect(screen.getByText('Retrained with night frames.')).toBeInTheDocument();
    expect(screen.getByText(/Trained/, { selector: 'span' })).toHaveTextContent(/Trained\s+Mar 3, 2025/);
    expect(screen.getByRole('button', { name: 'Pin yolo traffic v3' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `${url}/edit`);

    const summary = screen.getByRole('region', { name: 'Summary' });
    const figure = (label: string) => within(summary).getByText(label).nextElementSibling?.textContent;
    expect(figure('mAP')).toBe('0.940High');
    expect(figure('Classes')).toBe('2');
    expect(figure('Training data')).toBe('12,480');
    expect(figure('Validation data')).toBe('2,210');
    expect(figure('Training annotations')).toBe('5,800');
    expect(figure('Validation annotations')).toBe('1,000');

    const table = screen.getByRole('table', { name: 'Classes of yolo traffic v3' });
    const bus = within(table).getByRole('row', { name: /bus/ });
    expect(
      within(bus)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['polygon', '0.930', '800', '100']);

    const details = screen.getByRole('complementary', { name: 'Model details' });
    expect(within(details).getByText('train-day')).toBeInTheDocument();
    expect(within(details).getByText('Held-out night cameras')).toBeInTheDocument();
    expect(within(details).getByText(mockDb.slices[0]!.id)).toBeInTheDocument();
    expect(within(details).getByText('content-7')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'Download weights' })).toHaveAttribute(
      'href',
      'https://cdn.example.com/weights/v3.pt',
    );
    expect(within(details).getByText('by mina.park@example.com')).toBeInTheDocument();
    expect(within(details).getByText('by jonas.weber@example.com')).toBeInTheDocument();
    expect(within(details).getByText(model.id)).toBeInTheDocument();

    expect(screen.getByRole('button', { name: /^hyperparameters/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('"adamw"')).toBeInTheDocument();
    expect(await apFigure()).toBeInTheDocument();
  });

  it.each([1, 8, 150])('draws one AP bar per class for %i classes', async (count) => {
    const { url } = seed({ trainingClasses: classes(count) });
    renderRoute(url);
    const figure = await apFigure();
    await waitFor(() => expect(figure.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(count), CHART_TIMEOUT);
    expect(within(figure).getByText(`${count} ${count === 1 ? 'class' : 'classes'}`, { exact: false })).toBeVisible();
  });

  it('offers the chart data as a table and sorts the bars', async () => {
    const { url } = seed();
    const { user } = renderRoute(url);
    const figure = await apFigure();
    await user.click(within(figure).getByRole('button', { name: 'Show data table' }));
    const rows = () =>
      within(figure)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(rows()).toEqual(['car', 'bus']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort classes by' }), 'Class name');
    expect(rows()).toEqual(['bus', 'car']);
  });

  it('explains a model without classes instead of drawing empty charts', async () => {
    const { url } = seed({ trainingClasses: [], meta: null, modelContent: null });
    renderRoute(url);
    expect(await screen.findByRole('heading', { name: 'No per-class metrics yet' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.getByText('No weights attached')).toBeInTheDocument();
    expect(screen.getByText('No metadata.')).toBeInTheDocument();
  });

  it.each([
    { isTrained: false, reason: /not trained yet/, link: 'Record training results' },
    { isTrained: true, reason: /No class has an AP value/, link: 'Record AP values' },
  ])('explains an AP chart without AP values (trained: $isTrained) instead of drawing bare labels', async (c) => {
    const { url } = seed({
      isTrained: c.isTrained,
      trainedAt: null,
      trainingClasses: classes(3).map((row) => ({ ...row, ap: null })),
    });
    renderRoute(url);
    const figure = await apFigure();
    expect(within(figure).getByText(c.reason)).toBeVisible();
    expect(within(figure).getByRole('link', { name: c.link })).toHaveAttribute('href', `${url}/edit`);
    expect(figure.querySelector('.recharts-surface')).toBeNull();
    expect(within(figure).queryByRole('button', { name: /PNG|data table/ })).not.toBeInTheDocument();
  });

  it('says "not found" for an unknown id, with a way back to the list', async () => {
    const { dataset } = seed();
    renderRoute(`/datasets/${dataset.id}/models/does-not-exist`);
    expect(await screen.findByRole('heading', { name: 'Model not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to models' })).toHaveAttribute(
      'href',
      `/datasets/${dataset.id}/models`,
    );
  });

  it('shows other errors with a Retry that reloads the model', async () => {
    const { url } = seed();
    // Locked until the user retries (the route's loader and the page both ask before that).
    let locked = true;
    server.use(
      graphql.query<ModelDetailQuery, ModelDetailQueryVariables>('ModelDetail', () => {
        if (locked) return errorResponse('INTERNAL', 'Database is locked');
        return HttpResponse.json({ data: { model: mockDb.models[0]! } });
      }),
    );
    const { user } = renderRoute(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Database is locked');
    locked = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'yolo traffic v3' })).toBeInTheDocument();
  });

  it('pins and unpins the model', async () => {
    const { url } = seed();
    const { user } = renderRoute(url);
    await user.click(await screen.findByRole('button', { name: 'Pin yolo traffic v3' }));
    const unpin = await screen.findByRole('button', { name: 'Unpin yolo traffic v3' });
    expect(unpin).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(mockDb.models[0]?.isPinned).toBe(true));
    await user.click(unpin);
    await waitFor(() => expect(mockDb.models[0]?.isPinned).toBe(false));
    expect(await screen.findByRole('button', { name: 'Pin yolo traffic v3' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('deletes after confirmation and returns to the list with a notice', async () => {
    const { dataset, url } = seed();
    const { user, router } = renderRoute(url);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete yolo traffic v3?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models`));
    expect(await screen.findByText('Deleted yolo traffic v3')).toBeInTheDocument();
    expect(mockDb.models).toHaveLength(0);
  });

  it('keeps the model when the delete is cancelled', async () => {
    const { url } = seed();
    const { user, router } = renderRoute(url);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(url);
    expect(mockDb.models).toHaveLength(1);
  });

  it('never renders a javascript: download URL as a link', async () => {
    const { url } = seed({ modelContent: { id: 'content-9', downloadURL: 'javascript:alert(document.cookie)' } });
    renderRoute(url);
    await screen.findByRole('heading', { level: 1, name: 'yolo traffic v3' });
    expect(screen.getByText('javascript:alert(document.cookie)').closest('a')).toBeNull();
    expect(screen.queryByRole('link', { name: /download/i })).not.toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('renders user text as text, never as markup', async () => {
    const { url } = seed({
      name: '<img src=x onerror=alert(1)>',
      description: '<script>alert(2)</script>',
      meta: { note: '<b>bold</b>' },
    });
    const { container } = renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
    expect(container.querySelector('main img, main script, main b')).toBeNull();
  });

  it('exports the classes as CSV', async () => {
    const { url } = seed();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:classes';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderRoute(url);
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0]?.text()).toBe(
      'class,annotationType,ap,trainingAnnotationsCount,validationAnnotationsCount\r\n' +
        'car,box,0.95,5000,900\r\nbus,polygon,0.93,800,100\r\n',
    );
    click.mockRestore();
  });

  it('picks other models of the dataset to compare with', async () => {
    const { dataset, model, url } = seed();
    const others = ['yolo traffic v2', 'yolo traffic v1', 'detr traffic'].map((name) =>
      buildModel({ datasetId: dataset.id, name }),
    );
    mockDb.models.push(...others);
    const { user, router } = renderRoute(url);

    await user.click(await screen.findByRole('button', { name: 'Compare with…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Compare yolo traffic v3 with…' });
    expect(await within(dialog).findAllByRole('checkbox')).toHaveLength(3);
    expect(within(dialog).queryByRole('checkbox', { name: 'yolo traffic v3' })).not.toBeInTheDocument();

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search models by name' }), 'YOLO');
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(2));
    await user.click(within(dialog).getByRole('checkbox', { name: 'yolo traffic v1' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'yolo traffic v2' }));
    await user.click(within(dialog).getByRole('button', { name: 'Compare 3 models' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/compare`));
    expect(router.state.location.search).toBe(`?ids=${model.id},${others[1]!.id},${others[0]!.id}`);
  });

  it('allows at most 11 other models in one comparison', async () => {
    const { dataset, url } = seed();
    mockDb.models.push(
      ...Array.from({ length: 13 }, (_, i) => buildModel({ datasetId: dataset.id, name: `other ${i + 1}` })),
    );
    const { user } = renderRoute(url);
    await user.click(await screen.findByRole('button', { name: 'Compare with…' }));
    const dialog = await screen.findByRole('dialog');
    const boxes = await within(dialog).findAllByRole('checkbox');
    for (const box of boxes.slice(0, 11)) await user.click(box);
    expect(boxes.slice(11).every((box) => (box as HTMLInputElement).disabled)).toBe(true);
    expect(within(dialog).getByText(/11 selected/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Compare 12 models' })).toBeEnabled();
  });

  it('shows the history of the model field by field, and hides it where the host keeps none', async () => {
    const { dataset, model, url } = seed();
    const at = new Date(Date.now() - 2 * 3600_000).toISOString();
    const car = (ap: number) => ({
      className: 'car',
      annotationType: null,
      ap,
      trainCount: null,
      validationCount: null,
    });
    mockDb.history = [
      {
        datasetId: dataset.id,
        id: '2',
        modelId: model.id,
        modelName: model.name,
        at,
        actor: 'team-ci',
        kind: 'UPDATED',
        changes: [{ field: 'trainingAnnotations', from: [car(0.81)], to: [car(0.85)] }],
      },
      {
        datasetId: dataset.id,
        id: '1',
        modelId: model.id,
        modelName: model.name,
        at,
        actor: 'local',
        kind: 'CREATED',
        changes: [],
      },
    ];
    const { unmount } = renderRoute(url);
    const history = await screen.findByRole('list', { name: `History of ${model.name}` });
    expect(within(history).getByText('AP car 0.81 → 0.85')).toBeInTheDocument();
    expect(history).toHaveTextContent('Updated by team-ci, 2 hours ago');
    expect(history).toHaveTextContent('Created by local');
    unmount();

    server.use(capabilitiesHandler({ ...LOCAL_CAPABILITIES, mode: 'proxy', history: false }));
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: model.name })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'History' })).toBeNull();
  });
});
