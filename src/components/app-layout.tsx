import { Suspense } from 'react';
import { Link, Outlet, useNavigation } from 'react-router';
import { Toaster } from 'sonner';
import styles from './app-layout.module.css';
import { DatasetSwitcher } from './dataset-switcher';
import { PageSkeleton } from './status';

/** Header with the app name and dataset switcher; pages render below it. */
export function AppLayout() {
  const navigation = useNavigation();
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <Link to="/" className={styles.brand}>
          <span aria-hidden className={styles.logo}>
            ◆
          </span>
          Model Catalog
        </Link>
        <DatasetSwitcher />
      </header>
      {navigation.state === 'loading' && (
        <div className={styles.progress} role="progressbar" aria-label="Loading page" />
      )}
      <main className={styles.main}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <Toaster position="bottom-right" richColors closeButton />
    </div>
  );
}
