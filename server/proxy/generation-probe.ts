// Which models API a Superb AI host speaks (README "Dashboard for a Superb AI host (proxy)"), by the read-only
// probes and the classification of docs/api/newer-api.md §6.3, word for word. GraphQL validation runs before
// execution, so a dummy dataset id is enough: a field the host lacks is a validation error, whatever the id.
import type { HostApi } from '../../src/api/schemas';

export type { HostApi };

/** §6.3 Probe NEW: a subset of the v1.4.0+ `models` query, in the newer SDK's variable style. */
export const PROBE_NEW = `query Query($dataset_id: ID!, $length: Int) {
  models(datasetId: $dataset_id, length: $length) {
    models { id status taskType scoreKey scoreValue completedAt }
    next
    totalCount
  }
}`;

/** §6.3 Probe OLD: a subset of the v1.3.0 `models` query. */
export const PROBE_OLD = `query Models($datasetId: ID!, $length: Int) {
  models(datasetId: $datasetId, length: $length) {
    models { id baselineModel isTrained trainedAt trainingClasses { class ap } }
    next
    totalCount
  }
}`;

// §6.4: what a host of the newer API may lack (§3.6 says which SDK tag first used each), one probe each.
/** `Model.contents` (SDK v1.5.1; a v1.4.0-era host lacks it). */
export const PROBE_CONTENTS = `query Query($dataset_id: ID!) { models(datasetId: $dataset_id, length: 1) { models { id contents } } }`;
/** `Model.trainingAnnotations` (SDK v1.6.0; a v1.4.0-era host lacks it). */
export const PROBE_TRAINING_ANNOTATIONS = `query Query($dataset_id: ID!) { models(datasetId: $dataset_id, length: 1) { models { id trainingAnnotations { className annotationType trainCount validationCount } } } }`;
/** The newer API's training report items (hosts of SDK v1.4.0 lack `type`). */
export const PROBE_TRAINING_REPORT = `query Query($dataset_id: ID!) { models(datasetId: $dataset_id, length: 1) { models { id trainingReport { id type } } } }`;
/** Diagnoses with their discriminator (SDK v1.6.4, `discriminatorKey` v1.7.0). */
export const PROBE_DIAGNOSES = `query Query($dataset_id: ID!) { diagnoses(datasetId: $dataset_id, length: 1) { totalCount diagnoses { id discriminatorKey } } }`;

/** Any id: detection relies on validation only (§6.3). */
export const PROBE_DATASET_ID = '__probe__';

export const probeVariables = {
  new: { dataset_id: PROBE_DATASET_ID, length: 1 },
  old: { datasetId: PROBE_DATASET_ID, length: 1 },
  /** Every §6.4 probe. */
  feature: { dataset_id: PROBE_DATASET_ID },
};

/** How one probe's answer reads (§6.3). */
export type ProbeReading = 'AUTH_FAILED' | 'NOT_GRAPHQL' | 'rejected' | 'accepted';

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  path?: unknown;
  extensions?: { code?: unknown } | null;
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
const VALIDATION_MESSAGE =
  /Cannot query field|Unknown argument|Unknown type|is required, but it was not provided|of type .* used in position/;

const codesOf = (error: ErrorLike) => [error.code, error.extensions?.code];

const errorsOf = (body: Record<string, unknown>): ErrorLike[] =>
  Array.isArray(body['errors'])
    ? (body['errors'] as unknown[]).filter((e): e is ErrorLike => typeof e === 'object' && e !== null)
    : [];

/**
 * §6.3 "rejected": errors, none with a `path` (execution errors always carry one), no data, and a validation
 * code or message. Also how a forwarded call tells that the host stopped understanding a document.
 */
export function isRejected(body: Record<string, unknown>): boolean {
  const errors = errorsOf(body);
  return (
    errors.length > 0 &&
    errors.every((e) => e.path === undefined) &&
    (body['data'] === undefined || body['data'] === null) &&
    errors.some(
      (e) =>
        codesOf(e).includes('GRAPHQL_VALIDATION_FAILED') ||
        (typeof e.message === 'string' && VALIDATION_MESSAGE.test(e.message)),
    )
  );
}

/** Reads one probe's answer from its HTTP status and body, whatever the status (§6.3: not the SDK's raise path). */
export function readProbe(status: number, body: unknown): ProbeReading {
  const object =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  const authError =
    object !== null && errorsOf(object).some((e) => codesOf(e).some((c) => AUTH_CODES.has(c as string)));
  if (status === 401 || status === 403 || authError) return 'AUTH_FAILED';
  if (object === null || !('data' in object || 'errors' in object)) return 'NOT_GRAPHQL';
  return isRejected(object) ? 'rejected' : 'accepted';
}

/** Both probes' readings → the host's API (§6.3's table; "cannot tell" wins over a one-sided answer). */
export function classifyHost(newer: ProbeReading, older: ProbeReading): HostApi {
  if (newer === 'AUTH_FAILED' || older === 'AUTH_FAILED') return 'AUTH_FAILED';
  if (newer === 'NOT_GRAPHQL' || older === 'NOT_GRAPHQL') return 'NOT_GRAPHQL';
  if (newer === 'accepted') return older === 'accepted' ? 'HYBRID' : 'NEW';
  return older === 'accepted' ? 'OLD' : 'UNKNOWN';
}
