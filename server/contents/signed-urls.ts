// Signed content file URLs (README "Content files"): the URL itself is the permission, as a presigned
// storage URL is for the SDK. HMAC-SHA256 with the database's secret over the method, content id, file
// name and expiry, so a URL opens one file, one way (upload or download), for one hour.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an issued URL works. */
export const URL_LIFETIME_SECONDS = 3_600;

/** Where files are served: `/contents/{id}` (the content's own file) and `/contents/{id}/files/{name}`. */
export const CONTENTS_PATH = '/contents/';

export type FileMethod = 'PUT' | 'GET';

export interface FileAddress {
  contentId: string;
  /** '' for the content's own file. */
  fileName: string;
}

export interface ContentUrls {
  /** An absolute URL under `origin` (the request's) that accepts one PUT of the file for an hour. */
  upload(origin: string, file: FileAddress): string;
  /** An absolute URL under `origin` that serves the file for an hour. */
  download(origin: string, file: FileAddress): string;
  /** Why a request to `url` with `method` is refused, or null when its signature holds. */
  refusal(url: URL, method: FileMethod, file: FileAddress): string | null;
}

/** `clock` gives milliseconds since the epoch (tests move it past the expiry). */
export function createContentUrls(secret: Buffer, clock: () => number = Date.now): ContentUrls {
  const sign = (method: FileMethod, { contentId, fileName }: FileAddress, expires: number) =>
    createHmac('sha256', secret).update(`${method}\n${contentId}\n${fileName}\n${expires}`, 'utf8').digest();

  const issue = (method: FileMethod) => (origin: string, file: FileAddress) => {
    const expires = Math.floor(clock() / 1000) + URL_LIFETIME_SECONDS;
    const signature = sign(method, file, expires).toString('base64url');
    const path =
      CONTENTS_PATH +
      encodeURIComponent(file.contentId) +
      (file.fileName === '' ? '' : `/files/${encodeURIComponent(file.fileName)}`);
    return `${origin}${path}?expires=${expires}&signature=${signature}`;
  };

  return {
    upload: issue('PUT'),
    download: issue('GET'),
    refusal(url, method, file) {
      const expires = url.searchParams.get('expires') ?? '';
      const given = Buffer.from(url.searchParams.get('signature') ?? '', 'base64url');
      if (!/^\d{1,12}$/.test(expires) || given.length === 0) {
        return 'This file URL is not signed: ask the API for one (generateFileUploadURL, generateFileDownloadURL)';
      }
      const expected = sign(method, file, Number(expires));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return `This URL's signature does not match: it was not issued for ${method === 'PUT' ? 'uploading' : 'downloading'} this file`;
      }
      if (Number(expires) * 1000 < clock()) {
        return 'This file URL has expired (they work for one hour): ask the API for a new one';
      }
      return null;
    },
  };
}

/**
 * The origin a client reached this server at, for the URLs it is given: the request's own, or what a
 * reverse proxy in front says it was (X-Forwarded-Proto/-Host, e.g. https behind TLS termination). A client
 * forging them only misdirects the URLs it gets itself; the signature does not depend on them.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim().toLowerCase();
  const proto = first('x-forwarded-proto');
  const host = first('x-forwarded-host');
  const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
  const authority = host && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host) ? host : url.host;
  return `${scheme}://${authority}`;
}
