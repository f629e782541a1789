import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ModelsByIdsQueryVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { sessionHandlers } from '../../api/mocks/handlers';
import { recordVariables, server } from '../../api/mocks/node';
import { sessionQueries } from '../../api/session';
import { createQueryClient } from '../../query-client';
import { createRoutes } from '../../routes';

const DATASET = 'traffic';

const spyOnModelsByIds = () => recordVariables<ModelsByIdsQueryVariables>('query', 'ModelsByIds');

/** The router alone, before anything renders: only the route's loader can ask the API. */
function startRouter(url: string) {
  const queryClient = createQueryClient({ retry: 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  return { queryClient, router };
}

describe('compare route loader', { timeout: 20_000 }, () => {
  it('asks for all compared models in one request before the page renders; the page and a re-sort reuse it', async () => {
    mockDb.datasets.push(buildDataset({ id: DATASET, name: 'Traffic' }));
    mockDb.models.push(
      buildModel({ id: 'm1', datasetId: DATASET, name: 'yolo small' }),
      buildModel({ id: 'm2', datasetId: DATASET, name: 'yolo large' }),
    );
    const calls = spyOnModelsByIds();
    const { queryClient, router } = startRouter(`/datasets/${DATASET}/compare?ids=m1,m2`);

    await waitFor(() => expect(calls).toEqual([{ datasetId: DATASET, ids: ['m1', 'm2'], length: 2 }]));

    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('columnheader', { name: /yolo large/ })).toBeInTheDocument();
    await router.navigate(`/datasets/${DATASET}/compare?ids=m1,m2&sort=-spread`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toHaveLength(1);
    router.dispose();
  });

  it('asks nothing while a sign-in is needed', async () => {
    server.use(...sessionHandlers({ accessKey: 'team', accessKeySecret: 'secret' }));
    const calls = spyOnModelsByIds();
    const { queryClient, router } = startRouter(`/datasets/${DATASET}/compare?ids=m1,m2`);

    expect(await queryClient.ensureQueryData(sessionQueries.current())).toMatchObject({ authenticated: false });
    // Loader chunk, then the reaction to the session answer: both have run after a short wait.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual([]);
    router.dispose();
  });
});
