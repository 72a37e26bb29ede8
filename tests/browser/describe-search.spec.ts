// The "describe it" search on the built site (issue 18): typed, chosen, the result page opened by its path
// with "found from your description"; the text in no request, address, history entry, cookie or storage;
// axe clean with the field open at 1280 and 320 px in both languages. Also the directory's own search.
import type { Page, Request } from '@playwright/test';
import { accessibilityProblems } from './axe';
import { appReady, expect, test } from './fixtures';
import { escapeRegExp, flow, type Language } from './site';

// Words that appear in no page address or asset name, so finding them anywhere means the text leaked.
const CASES: Record<Language, { label: string; text: string; words: string[]; note: string; list: string }> = {
  nl: {
    label: 'Beschrijf in een paar woorden waar het over gaat',
    text: 'mijn zoon raakt in een complot',
    words: ['zoon', 'complot'],
    note: 'Gevonden via uw beschrijving',
    list: 'Adviezen die passen bij uw beschrijving',
  },
  en: {
    label: 'Describe in a few words what it is about',
    text: 'my son is drawn into a conspiracy group',
    words: ['son is', 'conspiracy', 'drawn'],
    note: 'Found from your description',
    list: 'Advice that fits your description',
  },
};

function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => seen.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  return seen;
}

/** Everything the browser keeps for the site that could hold the text: address, storage, cookies. */
async function kept(page: Page): Promise<string> {
  const inPage = await page.evaluate(() => {
    const all = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join(';');
    return [location.href, JSON.stringify(history.state), all(localStorage), all(sessionStorage), document.cookie].join(
      '\n',
    );
  });
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join(';');
  return `${inPage}\n${cookies}`;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityProblems(page)).toEqual([]);
}

for (const lang of ['nl', 'en'] as const) {
  const c = CASES[lang];
  test(`${lang}: typed, chosen, the result page opened; the text kept nowhere; axe clean with the field open`, async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await page.goto(`/${lang}/`);
    await appReady(page);
    const field = page.getByRole('searchbox', { name: c.label });
    await field.click();
    await field.pressSequentially(c.text, { delay: 10 });
    const list = page.getByRole('list', { name: c.list });
    const links = list.getByRole('link');
    await expect(links.first()).toBeVisible({ timeout: 15_000 });
    expect(await links.count()).toBeLessThanOrEqual(3);
    await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveCount(1);
    await expectAccessible(page);

    // Keyboard: from the field, Tab reaches the first hit; Enter opens it.
    await field.focus();
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    const href = (await links.first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/${lang}/wegwijzer/[a-z0-9/-]+/\\?via=zoeken$`));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname + u.search === href);
    // The page is the result the path leads to (its h1 is one of the flow's result titles) and says how it was found.
    // The app changes the address first and shows the page as soon as it has rendered it (a transition).
    const titles = Object.values(flow.results).map((r) => r.title[lang]);
    await expect(page.locator('h1')).toHaveText(new RegExp(`^(${titles.map(escapeRegExp).join('|')})$`));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByText(c.note)).toBeVisible();

    // Back goes to the home page as it was before typing; forward to the result again: no entry holds the text.
    const states: string[] = [await kept(page)];
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    states.push(await kept(page));
    await page.goForward();
    states.push(await kept(page));
    const everything = [...requests, ...states].join('\n').toLowerCase();
    for (const w of [c.text, ...c.words]) {
      expect(everything, `"${w}" in a request, address, history state, storage or cookie`).not.toContain(
        w.toLowerCase(),
      );
      expect(everything).not.toContain(encodeURIComponent(w).toLowerCase());
    }
    // The check can see a leak: the hit's own address is among the requests or addresses recorded.
    expect(everything).toContain('via=zoeken');
  });
}

test('the directory search filters without putting the text in the address or history', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/nl/aanbod/?thema=discriminatie');
  await appReady(page);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: 'Zoeken' }).pressSequentially('complotgroep', { delay: 10 });
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(/\/nl\/aanbod\/\?thema=discriminatie$/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  const everything = [...requests, await kept(page)].join('\n');
  expect(everything).not.toContain('complotgroep');
});

test('a directory entry found from the home page opens the directory at that entry, focused', async ({ page }) => {
  await page.goto('/nl/');
  await appReady(page);
  const alias = flow.contacts.lse!.aliases![0]!;
  await page.getByRole('searchbox', { name: CASES.nl.label }).pressSequentially(alias, { delay: 10 });
  const entry = page.getByRole('link', { name: flow.contacts.lse!.name.nl, exact: true });
  await expect(entry).toHaveAttribute('href', '/nl/aanbod/#contact-lse', { timeout: 15_000 });
  await entry.click();
  await page.waitForURL(/\/nl\/aanbod\/#contact-lse$/);
  await expect(page.locator('#contact-lse')).toBeFocused();
  await expect(page.locator('#contact-lse')).toBeInViewport();
});

test('words of acute danger put the 112 and police lines first; axe clean with them shown', async ({ page }) => {
  await page.goto('/en/');
  await appReady(page);
  const field = page.getByRole('searchbox', { name: CASES.en.label });
  await field.pressSequentially('my brother has a knife', { delay: 10 });
  const region = page.getByRole('region', { name: 'Or describe it yourself' });
  await expect(region.getByRole('link').first()).toHaveText('Call 112', { timeout: 15_000 });
  await expect(region.getByRole('link').first()).toHaveAttribute('href', 'tel:112');
  await expectAccessible(page);
});
