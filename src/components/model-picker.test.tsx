import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { mockDb } from '../api/mocks/db';
import { buildDataset, buildModel } from '../api/mocks/factories';
import { createQueryClient } from '../query-client';
import { ModelPicker } from './model-picker';

function setup(props: Partial<ComponentProps<typeof ModelPicker>> = {}) {
  const dataset = buildDataset();
  mockDb.datasets.push(dataset);
  const models = ['yolo a', 'yolo b', 'detr c'].map((name, i) =>
    buildModel({ id: `m${i}`, datasetId: dataset.id, name, isPinned: i === 2 }),
  );
  mockDb.models.push(...models);
  const onPick = props.onPick ?? vi.fn();
  render(
    <QueryClientProvider client={createQueryClient({ retry: 0 })}>
      <ModelPicker datasetId={dataset.id} searchLabel="Search models" pickedIds={[]} {...props} onPick={onPick} />
    </QueryClientProvider>,
  );
  return { models, onPick, user: userEvent.setup() };
}

describe('ModelPicker', () => {
  it('adds a model found by name with its Add button; picked ones read "added"', async () => {
    const { models, onPick, user } = setup({ pickedIds: ['m1'] });
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(3);
    expect(within(results).getByRole('button', { name: 'yolo b added' })).toBeDisabled();
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'yolo');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 models'));
    await user.click(screen.getByRole('button', { name: 'Add yolo a' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: models[0]?.id }));
  });

  it('ticks and unticks models as checkboxes, leaving out the excluded one', async () => {
    const onUnpick = vi.fn();
    const { onPick, user } = setup({ excludeId: 'm0', pickedIds: ['m1'], onUnpick });
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(
      within(results)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('name') ?? box.id),
    ).toHaveLength(2);
    expect(within(results).queryByRole('checkbox', { name: 'yolo a' })).not.toBeInTheDocument();
    const picked = within(results).getByRole('checkbox', { name: 'yolo b' });
    const other = within(results).getByRole('checkbox', { name: 'detr c' });
    expect(picked).toBeChecked();
    expect(other).toHaveAccessibleDescription(/mAP/);
    await user.click(picked);
    expect(onUnpick).toHaveBeenCalledWith(expect.objectContaining({ id: 'm1' }));
    await user.click(other);
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'm2' }));
  });

  it('disables what is not picked yet once full, and says why', async () => {
    setup({ pickedIds: ['m1'], onUnpick: vi.fn(), full: true, fullNote: 'The comparison is full.' });
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('checkbox', { name: 'yolo b' })).toBeEnabled();
    expect(within(results).getByRole('checkbox', { name: 'detr c' })).toBeDisabled();
    expect(screen.getByText('The comparison is full.')).toBeInTheDocument();
  });
});
