// Per-request context handed to every resolver.
import type { Storage } from '../storage/db';
import type { Loaders } from './resolvers/loaders';

export interface Context {
  storage: Storage;
  /** Who is calling: the access key, the x-user-email of a system request, or `local`. */
  caller: string;
  loaders: Loaders;
}
