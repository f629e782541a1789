// The query client's reactions to failures that concern the whole dashboard.
import { ApiError } from './api/client';
import { capabilitiesKeys } from './api/capabilities';
import { createQueryClient } from './query-client';
import { LOCAL_CAPABILITIES } from './api/schemas';

describe('createQueryClient', () => {
  it.each([
    ['the code GRAPHQL_VALIDATION_FAILED', new ApiError('Something', 'GRAPHQL_VALIDATION_FAILED', 400)],
    ['a "Cannot query field" message', new ApiError('Cannot query field "status" on type "Model".', 'INTERNAL', 200)],
  ])(
    'asks for the capabilities again after a document the host rejected (%s): it may have been upgraded',
    async (_name, error) => {
      const client = createQueryClient({ retry: 0 });
      client.setQueryData(capabilitiesKeys.all, LOCAL_CAPABILITIES);
      await client.fetchQuery({ queryKey: ['models'], queryFn: () => Promise.reject(error) }).catch(() => undefined);
      expect(client.getQueryState(capabilitiesKeys.all)?.isInvalidated).toBe(true);
    },
  );

  it('keeps the capabilities after any other failure', async () => {
    const client = createQueryClient({ retry: 0 });
    client.setQueryData(capabilitiesKeys.all, LOCAL_CAPABILITIES);
    const failure = new ApiError('Model m1 not found', 'NOT_FOUND', 200);
    await client.fetchQuery({ queryKey: ['models'], queryFn: () => Promise.reject(failure) }).catch(() => undefined);
    expect(client.getQueryState(capabilitiesKeys.all)?.isInvalidated).toBe(false);
  });
});
