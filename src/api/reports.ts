// A model's training report (docs/api/newer-api.md §3.4.6–3.4.8): its items, and each item's reports.json, fetched
// through the signed download URL of §4.3 and checked against its type's shape (§3.5, ./report-shapes).
import { queryOptions } from '@tanstack/react-query';
import { ApiError, request } from './client';
import { graphql } from './gql';
import type { TrainingReportItemFieldsFragment } from './gql/graphql';
import type { ReportData, ReportType } from './report-shapes';

export type TrainingReportItem = TrainingReportItemFieldsFragment;

graphql(`
  fragment TrainingReportItemFields on TrainingReportItem {
    id
    name
    type
    contentId
    description
    createdAt
    updatedAt
  }
`);

const TrainingReportDoc = graphql(`
  query TrainingReport($datasetId: ID!, $modelId: ID!) {
    model(datasetId: $datasetId, modelId: $modelId) {
      id
      trainingReport {
        ...TrainingReportItemFields
      }
    }
  }
`);

const TrainingReportsDoc = graphql(`
  query TrainingReports($datasetId: ID!, $ids: [ID!]!, $length: Int) {
    models(datasetId: $datasetId, filter: { must: { idIn: $ids } }, length: $length) {
      models {
        id
        trainingReport {
          ...TrainingReportItemFields
        }
      }
    }
  }
`);

const ReportFileURLDoc = graphql(`
  mutation ReportFileURL($contentId: ID!, $fileName: String!) {
    generateFileDownloadURL(contentId: $contentId, fileName: $fileName)
  }
`);

/** The file a report item's folder content keeps its chart data in. */
export const REPORTS_FILE = 'reports.json';

/** Not under modelKeys: code walking the models cache reads every entry there as a model. */
export const reportKeys = {
  all: ['training-report'] as const,
  items: (datasetId: string, modelId: string) => [...reportKeys.all, datasetId, 'items', modelId] as const,
  itemsOf: (datasetId: string, ids: readonly string[]) => [...reportKeys.all, datasetId, 'itemsOf', ids] as const,
  file: (contentId: string, type: ReportType) => [...reportKeys.all, 'file', contentId, type] as const,
};

const reportError = (message: string, code = 'BAD_REPORT') => new ApiError(message, code, 200);

function downloadFailure(status: number): ApiError {
  if (status === 404) return reportError(`This item has no ${REPORTS_FILE}: it was never uploaded.`, 'NOT_FOUND');
  if (status === 403) return reportError(`The download link of ${REPORTS_FILE} was refused (HTTP 403). Retry.`);
  return reportError(`${REPORTS_FILE} could not be downloaded (HTTP ${status}).`);
}

/**
 * Same-origin on the local catalog (README "Content files"). A proxied host's URL points at its own storage, which
 * the dashboard's CSP (connect-src 'self') does not reach: the proxy fetches it (README "Dashboard for a Superb AI host").
 */
const sameOrigin = (url: string) =>
  new URL(url, window.location.href).origin === window.location.origin
    ? url
    : `/api/upstream-file?url=${encodeURIComponent(url)}`;

/**
 * The shapes (and zod with them) load with the first report file, not with every page that could show one
 * (README "Performance"): a model without a training report never needs them.
 */
const loadShapes = () =>
  import('./report-shapes').catch(() => {
    throw reportError(`The checker for ${REPORTS_FILE} could not be loaded: reload the page.`, 'NETWORK');
  });

async function fetchReport(contentId: string, type: ReportType, signal: AbortSignal): Promise<ReportData> {
  const { generateFileDownloadURL: url } = await request(
    ReportFileURLDoc,
    { contentId, fileName: REPORTS_FILE },
    signal,
  );
  let response: Response;
  try {
    response = await fetch(sameOrigin(url), { credentials: 'same-origin', signal });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw reportError(`${REPORTS_FILE} could not be downloaded: the file server did not answer.`, 'NETWORK');
  }
  if (!response.ok) throw downloadFailure(response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw reportError(`${REPORTS_FILE} is not valid JSON.`);
  }
  const { parseReport } = await loadShapes();
  const parsed = parseReport(type, json);
  if (!parsed.ok) throw reportError(parsed.message);
  return parsed.data;
}

export const reportQueries = {
  /** The items of one model's training report, oldest first. */
  items: (datasetId: string, modelId: string) =>
    queryOptions({
      queryKey: reportKeys.items(datasetId, modelId),
      queryFn: ({ signal }) =>
        request(TrainingReportDoc, { datasetId, modelId }, signal).then((d) => d.model?.trainingReport ?? []),
    }),
  /** The report items of several models (the compare page), by model id (a model the dataset lacks: none). */
  itemsOf: (datasetId: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: reportKeys.itemsOf(datasetId, ids),
      queryFn: ({ signal }) =>
        request(TrainingReportsDoc, { datasetId, ids: [...ids], length: ids.length }, signal).then(
          (d): Record<string, TrainingReportItem[]> =>
            Object.fromEntries(d.models.models.map((m) => [m.id, m.trainingReport])),
        ),
    }),
  /** The parsed reports.json of one report item. */
  file: (contentId: string, type: ReportType) =>
    queryOptions({
      queryKey: reportKeys.file(contentId, type),
      queryFn: ({ signal }) => fetchReport(contentId, type, signal),
      // A malformed file stays malformed until someone uploads a new one: no retry loop on it.
      retry: (failures, error) => error instanceof ApiError && error.code === 'NETWORK' && failures < 1,
    }),
};
