// Content files (README "Content files"): the SDK's report flow with its own documents (newer-api.md §3.5,
// §4.3) on each engine, and the signed URLs' refusals: expired, tampered, another content or file, the
// wrong method, too large.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NEWER_API as NEW } from '../test-kit/sdk-documents';
import { CONTENT_DOCUMENTS as DOCS } from '../test-kit/sdk-content-documents';
import { closeServer, engines, listen, rawRequest, setup, type Engine, type TestApi } from '../test-kit/setup';
import { openStorage, type Storage } from '../storage/db';
import { post as postGraphql } from '../test-kit/graphql';
import { postgresDatabaseUrl } from '../test-kit/setup';
import { createApp } from '../graphql/yoga';
import { URL_LIFETIME_SECONDS } from './signed-urls';

const ULID = /^[0-9A-Z]{26}$/;
const KEY = { accessKey: 'sdk', accessKeySecret: 'sdk secret 0123456789' };
const BASIC = `Basic ${Buffer.from(`${KEY.accessKey}:${KEY.accessKeySecret}`).toString('base64')}`;
const REPORT = {
  y_axis_name: 'AP',
  x_axis_name: 'Class',
  data: [
    { category: 'car', value: 0.91 },
    { category: 'person', value: 0.77 },
  ],
};

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let now = Date.parse('2026-03-01T12:00:00.000Z');
const clock = () => now;

async function open(options: Parameters<typeof setup>[0] = {}): Promise<TestApi> {
  const api = await setup({ clock, ...options });
  cleanups.push(() => api.close());
  return api;
}

/** The root field of an acknowledged answer, as the SDK reads it. */
async function sdk<T>(api: Api, query: string, variables: Record<string, unknown>, headers = {}): Promise<T> {
  const answer = await api.gql<Record<string, T>>(query, variables, { headers });
  expect(answer.errors).toBeUndefined();
  return Object.values(answer.data!)[0]!;
}

/** The SDK's PUT (requests, BaseService.request): its Content-Type and its auth header beside the signature. */
const put = (api: Api, url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  api.app.fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body });

type Api = Pick<TestApi, 'app' | 'gql'>;

/** A second process on a storage: its own app, as main.ts builds one. */
function apiOn(storage: Storage): Api {
  const app = createApp({ storage, clock });
  return {
    app,
    gql: (query, variables = {}, { headers = {} } = {}) =>
      postGraphql('http://localhost/graphql/', query, variables, { headers, fetch: app.fetch }),
  };
}

async function folderWithReport(api: Api, headers = {}) {
  const folder = await sdk<{ id: string }>(api, DOCS.createFolderContent, {}, headers);
  const uploadUrl = await sdk<string>(
    api,
    DOCS.generateFileUploadURL,
    { content_id: folder.id, file_name: 'reports.json', content_type: 'application/json' },
    headers,
  );
  const stored = await put(api, uploadUrl, JSON.stringify(REPORT), headers);
  expect(stored.status).toBe(200);
  const downloadUrl = await sdk<string>(
    api,
    DOCS.generateFileDownloadURL,
    { content_id: folder.id, file_name: 'reports.json' },
    headers,
  );
  return { folderId: folder.id, uploadUrl, downloadUrl };
}

const tamper = (url: string, edit: (u: URL) => void) => {
  const u = new URL(url);
  edit(u);
  return u.toString();
};

async function expectRefused(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toMatchObject({
    errors: [{ code: expect.any(String), message: expect.stringMatching(message) }],
  });
}

describe.each(engines)('on %s', (engine: Engine) => {
  it("runs the SDK's report flow: folder, content, upload, report item, download of the same JSON", async () => {
    const api = await open({ engine, accessKeys: [KEY] });
    const auth = { Authorization: BASIC };
    const dataset = await sdk<{ id: string }>(api, NEW.createDataset, { name: 'files', description: null }, auth);

    // createContent (single file): its own uploadURL, then generateContentDownloadURL.
    const created = await sdk<{ content: Record<string, unknown>; uploadURL: string }>(
      api,
      DOCS.createContent,
      { key: 'config.yaml', content_type: 'application/yaml' },
      auth,
    );
    expect(created.content).toMatchObject({ id: expect.stringMatching(ULID), key: 'config.yaml', createdBy: 'sdk' });
    expect(created.uploadURL).toMatch(/^http:\/\/localhost\/contents\/[0-9A-Z]{26}\?expires=\d+&signature=/);
    const yaml = 'epochs: 50\nlr: 0.01\n';
    expect((await put(api, created.uploadURL, yaml, { ...auth, 'Content-Type': 'application/yaml' })).status).toBe(200);
    const contentUrl = await sdk<string>(api, DOCS.generateContentDownloadURL, { id: created.content['id'] }, auth);
    const contentFile = await api.app.fetch(contentUrl);
    expect(contentFile.status).toBe(200);
    expect(contentFile.headers.get('content-type')).toBe('application/yaml');
    expect(await contentFile.text()).toBe(yaml);

    // The report: folder content, reports.json through the signed URL, a report item pointing at the folder.
    const { folderId, uploadUrl, downloadUrl } = await folderWithReport(api, auth);
    expect(folderId).toMatch(ULID);
    expect(uploadUrl).toMatch(
      new RegExp(`^http://localhost/contents/${folderId}/files/reports\\.json\\?expires=\\d+&signature=[\\w-]+$`),
    );
    const model = await sdk<{ id: string }>(
      api,
      NEW.createModel,
      {
        dataset_id: dataset.id,
        name: 'detector',
        task_type: 'OBJECT_DETECTION',
        contents: { 'reports.json': folderId },
      },
      auth,
    );
    const withItem = await sdk<{ trainingReport: Array<{ id: string; contentId: string; type: string }> }>(
      api,
      NEW.createTrainingReportItem,
      {
        dataset_id: dataset.id,
        model_id: model.id,
        name: 'AP per class',
        type: 'HORIZONTAL_BAR',
        content_id: folderId,
        description: null,
      },
      auth,
    );
    const item = withItem.trainingReport[0]!;
    expect(item).toMatchObject({ contentId: folderId, type: 'HORIZONTAL_BAR' });

    // Reading it back as a client would: the item's contentId → generateFileDownloadURL → GET, no key needed.
    const url = await sdk<string>(
      api,
      DOCS.generateFileDownloadURL,
      { content_id: item.contentId, file_name: 'reports.json' },
      auth,
    );
    expect(url).toMatch(new RegExp(`^http://localhost/contents/${folderId}/files/reports\\.json\\?`));
    const file = await api.app.fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(await file.json()).toEqual(REPORT);
    expect((await api.app.fetch(downloadUrl, { method: 'HEAD' })).headers.get('content-length')).toBe(
      String(JSON.stringify(REPORT).length),
    );

    // A new upload replaces the bytes; a file never uploaded answers 404.
    const replacement = { ...REPORT, data: [] };
    expect((await put(api, uploadUrl, JSON.stringify(replacement))).status).toBe(200);
    expect(await (await api.app.fetch(downloadUrl)).json()).toEqual(replacement);
    const missing = await sdk<string>(
      api,
      DOCS.generateFileDownloadURL,
      { content_id: folderId, file_name: 'data_ids.json' },
      auth,
    );
    await expectRefused(await api.app.fetch(missing), 404, /has no file data_ids\.json/);

    // The URL mutations need the key like every API call; an unknown content is NOT_FOUND (the SDK's NotFoundError).
    expect((await api.gql(DOCS.createFolderContent, {})).status).toBe(401);
    const unknown = await api.gql(
      DOCS.generateFileUploadURL,
      { content_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', file_name: 'reports.json' },
      { headers: auth },
    );
    expect(unknown.errors?.[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores a file of several chunks byte for byte, streamed in and out over HTTP', async () => {
    const api = await open({ engine, maxFileBytes: 3 * 1024 * 1024 });
    const { server, base } = await listen(api.app);
    cleanups.push(() => closeServer(server));
    const folder = await sdk<{ id: string }>(api, DOCS.createFolderContent, {});
    const uploadUrl = await post(base, DOCS.generateFileUploadURL, {
      content_id: folder.id,
      file_name: 'weights.bin',
      content_type: null,
    });
    expect(uploadUrl.startsWith(`${base}/contents/`)).toBe(true); // built from the request's origin
    const bytes = Buffer.alloc(2.5 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
    const stored = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    expect(stored.status).toBe(200);
    const downloadUrl = await post(base, DOCS.generateFileDownloadURL, {
      content_id: folder.id,
      file_name: 'weights.bin',
    });
    const file = await fetch(downloadUrl);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('serves files and URLs from every process on the database alike (replicas)', async () => {
    let url: string;
    if (engine === 'sqlite') {
      const dir = await mkdtemp(path.join(tmpdir(), 'catalog-files-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      url = path.join(dir, 'catalog.db');
    } else {
      url = await postgresDatabaseUrl();
    }
    const one = await openStorage(url);
    const two = await openStorage(url);
    cleanups.push(
      () => one.close(),
      () => two.close(),
    );
    const { downloadUrl } = await folderWithReport(apiOn(one));
    const answer = await apiOn(two).app.fetch(downloadUrl);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(REPORT);
  });
});

/** POSTs to a listening server and returns the root field's value. */
async function post(base: string, query: string, variables: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${base}/graphql/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Record<string, string> };
  return Object.values(body.data)[0]!;
}

describe('signed file URLs', () => {
  it('work for one hour and are refused with 403 after', async () => {
    const api = await open();
    const { downloadUrl, uploadUrl } = await folderWithReport(api);
    const issuedAt = now;
    try {
      now = issuedAt + (URL_LIFETIME_SECONDS - 1) * 1000;
      expect((await api.app.fetch(downloadUrl)).status).toBe(200);
      now = issuedAt + (URL_LIFETIME_SECONDS + 1) * 1000;
      await expectRefused(await api.app.fetch(downloadUrl), 403, /expired/);
      await expectRefused(await put(api, uploadUrl, '{}'), 403, /expired/);
    } finally {
      now = issuedAt;
    }
  });

  it('are refused with 403 when tampered with or pointed at another content or file', async () => {
    const api = await open();
    const { folderId, downloadUrl, uploadUrl } = await folderWithReport(api);
    const other = await sdk<{ id: string }>(api, DOCS.createFolderContent, {});
    const refused: Array<[string, string]> = [
      [
        'signature changed',
        tamper(downloadUrl, (u) => u.searchParams.set('signature', `A${u.searchParams.get('signature')!.slice(1)}`)),
      ],
      [
        'expiry moved',
        tamper(downloadUrl, (u) => u.searchParams.set('expires', String(Number(u.searchParams.get('expires')) + 3600))),
      ],
      ['no signature', tamper(downloadUrl, (u) => u.searchParams.delete('signature'))],
      ['garbage signature', tamper(downloadUrl, (u) => u.searchParams.set('signature', '%%%'))],
      ['another content', downloadUrl.replace(folderId, other.id)],
      ['another file', downloadUrl.replace('reports.json', 'data_ids.json')],
      ['the content itself', downloadUrl.replace('/files/reports.json', '')],
      ['an upload URL used to download', uploadUrl],
    ];
    for (const [, url] of refused) await expectRefused(await api.app.fetch(url), 403, /signature|not signed/);
    // A download URL does not upload, and a refused upload changes nothing.
    await expectRefused(await put(api, downloadUrl, '{"data":[]}'), 403, /signature/);
    await expectRefused(await put(api, uploadUrl.replace(folderId, other.id), '{}'), 403, /signature/);
    expect(await (await api.app.fetch(downloadUrl)).json()).toEqual(REPORT);
  });

  it('take PUT, GET and HEAD only (405 with Allow)', async () => {
    const api = await open();
    const { downloadUrl } = await folderWithReport(api);
    for (const method of ['POST', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await api.app.fetch(downloadUrl, {
        method,
        ...(method !== 'OPTIONS' && method !== 'DELETE' && { body: '{}' }),
      });
      expect(answer.headers.get('allow')).toBe('GET, HEAD, PUT');
      await expectRefused(answer, 405, /PUT \(upload\) or GET \(download\)/);
    }
    await expectRefused(await api.app.fetch('http://localhost/contents/'), 404, /Nothing at/);
  });

  it('refuse files over the limit with 413 and keep the earlier bytes', async () => {
    const limit = 128 * 1024;
    const api = await open({ maxFileBytes: limit });
    const { uploadUrl, downloadUrl } = await folderWithReport(api);
    expect((await put(api, uploadUrl, Buffer.alloc(limit, 'a'))).status).toBe(200);
    expect((await (await api.app.fetch(downloadUrl)).arrayBuffer()).byteLength).toBe(limit);
    // Declared too large: refused before reading; streamed without a length: refused once past the limit.
    const declared = await put(api, uploadUrl, Buffer.alloc(limit + 1, 'b'));
    expect(declared.headers.get('connection')).toBe('close');
    await expectRefused(declared, 413, /Files are limited to 0\.125 MB \(--max-file-mb\)/);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new Uint8Array(limit / 4));
        controller.close();
      },
    });
    const chunked = await api.app.fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: streamed,
      duplex: 'half',
    } as RequestInit);
    await expectRefused(chunked, 413, /Files are limited/);
    const kept = Buffer.from(await (await api.app.fetch(downloadUrl)).arrayBuffer());
    expect(kept.equals(Buffer.alloc(limit, 'a'))).toBe(true);
    const chunks = await api.storage.db.selectFrom('content_file_chunks').select('upload_id').execute();
    expect(chunks).toHaveLength(1); // the refused uploads left nothing behind
  });

  it('are built from the origin the client used, also behind a TLS-terminating reverse proxy', async () => {
    const api = await open();
    const folder = await sdk<{ id: string }>(api, DOCS.createFolderContent, {});
    const variables = { content_id: folder.id, file_name: 'reports.json' };
    const behindProxy = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'catalog.example.com' };
    expect(await sdk<string>(api, DOCS.generateFileDownloadURL, variables, behindProxy)).toMatch(
      new RegExp(`^https://catalog\\.example\\.com/contents/${folder.id}/files/reports\\.json\\?`),
    );
    const garbage = { 'X-Forwarded-Proto': 'gopher', 'X-Forwarded-Host': 'a b/c' };
    expect(await sdk<string>(api, DOCS.generateFileDownloadURL, variables, garbage)).toMatch(
      /^http:\/\/localhost\/contents\//,
    );
  });

  it('keep the Host guard and the security headers', async () => {
    const api = await open();
    const { downloadUrl } = await folderWithReport(api);
    const { server, base } = await listen(api.app);
    cleanups.push(() => closeServer(server));
    const local = downloadUrl.replace('http://localhost', base);
    const rebound = await rawRequest(local, 'GET', { Host: 'evil.example' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({
      errors: [{ message: expect.stringMatching(/not to evil\.example/) }],
    });
    const ok = await rawRequest(local, 'GET');
    expect(ok.status).toBe(200);
    expect(ok.headers['x-frame-options']).toBe('DENY');
    expect(ok.headers['cache-control']).toBe('no-store');
  });
});
