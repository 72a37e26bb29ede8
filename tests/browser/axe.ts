// axe-core in the page, for the browser tests: WCAG 2.2 AA rules and reflow (no horizontal scrolling) at 1280
// and at 320 px.
// axe-core is loaded into a page once and run at each width (docs/decisions/0013-axe-core-run-in-the-page.md):
// @axe-core/playwright evaluated its 560 KB source twice for every analysis, which was about half of what axe
// cost per page, and axe on every distinct page is the largest part of the browser stage.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320] as const;

/** One line per violation and a few lines per element it names. */
function describe(violations: Result[]): string {
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

/** What is wrong with the page at this width: axe's violations, and horizontal scrolling. */
async function problemsAt(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
  // Loaded once per document: a page that has navigated since has no axe, a page that has not keeps it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        })
      ).violations,
    TAGS,
  );
  const problems: string[] = [];
  if (violations.length > 0)
    problems.push(`axe at ${width}px: ${violations.length} violation(s)\n${describe(violations)}`);
  // At every width (the describe-it spec checked 1280 px too, the page spec only 320 px).
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  if (scrollWidth > clientWidth)
    problems.push(
      `horizontal scrolling at ${width}px: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; too wide: ${wide.join(', ')}`,
    );
  return problems;
}

/** The page's accessibility problems at both widths (none: an empty list), each with what axe says of it. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) problems.push(...(await problemsAt(page, width)));
  return problems;
}
