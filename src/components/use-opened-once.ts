import { useState } from 'react';

/**
 * True from the first render in which `open` is, on: a dialog whose code is a lazy chunk mounts (and loads) when
 * first opened, then stays mounted, so closing it keeps Radix's focus return (README "Performance").
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
