import { createElement, lazy, useSyncExternalStore, type ComponentType } from 'react';
import styles from './chunk-load.module.css';

// A lazy chunk can fail to load: the server is down, the network dropped, or a redeploy removed the old
// hashed files. The app then stays as it is and a banner offers to reload (README "When the server is away").
let failed = false;
const listeners = new Set<() => void>();

/** Shows the reload banner. */
export function reportChunkFailure() {
  if (failed) return;
  failed = true;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** True once some chunk could not be loaded even after retrying. */
export function useChunkFailed(): boolean {
  return useSyncExternalStore(subscribe, () => failed);
}

const RETRY_DELAYS_MS = [400, 1500];

/** Runs `load` (a dynamic import) again after a pause when it fails; rejects with the last failure. */
export async function retryImport<T>(load: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await load();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return load();
}

/** A part of the app that could not be loaded: the banner offers the reload, `fallback` stands in for it. */
function failedChunk<T>(fallback: T): () => T {
  return () => {
    reportChunkFailure();
    return fallback;
  };
}

/** Said in place of a part whose code could not be loaded; the banner above offers the reload. */
function ChunkFailed({ what = 'This part of the page' }: { what?: string }) {
  return (
    <p role="alert" className={styles.inline}>
      {what} could not be loaded. Reload the page to try again.
    </p>
  );
}

/** A lazily loaded part of a page; `preload` starts loading its chunk before it is first drawn. */
export type LazyPart<P extends object> = ComponentType<P> & { preload: () => void };

/**
 * React.lazy for a part of a page: the import is retried, and if it still fails the part says so instead
 * of throwing to the route's error page. Once its chunk is in (e.g. preloaded), the part renders at once
 * without suspending: React holds back the reveal of a Suspense fallback's content for up to 300 ms.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= retryImport(load).then(
      (component) => (loaded = component),
      failedChunk(() => <ChunkFailed />),
    ));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  const Part = (props: P) => createElement(loaded ?? Lazy, props);
  return Object.assign(Part, { preload: () => void start() });
}

function ChunkFailedPage() {
  return <ChunkFailed what="This page" />;
}

/** A route's `lazy`: the page's chunk, retried; if it still fails, a page that says so inside the layout. */
export const lazyPage = (load: () => Promise<ComponentType>) => () =>
  retryImport(load).then((Component) => ({ Component }), failedChunk({ Component: ChunkFailedPage }));
