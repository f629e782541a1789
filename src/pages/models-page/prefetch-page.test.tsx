import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ModelsListQueryVariables } from '../../api/gql/graphql';
import { mockDb } from '../../api/mocks/db';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { sessionHandlers } from '../../api/mocks/handlers';
import { recordVariables, server } from '../../api/mocks/node';
import { sessionQueries } from '../../api/session';
import { createQueryClient } from '../../query-client';
import { createRoutes } from '../../routes';

const DATASET = 'traffic';
const URL = `/datasets/${DATASET}/models?q=yolo&size=10`;

const spyOnModelsList = () => recordVariables<ModelsListQueryVariables>('query', 'ModelsList');

/** The router alone, before anything renders: only the route's loader can ask the API. */
function startRouter() {
  const queryClient = createQueryClient({ retry: 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [URL] });
  return { queryClient, router };
}

describe('list route loader', { timeout: 20_000 }, () => {
  it('asks for the page in the URL before the page renders, and the page reuses that request', async () => {
    mockDb.datasets.push(buildDataset({ id: DATASET, name: 'Traffic' }));
    mockDb.models.push(buildModel({ datasetId: DATASET, name: 'yolo v1' }), buildModel({ datasetId: DATASET }));
    const calls = spyOnModelsList();
    const { queryClient, router } = startRouter();

    const page = { datasetId: DATASET, filter: { must: { nameContains: 'yolo' } }, cursor: null, length: 10 };
    await waitFor(() => expect(calls).toEqual([page]));

    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('link', { name: 'yolo v1' })).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    router.dispose();
  });

  it('asks nothing while a sign-in is needed', async () => {
    server.use(...sessionHandlers({ accessKey: 'team', accessKeySecret: 'secret' }));
    const calls = spyOnModelsList();
    const { queryClient, router } = startRouter();

    expect(await queryClient.ensureQueryData(sessionQueries.current())).toMatchObject({ authenticated: false });
    // One macrotask: the loader's reaction to the session answer has run by then.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([]);
    router.dispose();
  });
});
