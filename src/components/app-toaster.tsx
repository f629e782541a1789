import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import styles from './app-toaster.module.css';
import { dismissFallbackToast, loadSonner, useFallbackToasts, useToastRequested, type FallbackToast } from './toast';

const VISIBLE_MS = 8000;

// Toasts are rare: their library loads with the first one (see ./toast). If it cannot load, the plain list.
const Toaster = lazy<ComponentType>(() =>
  loadSonner().then(
    (m) => ({ default: () => <m.Toaster position="bottom-right" richColors closeButton /> }),
    () => ({ default: () => null }),
  ),
);

/** Where toasts appear: sonner's Toaster once one was asked for, and the plain list for those it could not show. */
export function AppToaster() {
  const requested = useToastRequested();
  const fallback = useFallbackToasts();
  return (
    <>
      {requested && (
        <Suspense fallback={null}>
          <Toaster />
        </Suspense>
      )}
      {fallback.length > 0 && (
        <ol className={styles.list} aria-label="Notifications">
          {fallback.map((t) => (
            <PlainToast key={t.id} toast={t} />
          ))}
        </ol>
      )}
    </>
  );
}

function PlainToast({ toast }: { toast: FallbackToast }) {
  useEffect(() => {
    const timer = setTimeout(() => dismissFallbackToast(toast.id), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast.id]);
  return (
    <li role={toast.kind === 'error' ? 'alert' : 'status'} className={`${styles.toast} ${styles[toast.kind]}`}>
      <span>{toast.message}</span>
      <button
        type="button"
        className={styles.close}
        aria-label="Dismiss"
        onClick={() => dismissFallbackToast(toast.id)}
      >
        ×
      </button>
    </li>
  );
}
