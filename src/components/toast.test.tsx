import { act, screen } from '@testing-library/react';
import { buildDataset } from '../api/mocks/factories';
import { mockDb } from '../api/mocks/db';
import { renderRoute } from '../test/render';
import { toast } from './toast';

describe('toast', { timeout: 20_000 }, () => {
  it('shows a toast fired before the toast library and its Toaster loaded', async () => {
    mockDb.datasets.push(buildDataset({ name: 'Traffic' }));
    renderRoute('/');
    await screen.findByRole('option', { name: 'Traffic' });
    expect(screen.queryByRole('region', { name: /notifications/i })).not.toBeInTheDocument();

    act(() => {
      toast.success('Saved the model');
      toast.error('Could not copy');
    });

    expect(await screen.findByText('Saved the model')).toBeInTheDocument();
    expect(screen.getByText('Could not copy')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /notifications/i })).toBeInTheDocument();
  });
});
