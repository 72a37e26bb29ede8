// Keyboard only: one complete path per role with Tab and Enter, focus always visible and on the new h1 after
// each step; quick exit and the emergency line early in the tab order; Shift three times leaves the page.
import type { Page } from '@playwright/test';
import { EXIT_URL } from '../../src/app/config.ts';
import { test, expect, focusIndicator, appReady, type Guard } from './fixtures';
import { flow, LANGUAGES, paths, roleQuestion, telHrefs, wizardUrl } from './site';

const EMERGENCY = telHrefs('112');
// "Within the first ~5": skip link, service name, two language links, quick exit, 112 are the first six stops.
const EARLY = 6;

/** Routes the exit site to a local stand-in, so nothing leaves the machine; returns what was requested. */
async function fakeExitSite(page: Page, guard: Guard): Promise<string[]> {
  const requested: string[] = [];
  guard.allowOrigin(new URL(EXIT_URL).origin);
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => {
    requested.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weer</title><h1>Weer</h1>',
    });
  });
  return requested;
}

/** Presses Tab until the focused element matches, checking the focus indicator at every stop. */
async function tabTo(
  page: Page,
  wanted: (f: { tag: string; text: string; href: string | null }) => boolean,
  what: string,
  max = 80,
) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusIndicator(page);
    expect(f.visible, `focus indicator on <${f.tag}> "${f.text}" (${f.href}) on ${page.url()}`).toBe(true);
    if (wanted(f)) return i;
  }
  throw new Error(`${what}: not reached with ${max} Tab presses on ${page.url()}`);
}

async function expectFocusOnH1(page: Page, text: string) {
  await expect(page.locator('h1')).toHaveText(text);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName), { message: `focus on the h1 "${text}"` })
    .toBe('H1');
}

const role = roleQuestion();

for (const [lang, option] of LANGUAGES.flatMap((l) => role.options.map((o) => [l, o] as const))) {
  const path = paths.find((p) => p.answers.some(([q, o]) => q === role.id && o === option.id));
  if (!path) throw new Error(`no path through role ${option.id}`);
  test(`${lang}: keyboard only, role ${option.id}: ${path.answers.map(([, o]) => o).join(' → ')}`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/${lang}/`);
    // The app takes over once the page has loaded (src/app/boot.ts); until then Enter is an ordinary page
    // load, which moves focus to the top of the new page, not to its h1.
    await appReady(page);
    const options = path.answers.map(([, o]) => o);
    for (const [i, [questionId, optionId]] of path.answers.entries()) {
      const question = flow.questions[questionId]!;
      const label = question.options.find((o) => o.id === optionId)!.label[lang];
      await tabTo(page, (f) => f.tag === 'a' && f.text.startsWith(label), `option "${label}"`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(baseURL + wizardUrl(lang, options.slice(0, i + 1)));
      const next =
        i + 1 < path.answers.length
          ? flow.questions[path.answers[i + 1]![0]]!.text[lang]
          : flow.results[path.result]!.title[lang];
      await expectFocusOnH1(page, next);
    }
    await expect(
      page.getByRole('main').getByRole('heading', { name: flow.contacts[path.primary]!.name[lang] }).first(),
    ).toBeVisible();
  });
}

for (const lang of LANGUAGES) {
  test(`${lang}: quick exit and emergency line within the first ${EARLY} Tab presses, exit link works`, async ({
    page,
    guard,
  }) => {
    const requested = await fakeExitSite(page, guard);
    await page.goto(`/${lang}/`);
    const stops: { href: string | null; text: string }[] = [];
    for (let i = 0; i < EARLY; i++) {
      await page.keyboard.press('Tab');
      const f = await focusIndicator(page);
      expect(f.visible, `focus indicator on <${f.tag}> "${f.text}"`).toBe(true);
      stops.push(f);
    }
    const order = stops.map((s) => `${s.text} (${s.href})`).join(' | ');
    expect(
      stops.some((s) => s.href === EXIT_URL),
      `quick exit in the first ${EARLY} stops: ${order}`,
    ).toBe(true);
    expect(
      stops.some((s) => s.href !== null && EMERGENCY.includes(s.href)),
      `emergency line in the first ${EARLY} stops: ${order}`,
    ).toBe(true);
    // Enter on the quick exit leaves the page.
    const exitAt = stops.findIndex((s) => s.href === EXIT_URL);
    await page.goto(`/${lang}/`);
    for (let i = 0; i <= exitAt; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${EXIT_URL}**`);
    expect(requested.length).toBeGreaterThan(0);
  });

  test(`${lang}: Shift pressed three times leaves the page (quick exit), before the app has taken over`, async ({
    page,
    guard,
  }) => {
    const requested = await fakeExitSite(page, guard);
    // The shortcut is the page script's own (src/ui/ExitThisPage/quick-exit.ts): it must not wait for the
    // app, so the app's code is held back for the whole test.
    let appRequested = false;
    await page.route(/\/assets\/(entry-)?client-[^/]*\.js$/, () => {
      appRequested = true;
    });
    // After the load event the page's script (a module script) has run; the app waits for an intent (boot.ts).
    await page.goto(
      wizardUrl(
        lang,
        paths[0]!.answers.slice(0, 1).map(([, o]) => o),
      ),
      { waitUntil: 'load' },
    );
    await expect(page.locator('h1')).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${EXIT_URL}**`);
    // The first key press was an intent: the app was asked for, and held back the whole time.
    expect(appRequested, 'a key press asked for the app').toBe(true);
    expect(requested, 'the exit site was requested').toContain(EXIT_URL);
  });
}
