import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useNavigation } from 'react-router';
import { isUnreachable } from '../../api/client';
import { Banner } from './banner';
import { useChunkFailed } from '../../components/chunk-load';

/** Waits between reconnection attempts: quick at first, then every few seconds while the server stays away. */
const RECONNECT_DELAYS_MS = [1000, 2000, 4000, 5000];

const failedToReach = (query: Query) => isUnreachable(query.state.error);

/**
 * "Can't reach the server" while a query on screen failed for want of the server. Pages keep showing
 * what they had; the banner retries those queries with backoff, and at once when the browser comes back
 * online, until the server answers (README "When the server is away").
 */
function ServerUnreachableBanner() {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const unreachable = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => cache.findAll({ type: 'active', predicate: failedToReach }).length > 0,
  );

  useEffect(() => {
    if (!unreachable) return;
    let attempt = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      if (stopped) return;
      timer = setTimeout(reconnect, RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)]);
    };
    function reconnect() {
      clearTimeout(timer);
      // cancelRefetch: false joins a refetch already under way (a page's Retry) instead of restarting it.
      void queryClient
        .refetchQueries({ type: 'active', predicate: failedToReach }, { cancelRefetch: false })
        .finally(schedule);
    }
    schedule();
    window.addEventListener('online', reconnect);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', reconnect);
    };
  }, [unreachable, queryClient]);

  if (!unreachable) return null;
  return <Banner>Can't reach the server. Showing what was already loaded; reconnecting…</Banner>;
}

/** Faults of the app as a whole, shown above every page. */
export function FaultBanners() {
  const chunkFailed = useChunkFailed();
  // A page whose code is still being retried has not replaced the one shown: reload where the user was going.
  const pending = useNavigation().location;
  const reload = () => {
    if (pending) window.location.assign(pending.pathname + pending.search + pending.hash);
    else window.location.reload();
  };
  return (
    <>
      <ServerUnreachableBanner />
      {chunkFailed && (
        <Banner action={{ label: 'Reload', onClick: reload }}>
          Part of the app could not be loaded: you may be offline, or a new version was deployed.
        </Banner>
      )}
    </>
  );
}
