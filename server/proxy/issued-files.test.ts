// GET /api/upstream-file (README "Dashboard for a Superb AI host (proxy)"): the proxy fetches only download URLs the
// host issued through it, within the hour, and hands the host's key to nobody else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listen, startProxy } from '../test-kit/setup';
import { post } from '../test-kit/graphql';
import { createIssuedFiles, ISSUED_URL_TTL_MS, MAX_UPSTREAM_FILE_BYTES } from './issued-files';

const KEY = { accessKey: 'host-key', accessKeySecret: 'host secret 123' };
const CSRF = { 'X-Requested-With': 'model-catalog' };
const REPORT = JSON.stringify({ data: [{ key: 'mAP', value: 0.7 }] });

type Served = Awaited<ReturnType<typeof listen>>;

/** A file server that records who asked for what, with the Authorization it got. */
function fileServer(seen: Array<{ url: string; authorization: string | undefined }>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
    if (req.url?.startsWith('/moved')) return void res.writeHead(302, { Location: 'http://127.0.0.1:1/' }).end();
    if (req.url?.startsWith('/huge')) {
      return void res.writeHead(200, { 'Content-Length': String(MAX_UPSTREAM_FILE_BYTES + 1) }).end();
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(REPORT);
  };
}

describe('files behind download URLs the host issued', () => {
  const seen: Array<{ url: string; authorization: string | undefined }> = [];
  let storage: Served;
  let host: Served;
  let proxy: Served;
  let issue: (path: string, onStorage?: boolean) => Promise<string>;

  beforeAll(async () => {
    storage = await listen(fileServer(seen));
    const files = fileServer(seen);
    // The host answers generateFileDownloadURL(contentId, fileName) with a URL of its own or of its storage.
    host = await listen((req, res) => {
      if (req.method !== 'POST') return files(req, res);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as { variables: { name: string } };
        const base = variables.name.startsWith('storage:') ? storage.base : host.base;
        const url = `${base}/${variables.name.replace('storage:', '')}?signature=abc`;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ data: { generateFileDownloadURL: url } }));
      });
    });
    proxy = await startProxy({ host: host.base, upstreamKey: KEY });
    issue = async (path, onStorage = false) => {
      const answer = await post<{ generateFileDownloadURL: string }>(
        `${proxy.base}/graphql/`,
        'mutation($id: ID!, $name: String!) { generateFileDownloadURL(contentId: $id, fileName: $name) }',
        { id: 'c1', name: onStorage ? `storage:${path}` : path },
        { headers: CSRF },
      );
      return answer.data!.generateFileDownloadURL;
    };
  });
  afterAll(async () => {
    for (const s of [proxy, host, storage]) await closeServer(s.server);
  });

  const download = (url: string) =>
    fetch(`${proxy.base}/api/upstream-file?url=${encodeURIComponent(url)}`, { headers: CSRF });

  it('passes the URL through untouched, then serves its file; the host key goes only to the host', async () => {
    const onHost = await issue('reports.json');
    expect(onHost).toBe(`${host.base}/reports.json?signature=abc`);
    const res = await download(onHost);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(await res.text()).toBe(REPORT);
    expect(seen.at(-1)).toEqual({
      url: '/reports.json?signature=abc',
      authorization: expect.stringMatching(/^Basic /),
    });

    const onStorage = await issue('reports.json', true);
    expect((await download(onStorage)).status).toBe(200);
    expect(seen.at(-1)).toEqual({ url: '/reports.json?signature=abc', authorization: undefined });
  });

  it('refuses any URL the host did not issue, without touching it', async () => {
    const before = seen.length;
    for (const url of [
      `${storage.base}/never-issued.json?signature=abc`,
      'http://169.254.169.254/latest/meta-data',
      '',
    ]) {
      const res = await download(url);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
    }
    expect(seen.length).toBe(before);
  });

  it('follows no redirect and keeps the size limit', async () => {
    const moved = await download(await issue('moved'));
    expect(moved.status).toBe(502);
    const huge = await download(await issue('huge'));
    expect(huge.status).toBe(413);
  });

  it('forgets a URL after an hour', async () => {
    let clock = 0;
    const files = createIssuedFiles({ host: host.base, upstreamKey: KEY, now: () => clock });
    const url = `${host.base}/reports.json?signature=abc`;
    const request = new TextEncoder().encode('mutation { generateFileDownloadURL(contentId: "c", fileName: "f") }');
    files.noteAnswer(
      request,
      new TextEncoder().encode(JSON.stringify({ data: { generateFileDownloadURL: url } })).buffer,
    );
    const ask = () => files.fetchFile(new Request(`http://proxy/api/upstream-file?url=${encodeURIComponent(url)}`));
    expect((await ask()).status).toBe(200);
    clock = ISSUED_URL_TTL_MS + 1;
    expect((await ask()).status).toBe(404);
  });
});
