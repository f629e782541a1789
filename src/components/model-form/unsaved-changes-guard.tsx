import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../confirm-dialog';

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

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
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
  );
}
