// Browser sign-in (README §12): the server trades an access key + secret for an HttpOnly session
// cookie, so the secret only ever travels in the sign-in request and is never kept by script.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, toApiError, type WireError } from './client';

export const SESSION_URL = '/auth/session';

export interface Session {
  required: boolean;
  authenticated: boolean;
  accessKey: string | null;
}

/** Checks the server's answer by hand: zod would add 24 kB to the entry chunk every route loads. */
function toSession(json: unknown): Session {
  const s = json as Partial<Session> | null;
  if (
    typeof s?.required !== 'boolean' ||
    typeof s.authenticated !== 'boolean' ||
    (s.accessKey !== null && typeof s.accessKey !== 'string')
  ) {
    throw new ApiError('The server sent an unexpected sign-in status.', 'INTERNAL', 200);
  }
  return { required: s.required, authenticated: s.authenticated, accessKey: s.accessKey };
}

export interface Credentials {
  accessKey: string;
  accessKeySecret: string;
}

export const sessionKeys = { all: ['session'] as const };

async function sessionRequest(method: 'GET' | 'POST' | 'DELETE', body?: Credentials, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(SESSION_URL, {
      method,
      // The custom header is the CSRF guard the server checks on POST and DELETE.
      headers: { 'x-requested-with': 'model-catalog', ...(body && { 'content-type': 'application/json' }) },
      credentials: 'same-origin',
      ...(body && { body: JSON.stringify(body) }),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('Cannot reach the server. Check that it is running, then retry.', 'NETWORK', 0);
  }
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const errors = (json as { errors?: WireError[] } | null)?.errors;
    throw toApiError(errors?.[0], response.status);
  }
  return json;
}

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: sessionKeys.all,
      queryFn: async ({ signal }): Promise<Session> => toSession(await sessionRequest('GET', undefined, signal)),
      // Who is signed in changes only through sign-in/out here, or when an API call answers 401.
      staleTime: Infinity,
    }),
};

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      try {
        return toSession(await sessionRequest('POST', credentials));
      } catch (error) {
        // Say the same for an unknown key and a wrong secret: which one it was is no business of a guesser.
        if (error instanceof ApiError && error.status === 401) {
          throw new ApiError('The access key or secret is wrong.', 'UNAUTHENTICATED', 401);
        }
        throw error;
      }
    },
    meta: { handlesErrors: true },
    onSuccess: (session) => {
      // Anything cached while signed out (401s) is stale now.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.all, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sessionRequest('DELETE'),
    onSuccess: () => {
      // The layout sees this and goes to sign-in; nothing the signed-in user saw stays cached.
      queryClient.setQueryData<Session>(sessionKeys.all, { required: true, authenticated: false, accessKey: null });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
    },
  });
}

/** An API call refused for lack of a session: check the session again (the layout redirects if it is gone). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNAUTHENTICATED';
}

/**
 * For route loaders that ask for a page's data before it renders: runs `prefetch` once the sign-in check
 * (already under way) says the API may be called, so a signed-out visitor causes no 401s. A failed
 * check runs nothing; the page shows the error of its own request.
 */
export function whenSignedIn(queryClient: QueryClient, prefetch: () => Promise<unknown>): void {
  void queryClient
    .ensureQueryData(sessionQueries.current())
    .then((session) => (!session.required || session.authenticated) && prefetch())
    .catch(() => undefined);
}
