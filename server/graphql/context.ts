// Per-request context handed to every resolver.
import type { ContentUrls } from '../contents/signed-urls';
import type { Storage } from '../storage/db';
import type { Loaders } from './resolvers/loaders';

export interface Context {
  storage: Storage;
  /** Who is calling: the access key, the x-user-email of a system request, or `local`. */
  caller: string;
  loaders: Loaders;
  /** Signs content file URLs; they are absolute under `origin`. */
  contentUrls: ContentUrls;
  /** The origin the client reached the server at (scheme, host, port), e.g. http://127.0.0.1:8080. */
  origin: string;
}
