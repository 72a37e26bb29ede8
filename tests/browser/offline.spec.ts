// Offline (issues 8 and 28): after the first visit the service worker holds the app and the flow data, so
// with no network at all a reader can still walk a whole path to a result by clicking, reload that result, and
// open a result page they never visited (the app renders it in the cached app shell). The worker registers,
// and so fetches all that, only 10 s after the page loaded or at the first step, whichever comes first: a
// person's first seconds fetch only what the page needs. A new release takes over at once
// (tests/browser/update.spec.ts: one reload shows a new deploy, and a page still running the old code says
// there is a new version).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, appReady } from './fixtures';
import { coveringPaths, DIST, escapeRegExp, flow, LANGUAGES, wizardUrl, type Language } from './site';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

function optionLink(page: Page, label: string) {
  return page.getByRole('main').getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });
}

const paths = coveringPaths();
const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
const other = paths.find((p) => p.result !== longest.result && p.answers.length > 1) ?? paths[0]!;

for (const lang of LANGUAGES as readonly Language[]) {
  test(`${lang}: after the first visit, works with no network (${longest.answers.map(([, o]) => o).join(' → ')})`, async ({
    page,
    context,
    baseURL,
    guard,
  }) => {
    await page.clock.install();
    await page.goto(`/${lang}/`);
    // The person reads for 10 s: the worker registers (its code loaded once the page was idle, and adds the
    // region first), installs and controls the page (it claims it on its first activation).
    await expect(page.locator('.ww-update-region')).toHaveCount(1, { timeout: 15_000 });
    await page.clock.fastForward(10_000);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
      .toBe(true);

    await context.setOffline(true);
    try {
      // Really offline: what the service worker has not stored fails, also for the service worker itself.
      const uncached = await page.evaluate(() =>
        fetch('/not-stored.txt', { cache: 'no-store' }).then(
          () => 'fetched',
          () => 'failed',
        ),
      );
      expect(uncached).toBe('failed');
      // That failure is logged as a console error on purpose: take it out of what the guard reports.
      const logged = (problem: string) => problem.includes('/not-stored.txt');
      await expect.poll(() => guard.problems.some(logged)).toBe(true);
      guard.problems.splice(guard.problems.findIndex(logged), 1);

      // A new visit to the home page, then a whole path by clicking.
      await page.goto(`/${lang}/`);
      await expect(page.locator('h1')).toHaveText(flow.questions[flow.start]!.text[lang]);
      for (const [i, [q, o]] of longest.answers.entries()) {
        const label = flow.questions[q]!.options.find((x) => x.id === o)!.label[lang];
        await optionLink(page, label).click();
        await expect(page).toHaveURL(
          baseURL +
            wizardUrl(
              lang,
              longest.answers.slice(0, i + 1).map(([, x]) => x),
            ),
        );
      }
      const result = flow.results[longest.result]!;
      await expect(page.locator('h1')).toHaveText(result.title[lang]);
      const primary = flow.contacts[longest.primary]!;
      await expect(page.getByRole('main').getByRole('heading', { name: primary.name[lang] }).first()).toBeVisible();

      // Reloading the result, and opening a result never visited, both work.
      await page.reload();
      await expect(page.locator('h1')).toHaveText(result.title[lang]);
      await expect(page.getByRole('main').getByRole('heading', { name: primary.name[lang] }).first()).toBeVisible();
      await page.goto(
        wizardUrl(
          lang,
          other.answers.map(([, o]) => o),
        ),
      );
      await expect(page.locator('h1')).toHaveText(flow.results[other.result]!.title[lang]);
      await expect(
        page.getByRole('main').getByRole('heading', { name: flow.contacts[other.primary]!.name[lang] }).first(),
      ).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
}

/** Whether the page has a service worker registration (the worker was registered, and installs or has). */
const registered = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);

test('the worker registers 10 s after the page loaded, not before', async ({ page }) => {
  // The page's clock stands still from before the load and moves only in steps of 200 ms until the worker's
  // code has run (it adds the region first): its 10 s then count on the page's clock alone, whatever the
  // machine's speed. (With the clock running, a slow machine's seconds before the check counted too.)
  const start = new Date('2026-12-07T10:00:00+01:00').getTime();
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1_000);
  await page.goto('/nl/');
  const region = page.locator('.ww-update-region');
  await expect
    .poll(
      async () => {
        await page.clock.runFor(200);
        return region.count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  await page.clock.runFor(9_500);
  expect(await registered(page), 'registered within 9.5 s of its code running').toBe(false);
  await page.clock.runFor(1_000);
  await expect.poll(() => registered(page), { timeout: 15_000 }).toBe(true);
});

test('the worker registers at the first step, when that comes before 10 s', async ({ page }) => {
  await page.clock.install();
  await page.goto('/nl/');
  await appReady(page);
  await expect(page.locator('.ww-update-region')).toHaveCount(1, { timeout: 15_000 });
  expect(await registered(page)).toBe(false);
  const [q, o] = longest.answers[0]!;
  await optionLink(page, flow.questions[q]!.options.find((x) => x.id === o)!.label.nl).click();
  await expect(page).toHaveURL(new RegExp(`/${escapeRegExp(o)}/$`));
  // No clock moved: the step did it, once the page was idle after it.
  await expect.poll(() => registered(page), { timeout: 15_000 }).toBe(true);
});

// A release that changes only sw.js (the page and its code stay the same). The shared server serves dist/ to
// every test, so this one serves a copy of its own and changes the copy; a page of another origin, so it
// runs in a context of its own (no guard). The page with a changed code is tests/browser/update.spec.ts.
test('a new worker for the same page takes over without a notice: the page already runs its version', async ({
  browser,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-update-'));
  cpSync(DIST, root, { recursive: true });
  const { server, url } = (await startServer({ root, port: 0 })) as { server: Server; url: string };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await context.clock.install();
    await page.goto(`${url}/nl/`);
    await expect(page.locator('.ww-update-region')).toHaveCount(1, { timeout: 15_000 });
    await page.clock.fastForward(10_000);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
      .toBe(true);
    // The update notice's live region (the home page also has the describe-it search's status).
    await expect(page.getByRole('status').and(page.locator('.ww-update-region'))).toBeEmpty();

    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    writeFileSync(join(root, 'sw.js'), sw.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.reload();
    // The new version takes control without waiting: its record is among the (at most two) versions kept.
    const versions = () =>
      page.evaluate(async () =>
        (await (await caches.open('wegwijzer-versions')).keys()).map((r) => new URL(r.url).pathname),
      );
    await expect.poll(versions, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/-next$/));
    expect((await versions()).length).toBeLessThanOrEqual(2);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    // Time for a notice to appear, had the page asked wrongly.
    await page.waitForTimeout(1000);
    await expect(page.getByText('Er is een nieuwe versie.')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
