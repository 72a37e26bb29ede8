// The app takes over a prerendered page once it has loaded (src/app/boot.ts). Back pressed in between must
// not leave the page showing the old URL's content: the app catches up with the URL when it starts.
import { test, expect, appReady } from './fixtures';
import { flow } from './site';

test('Back right after a reload shows the page of the URL it lands on', async ({ page }) => {
  const start = flow.questions[flow.start]!;
  const option = start.options.find((o) => !flow.results[o.id])!;
  await page.goto('/nl/');
  await appReady(page);
  await page.getByRole('link', { name: option.label.nl }).first().click();
  await expect(page).toHaveURL(/\/nl\/wegwijzer\/[^/]+\/$/);
  const second = await page.locator('h1').textContent();
  expect(second).not.toBe(start.text.nl);
  await page.reload({ waitUntil: 'commit' });
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/nl\/$/);
  await expect(page.locator('h1')).toHaveText(start.text.nl);
});
