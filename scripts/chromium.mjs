// How every tool here starts Debian's Chromium: the browser tests, the budgets (Lighthouse). The
// networking flags matter: without them Chromium keeps trying hosts this machine cannot reach.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/**
 * The browser tests run in Chromium's headless shell (Debian's chromium-headless-shell, the same version): the
 * same Blink and V8 without the full browser around them, and what Playwright itself runs headless tests in.
 * On this 2-core machine it ran keyboard.spec.ts in 50 s instead of 108 s
 * (docs/decisions/0014-browser-tests-in-the-headless-shell.md). The budgets (Lighthouse, first tap) measure
 * in the full Chromium, the browser a person has.
 */
export const TEST_BROWSER_PATH = process.env.TEST_CHROME_PATH ?? '/usr/bin/chromium-headless-shell';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
