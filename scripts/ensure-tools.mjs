// Makes sure the programs the tests need outside npm are present: Debian's Chromium and its headless shell.
// As root it installs what is missing with apt-get; otherwise it stops and names the package to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const NEEDED = [
  { path: '/usr/bin/chromium', packages: ['chromium'], what: 'Chromium (budgets: Lighthouse, first tap)' },
  {
    path: '/usr/bin/chromium-headless-shell',
    packages: ['chromium-headless-shell'],
    what: "Chromium's headless shell (browser tests)",
  },
  { path: '/usr/sbin/nginx', packages: ['nginx'], what: 'nginx (production config test)' },
];

export function ensureTools() {
  const missing = NEEDED.filter((t) => !existsSync(t.path));
  if (missing.length === 0) return;
  const packages = missing.flatMap((t) => t.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Missing: ${missing.map((t) => `${t.what} at ${t.path}`).join(', ')}.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
        'then run npm test again.',
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((t) => !existsSync(t.path));
  if (still.length > 0) {
    console.error(`apt-get finished but ${still.map((t) => t.path).join(', ')} is still missing.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureTools();
