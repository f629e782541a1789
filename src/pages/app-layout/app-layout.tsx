import { useQuery } from '@tanstack/react-query';
import { Suspense, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigation } from 'react-router';
import { sessionQueries, useSignOut } from '../../api/session';
import styles from './app-layout.module.css';
import { Button } from '../../components/button';
import { DatasetSwitcher } from './dataset-switcher';
import { PageSkeleton } from '../../components/status';
import { AppToaster } from './app-toaster';
import { FaultBanners } from './fault-banners';
import { usePageArrival } from './use-page-arrival';
import { resolvedTheme, useTheme } from './theme';
import { ThemeSwitch } from './theme-switch';

/** Header with the app name, dataset switcher, theme switch and sign-out; pages render below it once signed in. */
export function AppLayout() {
  const navigation = useNavigation();
  const location = useLocation();
  const session = useQuery(sessionQueries.current());
  const signOut = useSignOut();
  const mainRef = useRef<HTMLElement>(null);
  usePageArrival(mainRef);
  const [theme, setTheme] = useTheme();

  if (session.data?.required && !session.data.authenticated) {
    const next = signOut.isSuccess ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  // Nothing below may ask the API before we know whether a sign-in is needed; a failed check
  // falls through, since the server enforces access anyway and the page shows its error.
  const ready = !session.isPending;
  return (
    <div className={styles.shell}>
      {/* The first Tab stop: keyboard users jump past the header. Focus moves without touching the URL. */}
      <a
        href="#main"
        className={styles.skipLink}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className={styles.header}>
        <Link to="/" className={styles.brand}>
          <span aria-hidden className={styles.logo}>
            ◆
          </span>
          Model Catalog
        </Link>
        {ready && <DatasetSwitcher />}
        <div className={styles.tools}>
          <ThemeSwitch theme={theme} onChange={setTheme} />
          {session.data?.required && (
            <div className={styles.account}>
              <span className={styles.accessKey} title="Signed in with this access key">
                {session.data.accessKey}
              </span>
              <Button size="sm" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
                Sign out
              </Button>
            </div>
          )}
        </div>
      </header>
      <FaultBanners />
      {navigation.state === 'loading' && (
        <div className={styles.progress} role="progressbar" aria-label="Loading page" />
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        {ready ? (
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        ) : (
          <PageSkeleton />
        )}
      </main>
      <AppToaster theme={resolvedTheme(theme)} />
    </div>
  );
}
