// Layout on a phone (issue 17, item 7), measured in the browser, not compared with screenshots:
//   - at 320 and 390 px: no horizontal scrolling, and at least 16 px between any text and the screen edge;
//   - body text at least 16 px;
//   - on every result whose advised contact has a phone number, its call button lies inside the first
//     390 × 844 screen and is at least 44 × 44 px;
//   - within a result page's main content no contact appears twice (the emergency bar in the head does not count).
// Every distinct result once per language (its shortest path); for the margins a sample of the other pages.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { distFileFor, flow, LANGUAGES, paths, sitePages, wizardUrl, type FlowPath, type Language } from './site';

const MIN_MARGIN = 16;
const MIN_TEXT_PX = 16;
const FIRST_SCREEN = { width: 390, height: 844 };

/** The shortest path to each result: every result page once. */
function resultPaths(): FlowPath[] {
  const best = new Map<string, FlowPath>();
  for (const p of paths) {
    const seen = best.get(p.result);
    if (!seen || p.answers.length < seen.answers.length) best.set(p.result, p);
  }
  return [...best.values()].sort((a, b) => a.result.localeCompare(b.result));
}

const results = resultPaths();
const urlOf = (p: FlowPath, lang: Language) =>
  wizardUrl(
    lang,
    p.answers.map(([, o]) => o),
  );

/**
 * Every visible piece of text that sits closer than MIN_MARGIN to the left or right edge, or beyond it, and
 * every text smaller than MIN_TEXT_PX. Text is measured by its own line boxes (a Range), not its element's box,
 * so a full-width background (the emergency bar) is fine while its words are not at the edge.
 */
async function textProblems(page: Page, minMargin: number, minPx: number): Promise<string[]> {
  return page.evaluate(
    ({ minMargin, minPx }) => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const el = node.parentElement;
        if (!text || !el) continue;
        // Visually hidden text (screen-reader only) and closed disclosures are not read on screen.
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || box.bottom < 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
        if (rects.length === 0) continue;
        const where = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} "${text.slice(0, 40)}"`;
        for (const r of rects) {
          if (r.left < minMargin - 0.5 || r.right > width - minMargin + 0.5) {
            out.push(`text ${Math.round(r.left)}–${Math.round(r.right)} of ${width} px: ${where}`);
            break;
          }
        }
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minPx - 0.01) out.push(`${size} px text: ${where}`);
      }
      return [...new Set(out)];
    },
    { minMargin, minPx },
  );
}

async function horizontalScroll(page: Page): Promise<string | undefined> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return scrollWidth > clientWidth ? `horizontal scrolling: scrollWidth ${scrollWidth} > ${clientWidth}` : undefined;
}

/** Home, a question, the fixed pages and a handful of results, in each language. */
function samplePages(): { url: string; lang: Language }[] {
  const fixed = sitePages().filter((p) => !p.notFound && !p.url.includes('?') && !p.url.includes('/wegwijzer/'));
  const wizard = LANGUAGES.flatMap((lang) => [
    {
      url: wizardUrl(
        lang,
        results[0]!.answers.slice(0, 1).map(([, o]) => o),
      ),
      lang,
    },
    ...results.filter((_, i) => i % 8 === 0).map((p) => ({ url: urlOf(p, lang), lang })),
  ]);
  return [...fixed, ...wizard];
}

for (const width of [320, 390] as const) {
  test.describe(`at ${width} px`, () => {
    for (const { url } of samplePages()) {
      test(`${url}: no horizontal scrolling, ≥ ${MIN_MARGIN} px side margins, text ≥ ${MIN_TEXT_PX} px`, async ({
        reusedPage: page,
      }) => {
        await page.setViewportSize({ width, height: 844 });
        expect((await page.goto(url))?.status()).toBe(200);
        const problems = [await horizontalScroll(page), ...(await textProblems(page, MIN_MARGIN, MIN_TEXT_PX))].filter(
          Boolean,
        );
        expect(problems, `${url} at ${width} px:\n${problems.join('\n')}`).toEqual([]);
      });
    }
  });
}

for (const lang of LANGUAGES) {
  test(`every result leads with its call button in the first 390 × 844 screen, each contact once (${lang}, ${results.length} results)`, async ({
    reusedPage: page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(FIRST_SCREEN);
    const problems: string[] = [];
    let withPhone = 0;
    for (const p of results) {
      const url = urlOf(p, lang);
      expect((await page.goto(url))?.status(), url).toBe(200);
      const primary = flow.contacts[p.primary];
      if (primary?.phone) {
        withPhone++;
        const call = page.locator('main .ww-result__primary a[href^="tel:"]').first();
        const box = await call.boundingBox();
        if (!box) problems.push(`${url}: no call button for ${p.primary}`);
        else {
          if (box.width < 44 || box.height < 44)
            problems.push(`${url}: call button ${box.width}×${box.height} px, below 44×44`);
          if (
            box.x < 0 ||
            box.y < 0 ||
            box.x + box.width > FIRST_SCREEN.width ||
            box.y + box.height > FIRST_SCREEN.height
          ) {
            problems.push(
              `${url}: call button at ${Math.round(box.x)},${Math.round(box.y)} (${Math.round(box.width)}×${Math.round(box.height)}) not inside the first screen`,
            );
          }
          const text = (await call.textContent()) ?? '';
          if (!text.includes(primary.phone.number))
            problems.push(`${url}: call button "${text}" does not show ${primary.phone.number}`);
        }
      }
      const shown = await page
        .locator('main [data-contact]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-contact')));
      const twice = shown.filter((id, i) => shown.indexOf(id) !== i);
      if (twice.length > 0)
        problems.push(`${url}: ${[...new Set(twice)].join(', ')} more than once in the main content`);
      if (!shown.includes(p.primary))
        problems.push(`${url}: primary contact ${p.primary} not marked in the main content`);
    }
    expect(withPhone, 'results whose advised contact has a phone number').toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

// Before any script runs (or without one), an urgent result must not show a bare number that may be closed:
// the served HTML itself has, beside the call button, the hours in words and — unless the line is always
// open — whom to call outside them, with a tel: link.
const HOURS_LABEL: Record<Language, RegExp> = {
  nl: /Openingstijden|Dag en nacht bereikbaar/,
  en: /Opening hours|Open day and night/,
};
for (const lang of LANGUAGES) {
  test(`every urgent result shows the hours and the fallback beside the call button in its static HTML (${lang})`, () => {
    const problems: string[] = [];
    const urgent = results.filter((p) => flow.results[p.result]?.urgent);
    expect(urgent.length).toBeGreaterThan(0);
    for (const p of urgent) {
      const url = urlOf(p, lang);
      const primary = flow.contacts[p.primary]!;
      if (!primary.phone) continue;
      const html = readFileSync(distFileFor(url), 'utf8');
      const start = html.indexOf('wegwijzer-contact-card__action');
      const end = html.indexOf('wegwijzer-contact-card__description', start);
      if (start < 0 || end < 0) {
        problems.push(`${url}: no action block before the description`);
        continue;
      }
      const block = html.slice(start, end);
      if (!/wegwijzer-contact-card__call/.test(block)) problems.push(`${url}: no call button in the action block`);
      if (!HOURS_LABEL[lang].test(block)) problems.push(`${url}: no opening hours beside the call button`);
      const alwaysOpen = /Dag en nacht bereikbaar|Open day and night/.test(block);
      const fallback = primary.whenClosed ? flow.contacts[primary.whenClosed] : undefined;
      if (!alwaysOpen && fallback?.phone && !block.includes(`data-contact="${fallback.id}"`)) {
        problems.push(
          `${url}: ${fallback.id} not named beside the call button of ${primary.id}, which is not always open`,
        );
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

// The page head (issue 17, item 2): the quick exit stays on screen while the page scrolls (sticky, as GOV.UK's
// "Exit this page"), nothing covers it, and 112 and the police sit in one row on a phone.
for (const lang of LANGUAGES) {
  for (const width of [390, 1280] as const) {
    test(`${lang} at ${width} px: the quick exit stays on screen, uncovered, at the bottom of a long page; the emergency line is one row`, async ({
      reusedPage: page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      const longest = [...results].sort((a, b) => b.answers.length - a.answers.length)[0]!;
      expect((await page.goto(urlOf(longest, lang)))?.status()).toBe(200);
      const row = await page
        .locator('.ww-emergency-bar a')
        .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(row.length).toBe(2);
      expect(row[0], `112 and the police in one row (tops ${row.join(', ')})`).toBe(row[1]);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY), 'the page scrolled').toBeGreaterThan(200);
      const exit = page.locator('a.ww-exit__link');
      const box = (await exit.boundingBox())!;
      expect(box.y, 'exit at the top of the screen').toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(120);
      expect(box.height).toBeGreaterThanOrEqual(44);
      const onTop = await exit.evaluate((a) => {
        const r = a.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && a.contains(hit);
      });
      expect(onTop, 'nothing covers the exit').toBe(true);
    });
  }
}
