import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the frame after it has started: what waits for it is drawn in a
 * transition of its own (interruptible by input) instead of in the task that paints the rest.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setPainted(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
