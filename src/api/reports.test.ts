import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { ApiError } from './client';
import { server } from './mocks/node';
import { reportFixtures } from './mocks/report-fixtures';
import { addMockReport, putMockFile } from './mocks/reports';
import { reportQueries } from './reports';

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

async function failure(contentId: string, type: Parameters<typeof reportQueries.file>[1]) {
  try {
    await client().fetchQuery(reportQueries.file(contentId, type));
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the query to fail');
}

describe('reportQueries.file: the parsed reports.json of one report item', () => {
  it('asks for the download URL, downloads the file and returns it parsed by its type', async () => {
    const [item] = addMockReport(
      'model-1',
      reportFixtures().filter((f) => f.type === 'CONFUSION_MATRIX'),
    );
    const data = await client().fetchQuery(reportQueries.file(item!.contentId!, 'CONFUSION_MATRIX'));
    expect(data.type).toBe('CONFUSION_MATRIX');
    expect(data.type === 'CONFUSION_MATRIX' && data.report.data).toHaveLength(16);
  });

  it('says when the file was never uploaded', async () => {
    const error = await failure('content-never-uploaded', 'TABLE');
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.message]).toEqual(['NOT_FOUND', 'This item has no reports.json: it was never uploaded.']);
  });

  it('says when the file is not JSON or does not fit the type', async () => {
    putMockFile('content-text', 'reports.json', 'not json');
    expect((await failure('content-text', 'PIE')).message).toBe('reports.json is not valid JSON.');
    putMockFile('content-pie', 'reports.json', { data: [] });
    expect((await failure('content-pie', 'PIE')).message).toMatch(
      /^reports\.json does not fit a PIE chart at category_name:/,
    );
  });

  it('says when the signed link is refused or the download fails', async () => {
    server.use(http.get('/files/:contentId/:fileName', () => new HttpResponse(null, { status: 403 })));
    expect((await failure('content-x', 'PIE')).message).toBe(
      'The download link of reports.json was refused (HTTP 403). Retry.',
    );
    server.use(http.get('/files/:contentId/:fileName', () => HttpResponse.error()));
    expect((await failure('content-x', 'PIE')).message).toBe(
      'reports.json could not be downloaded: the file server did not answer.',
    );
  });
});
