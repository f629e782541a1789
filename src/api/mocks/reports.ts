// Training report items and their content files behind the msw handlers: the download URL is same-origin and
// signed-looking like the local server's (README "API generations"), and its GET serves the stored file.
import { graphql, http, HttpResponse } from 'msw';
import type {
  ReportFileUrlMutation,
  ReportFileUrlMutationVariables,
  TrainingReportQuery,
  TrainingReportQueryVariables,
  TrainingReportsQuery,
  TrainingReportsQueryVariables,
} from '../gql/graphql';
import type { TrainingReportItem } from '../reports';
import type { ReportFixture } from './report-fixtures';

export const mockReports = {
  /** Report items by model id. */
  items: new Map<string, TrainingReportItem[]>(),
  /** File text by `contentId/fileName`. */
  files: new Map<string, string>(),
};

let sequence = 0;

export function resetMockReports() {
  mockReports.items.clear();
  mockReports.files.clear();
  sequence = 0;
}

const fileKey = (contentId: string, fileName: string) => `${contentId}/${fileName}`;

/** Stores a file; a string is stored as it is (e.g. text that is not JSON), anything else as JSON. */
export function putMockFile(contentId: string, fileName: string, body: unknown) {
  mockReports.files.set(fileKey(contentId, fileName), typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * Adds report items to a model; each fixture's `reports` becomes its content's reports.json (`reports: undefined`
 * leaves the file out, to test a missing file).
 */
export function addMockReport(modelId: string, fixtures: readonly ReportFixture[]): TrainingReportItem[] {
  const items = fixtures.map((fixture) => {
    const n = ++sequence;
    const contentId = `content-${String(n).padStart(4, '0')}`;
    if (fixture.reports !== undefined) putMockFile(contentId, 'reports.json', fixture.reports);
    const at = new Date(Date.UTC(2025, 1, 1) + n * 60_000).toISOString();
    return {
      id: `report-item-${String(n).padStart(4, '0')}`,
      name: fixture.name,
      type: fixture.type,
      contentId,
      description: fixture.description,
      createdAt: at,
      updatedAt: at,
    };
  });
  mockReports.items.set(modelId, [...(mockReports.items.get(modelId) ?? []), ...items]);
  return items;
}

export const reportHandlers = [
  graphql.query<TrainingReportQuery, TrainingReportQueryVariables>('TrainingReport', ({ variables }) =>
    HttpResponse.json({
      data: { model: { id: variables.modelId, trainingReport: mockReports.items.get(variables.modelId) ?? [] } },
    }),
  ),
  graphql.query<TrainingReportsQuery, TrainingReportsQueryVariables>('TrainingReports', ({ variables }) => {
    const models = [variables.ids].flat().map((id) => ({ id, trainingReport: mockReports.items.get(id) ?? [] }));
    return HttpResponse.json({ data: { models: { models } } });
  }),
  graphql.mutation<ReportFileUrlMutation, ReportFileUrlMutationVariables>('ReportFileURL', ({ request, variables }) => {
    const path = `/files/${encodeURIComponent(variables.contentId)}/${encodeURIComponent(variables.fileName)}`;
    const url = new URL(`${path}?expires=4102444800&signature=mock`, request.url);
    return HttpResponse.json({ data: { generateFileDownloadURL: url.href } });
  }),
  http.get('/files/:contentId/:fileName', ({ params }) => {
    const text = mockReports.files.get(fileKey(String(params.contentId), String(params.fileName)));
    if (text === undefined) {
      return HttpResponse.json({ errors: [{ message: 'No such file', code: 'NOT_FOUND' }] }, { status: 404 });
    }
    return new HttpResponse(text, { headers: { 'content-type': 'application/json' } });
  }),
];
