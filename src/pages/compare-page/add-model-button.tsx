import { Suspense, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { lazyPart } from '../../components/chunk-load';

// The popover (Radix and floating-ui) loads with the first click on "+ Add model".
const AddModelPopover = lazyPart(() => import('./add-model-popover').then((m) => m.AddModelPopover));

/** "+ Add model": a plain button until the first click loads the popover, which then opens with `children`. */
export function AddModelButton({ children }: { children: ReactNode }) {
  const [clicked, setClicked] = useState(false);
  const button = (
    <Button aria-haspopup="dialog" onClick={() => setClicked(true)}>
      + Add model
    </Button>
  );
  if (!clicked) return button;
  return (
    <Suspense fallback={button}>
      <AddModelPopover>{children}</AddModelPopover>
    </Suspense>
  );
}
