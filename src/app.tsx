import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { sessionQueries } from './api/session';
import { createQueryClient } from './query-client';
import { routes } from './routes';

// Both start work at once: the router loads the first route's chunk, and the sign-in check that every
// page waits for runs beside it instead of after the first render.
const router = createBrowserRouter(routes);
const queryClient = createQueryClient();
void queryClient.prefetchQuery(sessionQueries.current());

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
