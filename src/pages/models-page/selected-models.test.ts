import { QueryClient } from '@tanstack/react-query';
import { buildModel } from '../../api/mocks/factories';
import { modelKeys } from '../../api/models';
import type { ModelsPageData } from '../../api/models.queries';
import { cachedModels, loadModels } from './selected-models';

const page = (models: ModelsPageData['models']): ModelsPageData => ({ models, next: null, totalCount: models.length });

describe('cachedModels', () => {
  it('gives the newest cached copy of each selected model, in the order of the ids', async () => {
    const client = new QueryClient();
    const a = buildModel({ datasetId: 'd', name: 'a' });
    const b = buildModel({ datasetId: 'd', name: 'b' });
    const firstPage = { filter: null, cursor: null, length: 25 };
    client.setQueryData(modelKeys.list('d', firstPage), page([a, b]), { updatedAt: 1000 });
    // Pinned later, on the model's page: the newer copy wins.
    client.setQueryData(modelKeys.detail('d', b.id), { ...b, isPinned: true }, { updatedAt: 2000 });
    // An older page that still holds the name from before a rename loses to the newer list.
    client.setQueryData(modelKeys.list('d', { ...firstPage, length: 10 }), page([{ ...a, name: 'old a' }]), {
      updatedAt: 500,
    });

    const found = cachedModels(client, 'd', [b.id, a.id, 'gone']);
    expect(found.map((m) => [m.name, m.isPinned])).toEqual([
      ['b', true],
      ['a', false],
    ]);
    await expect(loadModels(client, 'd', [a.id])).resolves.toEqual([a]);
  });

  it('ignores other datasets', () => {
    const client = new QueryClient();
    const a = buildModel({ datasetId: 'other', name: 'a' });
    client.setQueryData(modelKeys.detail('other', a.id), a);
    expect(cachedModels(client, 'd', [a.id])).toEqual([]);
  });
});
