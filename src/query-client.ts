import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { capabilitiesKeys, isRejectedDocument } from './api/capabilities';
import { isUnauthenticated, sessionKeys } from './api/session';
import { toast } from './components/toast';

declare module '@tanstack/react-query' {
  interface Register {
    // `meta: { handlesErrors: true }` on a mutation that shows its own errors (forms, bulk actions).
    mutationMeta: { handlesErrors?: boolean };
  }
}

/** Defaults for the local server (STYLE §3.12); tests pass `retry: 0`. */
export function createQueryClient({ retry = 1 }: { retry?: number } = {}) {
  // A 401 usually means the session ended (expired, signed out elsewhere): re-check it, and the
  // layout sends the user to sign-in. If the session is fine (e.g. the upstream refused), the page shows the error.
  // A document the host rejected: it may have been upgraded, so the next documents follow its new capabilities.
  const recheck = (error: unknown) => {
    if (isUnauthenticated(error)) void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    if (isRejectedDocument(error)) void queryClient.invalidateQueries({ queryKey: capabilitiesKeys.all });
  };
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !isUnauthenticated(error) && failures < retry,
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
      // Mutations are never retried: createModel is not idempotent.
      mutations: { retry: 0, networkMode: 'always' },
    },
    queryCache: new QueryCache({ onError: recheck }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        recheck(error);
        if (!mutation.meta?.handlesErrors) toast.error(error.message);
      },
    }),
  });
  return queryClient;
}
