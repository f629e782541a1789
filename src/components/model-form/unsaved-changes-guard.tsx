import { Suspense, useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { lazyPart } from '../chunk-load';
import { useOpenedOnce } from '../use-opened-once';

// The dialog (Radix) loads the first time a navigation is held back, not with the form.
const ConfirmDialog = lazyPart(() => import('../confirm-dialog').then((m) => m.ConfirmDialog));

/**
 * Asks before leaving a form with unsaved changes: in-app navigation gets a dialog, closing or reloading
 * the tab gets the browser's own prompt. `leaving` is set once the form saved and navigates on purpose.
 */
export function UnsavedChangesGuard({
  dirty,
  leaving,
  onDiscard,
}: {
  dirty: boolean;
  leaving: RefObject<boolean>;
  /** Called when the user chose to leave without saving. */
  onDiscard: () => void;
}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const blocked = blocker.state === 'blocked';
  const opened = useOpenedOnce(blocked);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        open={blocked}
        onOpenChange={(open) => {
          if (!open) blocker.reset?.();
        }}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        onConfirm={() => {
          onDiscard();
          blocker.proceed?.();
        }}
      >
        <p>You have changes that have not been saved. If you leave this page, they will be lost.</p>
      </ConfirmDialog>
    </Suspense>
  );
}
