import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ModelDetailQueryVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { recordVariables } from '../../api/mocks/node';
import { createQueryClient } from '../../query-client';
import { createRoutes } from '../../routes';
import { loadAnnotationChart } from './annotation-chart-chunk';
import type * as ChartChunk from './annotation-chart-chunk';

vi.mock('./annotation-chart-chunk', async (importOriginal) => {
  const actual = await importOriginal<typeof ChartChunk>();
  return { loadAnnotationChart: vi.fn(actual.loadAnnotationChart) };
});

describe('detail route loader', { timeout: 20_000 }, () => {
  it('asks for the model before the page renders, and the page reuses that request', async () => {
    mockDb.datasets.push(buildDataset({ id: 'traffic', name: 'Traffic' }));
    mockDb.models.push(buildModel({ id: 'm1', datasetId: 'traffic', name: 'yolo small' }));
    const calls = recordVariables<ModelDetailQueryVariables>('query', 'ModelDetail');
    // The router alone, before anything renders: only the route's loader can ask the API.
    const queryClient = createQueryClient({ retry: 0 });
    const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: ['/datasets/traffic/models/m1'] });

    await waitFor(() => expect(calls).toEqual([{ datasetId: 'traffic', modelId: 'm1' }]));

    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'yolo small' })).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    router.dispose();
  });

  it('starts loading the code of the first chart as the route starts, not once the page has rendered', async () => {
    mockDb.datasets.push(buildDataset({ id: 'traffic', name: 'Traffic' }));
    mockDb.models.push(buildModel({ id: 'm1', datasetId: 'traffic', name: 'yolo small' }));
    vi.mocked(loadAnnotationChart).mockClear();
    const router = createMemoryRouter(createRoutes(createQueryClient({ retry: 0 })), {
      initialEntries: ['/datasets/traffic/models/m1'],
    });

    await waitFor(() => expect(loadAnnotationChart).toHaveBeenCalledTimes(1));
    router.dispose();
  });
});
