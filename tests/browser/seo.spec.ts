// Findable (issue 17, item 8): every prerendered page has its own description, an absolute canonical link and
// absolute hreflang alternates for every language (and x-default); the not-found pages are noindex; the
// sitemap lists exactly the indexable pages and robots.txt names it. Reads the HTML as the server sends it,
// with an HTML parser.
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from './fixtures';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseHtml, parseXml } from './built-html';
import { DIST, distFileFor, LANGUAGES, paths, sitePages, wizardUrl } from './site';

/** The origin the build was made for (scripts/prerender.ts): the same variable and default. */
const ORIGIN = new URL(process.env.WEGWIJZER_PUBLIC_ORIGIN || 'http://127.0.0.1:8080').origin;

interface Head {
  title?: string;
  description?: string;
  robots?: string;
  canonical?: string;
  alternates: Record<string, string>;
}

function headOf(html: string): Head {
  // Only the head is read: the parser then skips the page's body, most of its bytes.
  const end = html.indexOf('</head>');
  const doc = parseHtml(end < 0 ? html : html.slice(0, end));
  const { head } = doc;
  const out: Head = { alternates: {} };
  if (head.querySelector('title')) out.title = doc.title;
  const description = head.querySelector('meta[name="description"]');
  if (description) out.description = description.getAttribute('content') ?? '';
  const robots = head.querySelector('meta[name="robots"]');
  if (robots) out.robots = robots.getAttribute('content') ?? '';
  const canonical = head.querySelector('link[rel="canonical"]');
  if (canonical) out.canonical = canonical.getAttribute('href') ?? '';
  for (const link of head.querySelectorAll('link[rel="alternate"]'))
    out.alternates[link.getAttribute('hreflang') ?? '?'] = link.getAttribute('href') ?? '';
  return out;
}

const heads = new Map<string, Head>();
/** The head of a prerendered page, read once. */
function prerenderedHead(url: string): Head {
  let head = heads.get(url);
  if (!head) heads.set(url, (head = headOf(readFileSync(distFileFor(url), 'utf8'))));
  return head;
}

// The prerendered files themselves (not the directory's filtered URL, which is the same file).
const pages = sitePages().filter((p) => !p.url.includes('?'));
const indexable = pages.filter((p) => !p.notFound);

test('every indexable page has its own description, an absolute canonical and hreflang alternates', () => {
  expect(indexable.length).toBeGreaterThan(10);
  const problems: string[] = [];
  const descriptions = new Map<string, string>();
  for (const { url, lang } of indexable) {
    const head = prerenderedHead(url);
    const say = (what: string) => problems.push(`${url}: ${what}`);
    if (!head.description || head.description.length < 40)
      say(`description missing or too short: ${JSON.stringify(head.description)}`);
    if (head.description && /\{\{|\}\}|^(ui|flow|contact):/.test(head.description))
      say(`description shows a text key: ${head.description}`);
    descriptions.set(url, head.description ?? '');
    if (head.canonical !== ORIGIN + url) say(`canonical ${head.canonical} is not ${ORIGIN + url}`);
    if (head.robots) say(`robots meta ${head.robots} on an indexable page`);
    if (head.alternates[lang] !== ORIGIN + url) say(`hreflang ${lang} ${head.alternates[lang]} is not the page itself`);
    for (const other of [...LANGUAGES, 'x-default']) {
      const href = head.alternates[other];
      if (!href || !href.startsWith(`${ORIGIN}/`)) say(`hreflang ${other} missing or not absolute: ${href}`);
    }
    if (head.alternates['x-default'] !== head.alternates.nl) say('x-default is not the Dutch page');
  }
  // Each language's counterpart links back, and says something else (its own language's description).
  for (const { url, lang } of indexable) {
    const head = prerenderedHead(url);
    for (const other of LANGUAGES.filter((l) => l !== lang)) {
      const counterpart = new URL(head.alternates[other] ?? ORIGIN).pathname;
      if (!descriptions.has(counterpart))
        problems.push(`${url}: its ${other} alternate ${counterpart} is not a prerendered page`);
      else {
        const back = prerenderedHead(counterpart).alternates[lang];
        if (back !== ORIGIN + url)
          problems.push(`${counterpart} does not link back to ${url} (hreflang ${lang}: ${back})`);
        if (descriptions.get(counterpart) === descriptions.get(url))
          problems.push(`${url} and ${counterpart} have the same description`);
      }
    }
  }
  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
});

test('the not-found pages have a description, noindex and no canonical', () => {
  for (const file of ['404.html', 'en/404.html']) {
    const head = headOf(readFileSync(join(DIST, file), 'utf8'));
    expect(head.description?.length ?? 0, file).toBeGreaterThan(20);
    expect(head.robots, file).toBe('noindex');
    expect(head.canonical, file).toBeUndefined();
  }
});

test('sitemap.xml lists every indexable page once, and robots.txt names it', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await robots.text()).toMatch(new RegExp(`^Sitemap: ${ORIGIN.replace(/[.]/g, '\\.')}/sitemap\\.xml$`, 'm'));

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toMatch(/xml/);
  const xml = await sitemap.text();
  const locs = [...parseXml(xml).getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');
  expect(new Set(locs).size, 'no page listed twice').toBe(locs.length);
  expect(locs.sort()).toEqual(indexable.map((p) => ORIGIN + p.url).sort());
});

/** The head as the page shows it now (after the app's steps), in the same shape as headOf. */
function headInPage(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const out: Head = { title: document.title, alternates: {} };
    for (const el of document.head.querySelectorAll('meta, link')) {
      if (el.getAttribute('name') === 'description') out.description = el.getAttribute('content') ?? '';
      if (el.getAttribute('name') === 'robots') out.robots = el.getAttribute('content') ?? '';
      if (el.getAttribute('rel') === 'canonical') out.canonical = el.getAttribute('href') ?? '';
      if (el.getAttribute('rel') === 'alternate')
        out.alternates[el.getAttribute('hreflang') ?? '?'] = el.getAttribute('href') ?? '';
    }
    return out;
  });
}

// After the app has taken over, a step is made in the page (no page load): the head must then say what the
// prerendered file of the new page says — its title, description, canonical and language alternates — for
// search engines that run the page's script, for sharing and bookmarking, and for assistive technology.
test('after in-app steps the head equals the prerendered head of the page stepped to', async ({ page }) => {
  const path = paths.find((p) => p.answers.length >= 2)!;
  const options = path.answers.map(([, option]) => option);
  await page.goto('/nl/');
  await appReady(page);
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  const expectHeadOf = async (url: string) => {
    await expect(page).toHaveURL(new RegExp(`${url.replace(/[.?]/g, '\\$&')}$`));
    expect(
      await page.evaluate(() => (window as { stayed?: boolean }).stayed),
      `${url} was reached without a page load`,
    ).toBe(true);
    const prerendered = headOf(readFileSync(distFileFor(url.split('?')[0]!), 'utf8'));
    await expect.poll(() => headInPage(page), { message: url }).toEqual(prerendered);
  };
  // Through the wizard to a result, one answer at a time.
  for (let i = 1; i <= options.length; i++) {
    const url = wizardUrl('nl', options.slice(0, i));
    await page.locator(`main a[href="${url}"]`).first().click();
    await expectHeadOf(url);
  }
  // The same result in English, then a page of the footer, then Back to the result.
  const english = wizardUrl('en', options);
  await page.locator(`a[hreflang="en"][href="${english}"]`).first().click();
  await expectHeadOf(english);
  await page.locator('footer a[href="/en/about/"]').first().click();
  await expectHeadOf('/en/about/');
  await page.goBack();
  await expectHeadOf(english);
});
