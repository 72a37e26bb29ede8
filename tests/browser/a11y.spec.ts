// axe (WCAG 2.2 AA tags) on every distinct page of the built site, both languages, opened directly by URL,
// at 1280 px and at 320 px, with reflow at 320 px (no horizontal scrolling). One page per worker, reused.
// "Distinct": every static page, and every question and result once per language (site.ts, distinctPages) —
// the same question or result reached by other answers differs only in the answers listed, and checking all
// 480 addresses took 12 minutes of the 15 that `npm test` may take.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { parseHtml } from './built-html';
import { distinctPages } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320] as const;

/**
 * Known UI defects, by URL (and width), each marked test.fail() so main stays green while the defect is open.
 * Remove an entry once the UI is fixed (the test then fails as "expected to fail" and says so).
 */
const KNOWN_DEFECTS: { url: RegExp; reason: string }[] = [];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function describe(violations: Violations): string {
  return violations
    .map((v) =>
      [
        `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

async function checkAt(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
  const problems: string[] = [];
  // Legacy mode runs axe.run in the page itself; the default mode opens an extra page per analysis
  // (for cross-origin frames, which this site has none of) and is three times slower.
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  if (violations.length > 0)
    problems.push(`axe at ${width}px: ${violations.length} violation(s)\n${describe(violations)}`);
  if (width === 320) {
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 5)
        .map(
          (el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`,
        );
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    if (scrollWidth > clientWidth)
      problems.push(
        `horizontal scrolling at 320px: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; too wide: ${wide.join(', ')}`,
      );
  }
  return problems;
}

for (const { url, lang, notFound } of distinctPages()) {
  test(`${url}${notFound ? ' (not found)' : ''}`, async ({ reusedPage: page, shared, baseURL }) => {
    const known = KNOWN_DEFECTS.find((d) => d.url.test(url));
    test.fail(known !== undefined, known?.reason);
    if (notFound) shared.guard.expectNotFound(baseURL + url);
    const response = await page.goto(url);
    // The HTML as served, read at once: the browser keeps a response's body only until the page moves on.
    const served = (await response?.text()) ?? '';
    expect(response?.status(), `status of ${url}`).toBe(notFound ? 404 : 200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // One h1 in the HTML as served (works without JavaScript) and after hydration.
    expect(parseHtml(served).querySelectorAll('h1'), `exactly one <h1> in the HTML served for ${url}`).toHaveLength(1);
    await expect(page.locator('h1'), 'exactly one h1 after hydration').toHaveCount(1);
    const problems: string[] = [];
    for (const width of WIDTHS) problems.push(...(await checkAt(page, width)));
    expect(problems.length, `${url}\n${problems.join('\n')}`).toBe(0);
  });
}
