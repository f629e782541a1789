// Makes sure end-to-end tests have a browser: Debian's Chromium via apt when we are root,
// otherwise Playwright's own browser (where downloads are allowed).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (existsSync(systemChromium)) process.exit(0);
if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Chromium from Debian for the end-to-end tests…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('No /usr/bin/chromium: installing Playwright’s own Chromium…');
  run('npx playwright install chromium');
}
