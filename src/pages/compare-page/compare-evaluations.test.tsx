import { configure, screen, waitFor, within } from '@testing-library/react';
import { addMockDiagnosis, sweepFixtures } from '../../api/mocks/diagnoses';
import { capabilitiesHandler } from '../../api/mocks/handlers';
import { server } from '../../api/mocks/node';
import { LOCAL_CAPABILITIES } from '../../api/schemas';
import { seedTrainedModels } from '../../api/mocks/seeds';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

function seed() {
  const { dataset, models } = seedTrainedModels('alpha', 'bravo', 'charlie');
  const { alpha, bravo, charlie } = models;
  const sweep = (modelId: string, scoreValue: number, variant: number) =>
    addMockDiagnosis({ datasetId: dataset.id, name: 'night-val', modelId, scoreValue }, sweepFixtures(variant));
  sweep(alpha.id, 71.2, 0);
  sweep(bravo.id, 86.4, 1);
  addMockDiagnosis({ datasetId: dataset.id, name: 'day-val', modelId: alpha.id, scoreValue: 90 });
  return `/datasets/${dataset.id}/compare?ids=${alpha.id},${bravo.id},${charlie.id}`;
}

describe('Compare: by evaluation', () => {
  it('shows each model’s same-named evaluation side by side and overlays items of one discriminator value', async () => {
    const { user, router } = renderRoute(seed());
    const section = await screen.findByRole('region', { name: 'Evaluations' });
    const select = await within(section).findByRole('combobox', { name: 'Evaluation' });
    // The name most compared models have comes first.
    expect(select).toHaveValue('night-val');
    const scores = within(section).getByRole('table', { name: 'Scores of night-val' });
    const row = (name: string) => within(scores).getByRole('rowheader', { name }).closest('tr')!;
    expect(row('alpha')).toHaveTextContent('71.2%');
    expect(row('bravo')).toHaveTextContent('86.4%');
    expect(row('charlie')).toHaveTextContent('Not evaluated as night-val');

    // One chart per shared item of the chosen value: bars overlaid, one series per model.
    await waitFor(() =>
      expect(within(section).getByRole('figure', { name: 'AP per class · IoU 0.5' })).toBeInTheDocument(),
    );
    await user.click(within(section).getByRole('radio', { name: 'IoU 0.9' }));
    await waitFor(() =>
      expect(within(section).getByRole('figure', { name: 'AP per class · IoU 0.9' })).toBeInTheDocument(),
    );
    expect(within(section).queryByRole('figure', { name: 'AP per class · IoU 0.5' })).not.toBeInTheDocument();
    // Items of no value (the summaries) are shared for every value: side by side.
    expect(await within(section).findByRole('region', { name: 'Summary' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('discriminator')).toBe('0.9');

    await user.selectOptions(select, 'day-val');
    expect(new URLSearchParams(router.state.location.search).get('evaluation')).toBe('day-val');
    const dayScores = await within(section).findByRole('table', { name: 'Scores of day-val' });
    expect(within(dayScores).getByRole('rowheader', { name: 'alpha' }).closest('tr')).toHaveTextContent('90%');
    expect(within(section).getByText(/No report item of day-val is shared/)).toBeInTheDocument();
  });

  it('is hidden on a host without diagnoses', async () => {
    server.use(capabilitiesHandler({ ...LOCAL_CAPABILITIES, mode: 'proxy', history: false, diagnoses: false }));
    renderRoute(seed());
    await screen.findByRole('heading', { name: 'Comparison table' });
    await screen.findByRole('figure', { name: 'mAP over time' });
    expect(screen.queryByRole('region', { name: 'Evaluations' })).not.toBeInTheDocument();
  });
});
