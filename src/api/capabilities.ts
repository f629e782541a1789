// What the server can do (README "API generations"): the dashboard asks once and hides what the host lacks.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, toApiError, type WireError } from './client';
import type { Capabilities } from './schemas';

export type { Capabilities };

export const CAPABILITIES_URL = '/api/capabilities';

const FLAGS = [
  'firstGeneration',
  'newerGeneration',
  'trainingReports',
  'contents',
  'trainingAnnotations',
  'history',
  'diagnoses',
] as const satisfies ReadonlyArray<keyof Capabilities>;

/** Checked by hand like the session: zod would weigh on the entry chunk every route loads. */
function toCapabilities(json: unknown): Capabilities {
  const c = json as Partial<Capabilities> | null;
  if ((c?.mode !== 'local' && c?.mode !== 'proxy') || FLAGS.some((flag) => typeof c[flag] !== 'boolean')) {
    throw new ApiError('The server sent unexpected capabilities.', 'INTERNAL', 200);
  }
  const flags = Object.fromEntries(FLAGS.map((flag) => [flag, c[flag]])) as Record<(typeof FLAGS)[number], boolean>;
  return { mode: c.mode, ...flags };
}

async function fetchCapabilities(signal: AbortSignal): Promise<Capabilities> {
  let response: Response;
  try {
    response = await fetch(CAPABILITIES_URL, {
      headers: { 'x-requested-with': 'model-catalog' },
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new ApiError('Cannot reach the server. Check that it is running, then retry.', 'NETWORK', 0);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError((json as { errors?: WireError[] } | null)?.errors?.[0], response.status);
  return toCapabilities(json);
}

export const capabilitiesKeys = { all: ['capabilities'] as const };

export const capabilitiesQueryOptions = () =>
  queryOptions({
    queryKey: capabilitiesKeys.all,
    queryFn: ({ signal }) => fetchCapabilities(signal),
    // A proxy re-probes its host after a failure; a minute keeps the dashboard close to that.
    staleTime: 60_000,
  });

/**
 * A document the host rejected as invalid (newer-api.md §6.3): it may have been upgraded. The proxy probes it again
 * on its next need, so the dashboard asks for the capabilities again before its next document.
 */
export function isRejectedDocument(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'GRAPHQL_VALIDATION_FAILED' ||
      /^(Cannot query field|Unknown argument|Unknown type)/.test(error.message))
  );
}

/** The server's capabilities, or undefined while they load (show nothing generation-specific until then). */
export function useCapabilities(): Capabilities | undefined {
  return useQuery(capabilitiesQueryOptions()).data;
}

/**
 * What the host records, for pages that hide what it lacks (README "Dashboard for a Superb AI host (proxy)"):
 * `firstGeneration` — baseline, per-class AP, trained-at time, weights content id, the pinned filter;
 * `newerGeneration` — status, task type, score, training parameters; of the newer API, a v1.4.0-era host lacks
 * `contents` (model files), `trainingAnnotations` (per-class counts) and `trainingReports`. Until the answer is in,
 * the local catalog's (all): model data only arrives after it (./models.generation waits for it).
 */
export function useHostRecords(): HostRecords {
  return useCapabilities() ?? BOTH_GENERATIONS;
}

type HostRecords = Pick<
  Capabilities,
  'firstGeneration' | 'newerGeneration' | 'trainingReports' | 'contents' | 'trainingAnnotations'
>;
// Not LOCAL_CAPABILITIES: ./schemas carries zod, which this entry-chunk file keeps out.
const BOTH_GENERATIONS: HostRecords = {
  firstGeneration: true,
  newerGeneration: true,
  trainingReports: true,
  contents: true,
  trainingAnnotations: true,
};
