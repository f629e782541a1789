import { configure, screen, waitFor, within } from '@testing-library/react';
import { mockDb } from '../../api/mocks/db';
import { addMockDiagnosis, sweepFixtures } from '../../api/mocks/diagnoses';
import { buildDataset, buildModel, buildSlice } from '../../api/mocks/factories';
import { capabilitiesHandler } from '../../api/mocks/handlers';
import { server } from '../../api/mocks/node';
import { LOCAL_CAPABILITIES } from '../../api/schemas';
import { renderRoute } from '../../test/render';

// The page and the chart chunks load on first use; a busy CI machine needs time for that.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed(modelExists = true) {
  const dataset = buildDataset({ name: 'Traffic' });
  mockDb.datasets.push(dataset);
  const model = buildModel({ datasetId: dataset.id, name: 'detector v2' });
  if (modelExists) mockDb.models.push(model);
  mockDb.slices.push(buildSlice({ id: 'slice-val', datasetId: dataset.id, name: 'val-night' }));
  const diagnosis = addMockDiagnosis(
    {
      datasetId: dataset.id,
      name: 'night-val-iou-sweep',
      description: 'Night cameras at three thresholds.',
      modelId: model.id,
      scoreValue: 86.4,
      targetSliceId: 'slice-val',
      sourceDataCount: 3150,
      targetDataCount: 640,
      diagnosisDataCount: 640,
      diagnosisParameters: { confidence_threshold: 0.25 },
    },
    sweepFixtures(),
  );
  return { dataset, model, diagnosis, url: `/datasets/${dataset.id}/evaluations/${diagnosis.id}` };
}

/** A card is replaced once its file loads: wait for the text in the card that stays. */
const shown = (text: string) => waitFor(() => expect(screen.getByText(text)).toBeInTheDocument());
const details = () => screen.findByRole('complementary', { name: 'Evaluation details' });
const fact = async (label: string) => {
  const term = within(await details()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
};

describe('Evaluation page', () => {
  it('shows every field of the diagnosis', async () => {
    const { url, model } = seed();
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'night-val-iou-sweep' })).toBeInTheDocument();
    expect(screen.getByText('Night cameras at three thresholds.')).toBeInTheDocument();
    expect(await fact('Status')).toHaveTextContent('Completed');
    expect(await fact('Score')).toHaveTextContent('mAP50 (%) 86.4%');
    await waitFor(async () => expect(await fact('Target slice')).toHaveTextContent('val-night'));
    expect(await fact('Target data')).toHaveTextContent('640');
    expect(await fact('Source data')).toHaveTextContent('3,150');
    expect(await fact('Discriminator')).toHaveTextContent('iou_threshold');
    expect(await fact('Discriminator')).toHaveTextContent('0.5 / 0.75 / 0.9');
    const modelLink = await within(await fact('Model')).findByRole('link', { name: 'detector v2' });
    expect(modelLink).toHaveAttribute('href', `/datasets/${model.datasetId}/models/${model.id}`);
    expect(screen.getByRole('region', { name: 'Parameters' })).toHaveTextContent('confidence_threshold');
  });

  it('draws the items of the chosen discriminator value and keeps the choice in the URL', async () => {
    const { url } = seed();
    const { user, router } = renderRoute(url);
    const switcher = await screen.findByRole('group', { name: 'iou_threshold' });
    expect(within(switcher).getByRole('radio', { name: 'IoU 0.5' })).toBeChecked();
    await shown('Average precision at IoU 0.5.');
    // An item bound to no value shows for every value.
    expect(screen.getByRole('figure', { name: 'Summary' })).toBeInTheDocument();

    await user.click(within(switcher).getByRole('radio', { name: 'IoU 0.75' }));
    await shown('Average precision at IoU 0.75.');
    expect(screen.queryByText('Average precision at IoU 0.5.')).not.toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Summary' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('discriminator')).toBe('0.75');
  });

  it('opens on the value its URL names', async () => {
    const { url } = seed();
    renderRoute(`${url}?discriminator=0.9`);
    expect(await screen.findByRole('radio', { name: 'IoU 0.9' })).toBeChecked();
    await shown('Average precision at IoU 0.9.');
  });

  it('follows a later change of the URL after a choice', async () => {
    const { url } = seed();
    const { user, router } = renderRoute(url);
    await user.click(await screen.findByRole('radio', { name: 'IoU 0.75' }));
    expect(screen.getByRole('radio', { name: 'IoU 0.75' })).toBeChecked();
    await router.navigate(`${url}?discriminator=0.9`);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'IoU 0.9' })).toBeChecked());
    await shown('Average precision at IoU 0.9.');
  });

  it('says the model was deleted instead of linking to it', async () => {
    const { url } = seed(false);
    renderRoute(url);
    const model = await fact('Model');
    await waitFor(() => expect(model).toHaveTextContent('(model deleted)'));
    expect(within(model).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when the evaluation does not exist', async () => {
    const { dataset } = seed();
    renderRoute(`/datasets/${dataset.id}/evaluations/nope`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluation not found' })).toBeInTheDocument();
  });

  it('says evaluations are not available on a host without diagnoses', async () => {
    server.use(capabilitiesHandler({ ...LOCAL_CAPABILITIES, mode: 'proxy', history: false, diagnoses: false }));
    const { url } = seed();
    renderRoute(url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Evaluations are not available on this host' }),
    ).toBeInTheDocument();
  });
});
