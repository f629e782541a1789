import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import styles from './app-toaster.module.css';
import {
  dismissFallbackToast,
  loadSonner,
  useFallbackToasts,
  useToastRequested,
  type FallbackToast,
} from '../../components/toast';

const VISIBLE_MS = 8000;

interface ToasterProps {
  /** The colours in use (toasts follow the theme switch, not only the system's scheme). */
  theme: 'light' | 'dark';
}

// Toasts are rare: their library loads with the first one (see ./toast). If it cannot load, the plain list.
const Toaster = lazy<ComponentType<ToasterProps>>(() =>
  loadSonner().then(
    (m) => ({ default: ({ theme }) => <m.Toaster position="bottom-right" richColors closeButton theme={theme} /> }),
    () => ({ default: () => null }),
  ),
);

/** Where toasts appear: sonner's Toaster once one was asked for, and the plain list for those it could not show. */
export function AppToaster({ theme }: ToasterProps) {
  const requested = useToastRequested();
  const fallback = useFallbackToasts();
  return (
    <>
      {requested && (
        <Suspense fallback={null}>
          <Toaster theme={theme} />
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
