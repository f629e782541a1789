import { http, HttpResponse } from 'msw';
import { ApiError } from './client';
import { datasetQueries } from './datasets';
import { server } from './mocks/node';
import { createQueryClient } from '../query-client';

/** Runs a real query through request() and returns what it threw. */
async function failure(): Promise<ApiError> {
  const queryClient = createQueryClient({ retry: 0 });
  const error: unknown = await queryClient.fetchQuery(datasetQueries.list()).catch((e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('request errors in proxy mode', () => {
  it('keeps the server’s message for an unavailable upstream', async () => {
    const code = 'UPSTREAM_UNAVAILABLE';
    const message = 'Cannot reach the Superb AI host https://superb.example (ECONNREFUSED).';
    server.use(
      http.post('/graphql/', () =>
        HttpResponse.json({ errors: [{ message, code, extensions: { code } }] }, { status: 502 }),
      ),
    );
    expect(await failure()).toMatchObject({ code, status: 502, message });
  });

  it('explains a gateway timeout without a body', async () => {
    server.use(http.post('/graphql/', () => new HttpResponse('Gateway Timeout', { status: 504 })));
    expect(await failure()).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      status: 504,
      message: expect.stringMatching(/host is unavailable \(HTTP 504\)/),
    });
  });

  it('reads a bare 401 as a lost session', async () => {
    server.use(http.post('/graphql/', () => new HttpResponse(null, { status: 401 })));
    expect(await failure()).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/Sign in again/) });
  });
});
