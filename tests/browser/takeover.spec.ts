// The app takes over a prerendered page at the first intent (src/app/boot.ts). Back pressed in between must
// not leave the page showing the old URL's content: the app hydrates what is on screen, then catches up.
import { test, expect, appReady, showIntent } from './fixtures';
import { flow } from './site';

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

test('a code chunk the server no longer has reloads the page once, which then takes over as usual', async ({ page, guard }) => {
  // As after a release that removed the chunk, with no cache holding it: the first request for the app's
  // code fails, the next (the reloaded page's) finds it. src/sw/chunk-reload.ts listens for the event Vite's
  // import helper fires (vite.config.ts keeps that helper).
  let failed = false;
  await page.route('**/assets/entry-client-*.js', async (route) => {
    if (failed) return route.fallback();
    failed = true;
    guard.expectNotFound(route.request().url());
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' });
  });
  await page.goto('/nl/');
  const reloaded = page.waitForEvent('load');
  await showIntent(page);
  await reloaded;
  expect(failed).toBe(true);
  await appReady(page);
});
