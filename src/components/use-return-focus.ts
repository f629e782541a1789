import { useRef } from 'react';

/**
 * Radix dialogs give focus back to their `Dialog.Trigger` on close; one opened any other way (a button
 * that sets state, a blocked link, a combobox option) drops it on <body>. Spread these on
 * `Dialog.Content` so focus goes back to whatever had it when the dialog opened.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const target = opener.current;
      opener.current = null;
      // An opener that went away (e.g. a deleted row) leaves Radix's own fallback in place.
      if (!target?.isConnected) return;
      event.preventDefault();
      target.focus();
    },
  };
}
