import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { sessionQueries } from './api/session';
import { createQueryClient } from './query-client';
import { createRoutes } from './routes';

// All start work at once: the sign-in check that every page waits for, the router loading the first
// route's chunk and, on the list, the request for its first page (see the route's loader).
const queryClient = createQueryClient();
void queryClient.prefetchQuery(sessionQueries.current());
const router = createBrowserRouter(createRoutes(queryClient));

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
