// What the proxied host speaks (README "Dashboard for a Superb AI host (proxy)"), served at GET /api/capabilities.
// Probed once per process, on first need (concurrent callers share one probe), and again after an upstream
// failure: the host did not answer, answered 5xx, or rejected a forwarded document (it may have been upgraded).
// A host of the newer API is also asked what it lacks (docs/api/newer-api.md §6.4), in the same probe.
import type { Capabilities, NewerApiFeature } from '../../src/api/schemas';
import {
  classifyHost,
  PROBE_CONTENTS,
  PROBE_DIAGNOSES,
  PROBE_NEW,
  PROBE_OLD,
  PROBE_TRAINING_ANNOTATIONS,
  PROBE_TRAINING_REPORT,
  probeVariables,
  readProbe,
  type HostApi,
  type ProbeReading,
} from './generation-probe';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, upstreamTarget, type ProxyOptions, type UpstreamFailureListener } from './proxy';

export interface HostApiOptions extends Pick<ProxyOptions, 'host' | 'upstreamKey' | 'timeoutMs' | 'fetch'> {
  /** Where the verdict goes, one line each time it changes (the first one included). */
  log?: (line: string) => void;
}

export interface HostApiDetector extends UpstreamFailureListener {
  capabilities: () => Promise<Capabilities>;
}

interface ProbeAnswer {
  /** Null: no HTTP answer at all (network failure or timeout). */
  reading: ProbeReading | null;
  /** No answer, a timeout or a 5xx: an upstream failure, so the verdict is not kept. */
  failed: boolean;
}

interface Verdict {
  api: HostApi;
  /** What the §6.4 probes found; all false unless the host speaks the newer API. */
  features: Record<NewerApiFeature, boolean>;
  failed: boolean;
}

/** §6.4's probe of each feature, and how the start-up line names it. */
const FEATURE_PROBES: Record<NewerApiFeature, { query: string; label: string }> = {
  contents: { query: PROBE_CONTENTS, label: 'model contents' },
  trainingAnnotations: { query: PROBE_TRAINING_ANNOTATIONS, label: 'training annotations' },
  trainingReports: { query: PROBE_TRAINING_REPORT, label: 'training report types' },
  diagnoses: { query: PROBE_DIAGNOSES, label: 'diagnoses' },
};
const FEATURES = Object.keys(FEATURE_PROBES) as NewerApiFeature[];

const speaksNewer = (api: HostApi) => api === 'NEW' || api === 'HYBRID';

/** ", with a, b; without c" for a host of the newer API. */
function featureList(features: Record<NewerApiFeature, boolean>): string {
  const named = (has: boolean) =>
    FEATURES.filter((f) => features[f] === has)
      .map((f) => FEATURE_PROBES[f].label)
      .join(', ');
  const [present, absent] = [named(true), named(false)];
  return [present && `with ${present}`, absent && `without ${absent}`].filter(Boolean).join('; ');
}

const DESCRIPTIONS: Record<HostApi, string> = {
  NEW: 'the newer API (SDK v1.4–v1.9)',
  OLD: 'the first generation (SDK v1.3.0 and before)',
  HYBRID: 'both generations',
  UNKNOWN: 'neither generation: both probes were rejected (an allow-list, a gateway or another API?)',
  AUTH_FAILED: 'cannot tell: the host refused the access key',
  NOT_GRAPHQL: 'cannot tell: the answer is not GraphQL (check the --upstream address)',
  UNREACHABLE: 'cannot tell yet: the host did not answer (probing again when the dashboard asks)',
};

export function capabilitiesOf({ api, features }: Pick<Verdict, 'api' | 'features'>): Capabilities {
  return {
    mode: 'proxy',
    firstGeneration: api === 'OLD' || api === 'HYBRID',
    newerGeneration: speaksNewer(api),
    ...features,
    // A Superb AI host keeps no model history (README "Model history").
    history: false,
    hostApi: api,
  };
}

export function createHostApiDetector({
  host,
  upstreamKey,
  timeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS,
  fetch: fetchUpstream = fetch,
  log = console.log,
}: HostApiOptions): HostApiDetector {
  const { url, authorization } = upstreamTarget({ host, upstreamKey });
  let pending: Promise<Verdict> | undefined;
  let settled = false;
  let logged: string | undefined;

  async function send(query: string, variables: Record<string, unknown>): Promise<ProbeAnswer> {
    try {
      const response = await fetchUpstream(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: authorization },
        body: JSON.stringify({ query, variables }),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      return { reading: readProbe(response.status, body), failed: response.status >= 500 };
    } catch {
      return { reading: null, failed: true };
    }
  }

  async function probe(): Promise<Verdict> {
    const [newer, older] = await Promise.all([
      send(PROBE_NEW, probeVariables.new),
      send(PROBE_OLD, probeVariables.old),
    ]);
    const api =
      newer.reading === null || older.reading === null ? 'UNREACHABLE' : classifyHost(newer.reading, older.reading);
    const answers = speaksNewer(api)
      ? await Promise.all(FEATURES.map((f) => send(FEATURE_PROBES[f].query, probeVariables.feature)))
      : [];
    // A feature the host refused to tell about (an auth error, say) counts as absent: it is hidden.
    const features = Object.fromEntries(
      FEATURES.map((f, i) => [f, answers[i]?.reading === 'accepted']),
    ) as Verdict['features'];
    const verdict = {
      api,
      features,
      failed: [newer, older, ...answers].some((answer) => answer.failed),
    };
    const line = `Upstream ${url} speaks ${DESCRIPTIONS[api]}${speaksNewer(api) ? `, ${featureList(features)}` : ''}.`;
    if (line !== logged) log(line);
    logged = line;
    return verdict;
  }

  function current(): Promise<Verdict> {
    if (pending === undefined) {
      const started = probe();
      pending = started;
      void started.then((verdict) => {
        settled = true;
        // A probe that met an upstream failure is not kept: the next caller probes again.
        if (verdict.failed && pending === started) pending = undefined;
      });
      settled = false;
    }
    return pending;
  }

  return {
    capabilities: async () => capabilitiesOf(await current()),
    // A kept verdict is dropped; a probe under way stands (it is asking the host right now).
    upstreamFailed: () => {
      if (settled) pending = undefined;
    },
  };
}
