// Documents sent to a host that lacks some newer-API fields (README "Dashboard for a Superb AI host (proxy)").
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { UpdateModelNewerDocument } from './gql/graphql';
import { lackedFields, requestWithout, withLackedFields } from './host-fields';
import { recordDocuments, server } from './mocks/node';
import { LOCAL_CAPABILITIES } from './schemas';

describe('lackedFields', () => {
  it('names the model fields behind each capability the host lacks', () => {
    expect(lackedFields(LOCAL_CAPABILITIES)).toEqual([]);
    expect(lackedFields({ ...LOCAL_CAPABILITIES, contents: false, trainingReports: false })).toEqual([
      'contents',
      'trainingReport',
    ]);
  });
});

const answerUpdate = () =>
  server.use(graphql.mutation('UpdateModelNewer', () => HttpResponse.json({ data: { updateModel: { id: 'm1' } } })));

describe('requestWithout', () => {
  it('sends the document without those fields and the variables only they used', async () => {
    answerUpdate();
    const sent = recordDocuments();
    const variables = { datasetId: 'd', modelId: 'm1', description: 'x', trainingAnnotations: [] };
    const data = await requestWithout(['contents', 'trainingAnnotations'], UpdateModelNewerDocument, variables);

    expect(data).toEqual({ updateModel: { id: 'm1' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).not.toMatch(/contents|trainingAnnotations/);
    expect(sent[0]?.query).toMatch(/trainingReport/);
    expect(sent[0]?.variables).toEqual({ datasetId: 'd', modelId: 'm1', description: 'x' });
  });

  it('sends the document as written to a host that lacks nothing', async () => {
    answerUpdate();
    const sent = recordDocuments();
    await requestWithout([], UpdateModelNewerDocument, { datasetId: 'd', modelId: 'm1' });
    expect(sent[0]?.query).toBe(UpdateModelNewerDocument.toString());
  });
});

it('withLackedFields gives a model read without them their empty values, and keeps what it has', () => {
  expect(withLackedFields({ id: 'm1', contents: { 'a.pt': 'C1' } })).toEqual({
    id: 'm1',
    contents: { 'a.pt': 'C1' },
    trainingAnnotations: [],
    trainingReport: [],
  });
});
