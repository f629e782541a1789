// Proxy mode and content files (README "Content files"): the host issues its own upload and download URLs
// (presigned storage URLs); the proxy passes them through untouched and serves no files of its own.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DOCUMENTS as DOCS } from '../test-kit/sdk-content-documents';
import { closeServer, listen, startProxy } from '../test-kit/setup';

const UPSTREAM_KEY = { accessKey: 'host-key', accessKeySecret: 'host secret 123' };
const FOLDER_ID = '01HZX3R9G7Q4M2VJ8K5T6W1N0P';
// What a host answers: presigned object-storage URLs, with characters a rewrite would be likely to touch.
const UPLOAD_URL = `https://files.superb.example/bucket/${FOLDER_ID}/reports.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F20260301%2Fap-northeast-2%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-Signature=ab12`;
const DOWNLOAD_URL = `https://files.superb.example/bucket/${FOLDER_ID}/reports.json?X-Amz-Expires=3600&X-Amz-Signature=cd34&response-content-type=application%2Fjson`;

const ANSWERS: Record<string, unknown> = {
  createFolderContent: { id: FOLDER_ID },
  generateFileUploadURL: UPLOAD_URL,
  generateFileDownloadURL: DOWNLOAD_URL,
  generateContentDownloadURL: DOWNLOAD_URL,
  createContent: {
    content: { id: FOLDER_ID, key: 'config.yaml', location: { bucket: 'bucket' }, createdAt: null, createdBy: null },
    uploadURL: UPLOAD_URL,
  },
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
  });

describe('proxy mode: content files', () => {
  const received: Array<{ query: string; variables: Record<string, unknown> }> = [];
  let upstream: Awaited<ReturnType<typeof listen>>;
  let proxy: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    // A stub host: answers each content mutation by its root field, as the SDK reads it.
    upstream = await listen((req, res) => {
      void readBody(req).then((text) => {
        const body = JSON.parse(text) as { query: string; variables: Record<string, unknown> };
        received.push(body);
        const root = Object.keys(ANSWERS).find(
          (name) => body.query.includes(`${name}(`) || body.query.includes(`${name} {`),
        );
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ data: { [root ?? 'unknown']: root ? ANSWERS[root] : null } }));
      });
    });
    proxy = await startProxy({ host: upstream.base, upstreamKey: UPSTREAM_KEY });
  });
  afterAll(async () => {
    await closeServer(proxy.server);
    await closeServer(upstream.server);
  });

  const call = async (query: string, variables: Record<string, unknown>) => {
    const answer = await fetch(`${proxy.base}/graphql/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { data: Record<string, unknown> }).data;
  };

  it("passes the host's own URLs through untouched", async () => {
    expect(await call(DOCS.createFolderContent, {})).toEqual({ createFolderContent: { id: FOLDER_ID } });
    const variables = { content_id: FOLDER_ID, file_name: 'reports.json', content_type: 'application/json' };
    expect(await call(DOCS.generateFileUploadURL, variables)).toEqual({ generateFileUploadURL: UPLOAD_URL });
    expect(await call(DOCS.generateFileDownloadURL, { content_id: FOLDER_ID, file_name: 'reports.json' })).toEqual({
      generateFileDownloadURL: DOWNLOAD_URL,
    });
    expect(await call(DOCS.generateContentDownloadURL, { id: FOLDER_ID })).toEqual({
      generateContentDownloadURL: DOWNLOAD_URL,
    });
    expect(await call(DOCS.createContent, { key: 'config.yaml', content_type: 'application/yaml' })).toEqual({
      createContent: ANSWERS['createContent'],
    });
    // The host got the SDK's documents and variables as sent (besides any probe of the proxy's own).
    const forwarded = received.filter((r) => (Object.values(DOCS) as string[]).includes(r.query));
    expect(forwarded.map((r) => r.query)).toEqual([
      DOCS.createFolderContent,
      DOCS.generateFileUploadURL,
      DOCS.generateFileDownloadURL,
      DOCS.generateContentDownloadURL,
      DOCS.createContent,
    ]);
    expect(forwarded[1]?.variables).toEqual(variables);
  });

  it('serves no file routes of its own', async () => {
    const put = await fetch(`${proxy.base}/contents/${FOLDER_ID}/files/reports.json?expires=1&signature=x`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(put.status).toBe(404);
    expect(await put.json()).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
  });
});
