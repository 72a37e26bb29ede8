// The harness every browser test runs in: nothing may leave the machine, the page must run under its strict
// CSP with zero violations, and the console must stay free of errors. A test fails on any of these.
//   page        — a fresh page per test (journeys, keyboard), guarded.
//   sharedPage  — one guarded page per worker, reused and navigated (axe on every page: fast).
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { baseUrl } from './site';

export { expect };

export interface Guard {
  problems: string[];
  /** The next navigation to this URL answers 404 on purpose (the not-found page): its console line is fine. */
  expectNotFound(url: string | undefined): void;
  /** Requests to this origin are the test's own doing (it answers them itself, as a stand-in for that site). */
  allowOrigin(origin: string): void;
}

function reportCsp() {
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    true,
  );
}

async function guardContext(context: BrowserContext): Promise<Guard> {
  const origin = new URL(baseUrl()).origin;
  const problems: string[] = [];
  let notFoundUrl: string | undefined;
  const allowed = new Set([origin]);
  // Noted, not intercepted: routing every request through the test runner made the browser stage about 13 %
  // slower (11 journey walks: 62 → 54 s). A request the CSP blocks is reported as a CSP violation below.
  context.on('request', (request) => {
    const url = request.url();
    if (!allowed.has(new URL(url).origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`external request: ${request.method()} ${url}`);
  });
  await context.addInitScript(reportCsp);
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location().url;
      if (notFoundUrl && where === notFoundUrl && /status of 404/.test(msg.text())) return;
      problems.push(
        `console error on ${page.url()}: ${msg.text()}${where ? ` (${where}:${msg.location().lineNumber})` : ''}`,
      );
    });
    page.on('pageerror', (err) => problems.push(`uncaught error on ${page.url()}: ${err.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    problems,
    expectNotFound(url) {
      notFoundUrl = url;
    },
    allowOrigin(other) {
      allowed.add(other);
    },
  };
}

function assertClean(guard: Guard) {
  const found = guard.problems.splice(0);
  expect(found, `no external requests, CSP violations or console errors:\n${found.join('\n')}`).toEqual([]);
}

export const test = base.extend<
  { guard: Guard; page: Page; reusedPage: Page },
  { shared: { page: Page; guard: Guard } }
>({
  // oxlint-disable-next-line no-empty-pattern -- Playwright's fixture signature
  baseURL: async ({}, use) => use(baseUrl()),
  guard: async ({ context }, use) => {
    const guard = await guardContext(context);
    await use(guard);
    assertClean(guard);
  },
  page: async ({ page, guard }, use) => {
    void guard;
    await use(page);
  },
  shared: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: baseUrl() });
      const guard = await guardContext(context);
      const page = await context.newPage();
      await use({ page, guard });
      await context.close();
    },
    { scope: 'worker' },
  ],
  reusedPage: async ({ shared }, use) => {
    shared.guard.problems.length = 0;
    shared.guard.expectNotFound(undefined);
    await use(shared.page);
    assertClean(shared.guard);
  },
});

/** Whether the focused element shows a focus indicator (outline or box-shadow). */
export async function focusIndicator(
  page: Page,
): Promise<{ tag: string; text: string; href: string | null; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', href: null, visible: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== '' && s.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      visible: outline || shadow,
    };
  });
}

/**
 * Waits until the page has had no request in flight for `quietMs` (like networkidle, which only applies to
 * the load): for the app's own later loads, such as the other pages' code fetched once it has taken over.
 */
export async function networkQuiet(page: Page, quietMs = 1000): Promise<void> {
  let inFlight = 0;
  let since = Date.now();
  const start = () => void (inFlight++, (since = Date.now()));
  const end = () => void ((inFlight = Math.max(0, inFlight - 1)), (since = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    while (inFlight > 0 || Date.now() - since < quietMs) await page.waitForTimeout(100);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** Shows an intent to use the page, as a person moving the mouse does: the app takes over then (boot.ts). */
export async function showIntent(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
}

/**
 * Takes the page over as a person would (a move of the mouse, boot.ts) and waits until the app has taken
 * over the prerendered page (App.tsx marks <html data-app="ready">).
 */
export async function appReady(page: Page, timeout?: number): Promise<void> {
  await showIntent(page);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', undefined, { timeout });
}
