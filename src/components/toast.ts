import { useSyncExternalStore } from 'react';
import type { toast as sonnerToast } from 'sonner';

// sonner loads with the first toast instead of with every page. The layout mounts its Toaster from
// then on; sonner shows the toasts fired before the Toaster subscribed once it does.
let requested = false;
const listeners = new Set<() => void>();

function show(notify: (sonner: typeof sonnerToast) => void) {
  if (!requested) {
    requested = true;
    listeners.forEach((listener) => listener());
  }
  void import('sonner').then(({ toast: sonner }) => notify(sonner));
}

export const toast = {
  success: (message: string) => show((sonner) => sonner.success(message)),
  error: (message: string) => show((sonner) => sonner.error(message)),
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** True once any toast was asked for: the Toaster needs to be mounted. */
export function useToastRequested(): boolean {
  return useSyncExternalStore(subscribe, () => requested);
}
