import { useSyncExternalStore } from 'react';
import type { toast as sonnerToast } from 'sonner';
import { retryImport } from './chunk-load';

// sonner loads with the first toast instead of with every page. The layout mounts its Toaster from
// then on; sonner shows the toasts fired before the Toaster subscribed once it does. When its code cannot
// be loaded (the server is away), the messages go to a plain list instead (see pages/app-layout/app-toaster).
export interface FallbackToast {
  id: number;
  kind: 'success' | 'error';
  message: string;
}

let requested = false;
let fallback: readonly FallbackToast[] = [];
let nextId = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export const loadSonner = () => retryImport(() => import('sonner'));

function show(kind: FallbackToast['kind'], message: string) {
  if (!requested) {
    requested = true;
    notify();
  }
  loadSonner().then(
    ({ toast: sonner }: { toast: typeof sonnerToast }) => sonner[kind](message),
    () => {
      fallback = [...fallback, { id: ++nextId, kind, message }];
      notify();
    },
  );
}

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
};

/** Drops a message of the plain list. */
export function dismissFallbackToast(id: number) {
  fallback = fallback.filter((t) => t.id !== id);
  notify();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** True once any toast was asked for: the Toaster needs to be mounted. */
export function useToastRequested(): boolean {
  return useSyncExternalStore(subscribe, () => requested);
}

/** Messages shown while the toast library cannot be loaded. */
export function useFallbackToasts(): readonly FallbackToast[] {
  return useSyncExternalStore(subscribe, () => fallback);
}
