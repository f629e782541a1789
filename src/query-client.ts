import { MutationCache, QueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';

declare module '@tanstack/react-query' {
  interface Register {
    // `meta: { handlesErrors: true }` on a mutation that shows its own errors (forms, bulk actions).
    mutationMeta: { handlesErrors?: boolean };
  }
}

/** Defaults for the local server (STYLE §3.12); tests pass `retry: 0`. */
export function createQueryClient({ retry = 1 }: { retry?: number } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry, networkMode: 'always', refetchOnWindowFocus: false },
      // Mutations are never retried: createModel is not idempotent.
      mutations: { retry: 0, networkMode: 'always' },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.handlesErrors) toast.error(error.message);
      },
    }),
  });
}
