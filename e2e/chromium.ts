// The browser of the e2e suite and the benchmarks: Debian's Chromium where present (browser downloads
// fail on our machines), Playwright's own elsewhere, with flags that keep it quiet offline.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** No GPU, and no background connections the closed network refuses. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright launch options for that browser. */
export const CHROMIUM_LAUNCH = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: CHROMIUM_ARGS,
};
