// `npm run screenshots [-- <folder>]`: PNGs of the built site for a reviewer to look at (never compared in CI):
// the home page, a question, three results (an urgent one, one whose line keeps office hours, one with
// other contacts) and the directory, in Dutch, at 390 and 1280 px wide: the full page and its first screen.
// Default folder: screenshots/.
// Needs a build (npm run build); serves dist/ with the production headers like `npm start`.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.WEGWIJZER_DIST ?? join(root, 'dist'));
const out = resolve(process.argv[2] ?? join(root, 'screenshots'));
if (!existsSync(join(dist, 'nl', 'index.html'))) {
  console.error(`No build in ${dist}: run npm run build first.`);
  process.exit(1);
}

/** Name → path. Results by their answers, so a renamed result id does not break the list. */
const PAGES = {
  home: '/nl/',
  question: '/nl/wegwijzer/niet-dringend/',
  'result-urgent': '/nl/wegwijzer/vandaag-nog/dringend-gemeente/dringend-gemeente-bedreiging-medewerker/',
  'result-office-hours': '/nl/wegwijzer/niet-dringend/gemeente/gemeente-radicalisering/gemeente-volwassen/',
  'result-others': '/nl/wegwijzer/niet-dringend/school/school-training/',
  directory: '/nl/aanbod/',
};
const WIDTHS = [390, 1280];

mkdirSync(out, { recursive: true });
const { server, url } = await startServer({ root: dist, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
    for (const [name, path] of Object.entries(PAGES)) {
      const response = await page.goto(url + path);
      if (response?.status() !== 200)
        throw new Error(`${path}: status ${response?.status()} (has the flow changed? update PAGES)`);
      // Once the app has taken over, "open now" shows: the page as a person sees it a moment after loading.
      await page
        .waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 10_000 })
        .catch(() => {});
      // The whole page, and the first screen alone (what a person sees before scrolling).
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.screenshot({ path: join(out, `${name}-${width}-first-screen.png`) });
      console.log(`screenshots: ${file} (and -first-screen)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
