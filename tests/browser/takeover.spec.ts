// The app takes over a prerendered page at the first intent (src/app/boot.ts). Back pressed in between must
// not leave the page showing the old URL's content: the app hydrates what is on screen, then catches up.
import type { Page } from '@playwright/test';
import { test, expect, appReady, showIntent } from './fixtures';
import { escapeRegExp, flow, pages, wizardUrl } from './site';

// Without a service worker, so the app's code comes through the network, where the test can hold it back.
test.use({ serviceWorkers: 'block' });

test('Back before the app has taken over shows the page of the URL it lands on', async ({ page }) => {
  const start = flow.questions[flow.start]!;
  const option = start.options.find((o) => !flow.results[o.id])!;
  await page.goto('/nl/');
  await appReady(page);
  await page.getByRole('link', { name: option.label.nl }).first().click();
  await expect(page).toHaveURL(/\/nl\/wegwijzer\/[^/]+\/$/);
  await expect(page.locator('h1')).not.toHaveText(start.text.nl);

  // Hold the app's code back after the reload, so Back happens before the app starts.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/entry-client-*.js', async (route) => {
    await held;
    await route.fallback();
  });
  await page.reload();
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/nl\/$/);
  release();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText(start.text.nl);
});

test('a code chunk the server no longer has reloads the page once, which then takes over as usual', async ({
  page,
  guard,
}) => {
  // As after a release that removed the chunk, with no cache holding it: the server answers 404 for the app's
  // code until the page has checked (src/sw/chunk-reload.ts asks with HEAD after the import failed) and
  // reloaded; the reloaded page then finds its code, as a page of the new version would. The event it listens
  // for comes from Vite's import helper (vite.config.ts keeps that helper).
  let checked = false;
  await page.route('**/assets/entry-client-*.js', async (route) => {
    if (checked) return route.fallback();
    if (route.request().method() === 'HEAD') checked = true;
    guard.expectNotFound(route.request().url());
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' });
  });
  await page.goto('/nl/');
  const reloaded = page.waitForEvent('load');
  await showIntent(page);
  await reloaded;
  expect(checked).toBe(true);
  await appReady(page);
});

test('a code chunk whose load was cut off, but which the server has, does not reload the page', async ({
  page,
  guard,
}) => {
  // A load cut off by a flaky network (or by leaving the page) fails like a removed chunk. The page then stays
  // as it is, working without the app until the next page load, instead of reloading under the person.
  let aborted = false;
  await page.route('**/assets/entry-client-*.js', async (route) => {
    if (aborted || route.request().method() !== 'GET') return route.fallback();
    aborted = true;
    await route.abort('connectionreset');
  });
  await page.goto('/nl/');
  let reloads = 0;
  page.on('load', () => reloads++);
  await showIntent(page);
  await expect.poll(() => aborted).toBe(true);
  await page.waitForTimeout(1000);
  expect(reloads).toBe(0);
  // Still the prerendered page, whose answers work as links.
  await page.locator('main .ww-answer-options__link').first().click();
  await expect(page).toHaveURL(/\/nl\/wegwijzer\/[^/]+\/$/);
  // The browser's console line for the cut-off load is this test's doing; anything else still counts.
  const expected = (line: string) => /ERR_CONNECTION_RESET \(.*\/assets\/entry-client-/.test(line);
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((line) => !expected(line)));
});

// Pointing at a link loads what its page needs (issue 28), without showing any of it: pointing at the other
// language's link leaves the page in its own language.
test('pointing at a link prepares its page without changing the page shown', async ({ page }) => {
  const start = flow.questions[flow.start]!;
  const option = start.options.find((o) => !flow.results[o.id])!;
  await page.goto(`/nl/wegwijzer/${option.id}/`);
  await appReady(page);
  const heading = await page.locator('h1').textContent();
  const loaded = page.waitForRequest(/\/assets\/.+\.js$/);
  await page.getByRole('link', { name: 'English' }).hover();
  await loaded;
  await page.waitForTimeout(500);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('h1')).toHaveText(heading!);
});

// A result page is taken over with its own data (src/app/page-data.ts): a module with that result, the
// contacts and guides it names and their texts, not the whole catalogue and every result's texts (issue 28).
const resultPage = pages.find((p) => p.kind === 'result' && !flow.results[p.node]!.urgent)!;
const jsRequested = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (r) => void (r.url().endsWith('.js') && urls.push(new URL(r.url()).pathname)));
  return urls;
};
// The headings of the page: the result's, its contacts' and guides' names, from the data the page is shown with.
const headings = (page: Page) => page.locator('main').getByRole('heading').allTextContents();
// The catalogue's data and the flow's text parts with what every result and contact says (flow-plugin.ts).
const wholeCatalogue = /^\/assets\/(catalogue|results)-[\w-]+\.js$/;

test('a result page takes over with its own data, not the whole catalogue', async ({ page }) => {
  const path = wizardUrl('nl', resultPage.options);
  const requested = jsRequested(page);
  await page.goto(path);
  const before = await headings(page);
  await appReady(page);
  expect(await headings(page)).toEqual(before);
  expect(before.length).toBeGreaterThan(3);
  expect(requested.filter((u) => u.startsWith(`/assets/results/nl-${resultPage.node}-`))).toHaveLength(1);
  expect(requested.filter((u) => wholeCatalogue.test(u))).toEqual([]);
  // After the first step the rest follows at idle; Back to the result then shows it from the whole catalogue.
  await page
    .getByRole('link', { name: /^(Wijzig|Vorige)/ })
    .first()
    .click();
  await expect(page).not.toHaveURL(path);
  await expect.poll(() => requested.filter((u) => wholeCatalogue.test(u)).length, { timeout: 10_000 }).toBe(3);
  await page.goBack();
  await expect(page).toHaveURL(path);
  await expect(page.locator('h1')).toHaveText(before[0]!);
  expect(await headings(page)).toEqual(before);
});

test('a result page whose own data cannot be loaded takes over from the whole catalogue', async ({ page, guard }) => {
  const path = wizardUrl('en', resultPage.options);
  await page.route('**/assets/results/**', (route) => route.abort('internetdisconnected'));
  const requested = jsRequested(page);
  await page.goto(path);
  const before = await headings(page);
  await appReady(page);
  expect(await headings(page)).toEqual(before);
  expect(requested.filter((u) => wholeCatalogue.test(u))).toHaveLength(3);
  // The browser's console line for the refused load is this test's doing; anything else still counts.
  const expected = (line: string) => /ERR_INTERNET_DISCONNECTED \(.*\/assets\/results\//.test(line);
  await expect.poll(() => guard.problems.some(expected)).toBe(true);
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((line) => !expected(line)));
});

// The wizard's unit harness (jsdom) loses a step taken right after a language switch (tests/unit/wizard.test.tsx
// splits that test in two); in the browser the step must happen, in the app and in the new language.
test('a step right after switching language happens in the app, in the new language', async ({ page }) => {
  const next = pages.find((p) => p.options.length === 1 && p.kind === 'question')!;
  const option = next.options[0]!;
  await page.goto(`/nl/wegwijzer/${option}/`);
  await appReady(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const question = flow.questions[next.node]!;
  const answer = question.options[0]!;
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(answer.label.en)}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/en/wegwijzer/${option}/${answer.id}/$`));
  await expect(page.locator('h1')).not.toHaveText(question.text.en);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
