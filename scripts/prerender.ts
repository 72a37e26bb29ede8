// Writes every page as static HTML: the client build's dist/index.html is the template, the SSR build of
// src/app/entry-server.tsx renders each path into it. Run by `npm run build` after both Vite builds.
// @ts-expect-error plain ESM script without types
import { launchSettings } from './launch-settings.mjs';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OPEN_NOW_DATA_ID } from '../src/ui/OpenNow/early.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, type Language } from '../src/flow/languages.ts';
import { PAGE_DATA_FOLDER } from '../src/app/page-data.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const server = (await import(
  pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href
)) as typeof import('../src/app/entry-server');

const template = readFileSync(join(dist, 'index.html'), 'utf8');
if (!template.includes('<!--app-html-->')) throw new Error('dist/index.html has no <!--app-html--> placeholder');

// The app shell: the template with nothing prerendered. Offline, the service worker (src/sw/sw.js) answers
// a page it has not stored with it, and the app renders that page from the URL.
writeFileSync(join(dist, 'app-shell.html'), template.replace('<!--app-html-->', ''));

// The address the site is served from, for canonical links, hreflang alternates, the sitemap and robots.txt
// (search engines want absolute addresses): one of the launch settings (scripts/launch-settings.mjs).
const origin: string = launchSettings().origin;

// One clock for the whole build: every page's early "open now" data starts from the same day.
const builtAt = new Date();

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fileFor(path: string): string {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

/** The <head> lines that make a page findable: description, canonical, language alternates (or noindex). */
function headTags(meta: Awaited<ReturnType<typeof server.render>>['meta']): string {
  return server
    .headElements(meta)
    .map(({ tag, attributes }) => {
      const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
      return `    <${tag}${attrs.join('')} />\n`;
    })
    .join('');
}

/**
 * The early "open now" data as a JSON data block after the app's root (src/ui/OpenNow/early.ts reads it): a
 * script element the browser does not run, so the strict CSP allows it, and outside the root, so React never
 * sees it. "<" is escaped so no text in it can close the element.
 */
function openNowBlock(data: Awaited<ReturnType<typeof server.render>>['openNow']): string {
  if (!data) return '';
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `\n    <script type="application/json" id="${OPEN_NOW_DATA_ID}">${json}</script>`;
}

/**
 * A result's own data (src/app/page-data.ts) as a module in dist/assets/results/, named by its language, result
 * and content hash (so it can be cached for good, as every file in /assets/ is); its address. Made and written
 * once per language and result, however many paths lead there.
 */
const dataModules = new Map<string, string>();
async function dataModuleUrl(lang: Language, result: string): Promise<string> {
  const key = `${lang}-${result}`;
  const known = dataModules.get(key);
  if (known) return known;
  const source = await server.resultDataModule(lang, result);
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  const url = `${PAGE_DATA_FOLDER}${key}-${hash}.js`;
  mkdirSync(join(dist, PAGE_DATA_FOLDER), { recursive: true });
  writeFileSync(join(dist, url), source);
  dataModules.set(key, url);
  return url;
}

let written = 0;
const missing = new Map<string, string[]>();
/** Every indexable page for the sitemap: its canonical address and its language alternates. */
const indexable: { loc: string; alternates: { hreflang: string; href: string }[] }[] = [];
for (const path of server.prerenderPaths()) {
  const page = await server.render(path, origin, builtAt);
  if (page.meta.canonical) indexable.push({ loc: page.meta.canonical, alternates: page.meta.alternates });
  for (const text of page.missing) missing.set(text, [...(missing.get(text) ?? []), path]);
  const html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    // The path this HTML was rendered for: the app hydrates that page even if the URL has moved on since.
    // On a wizard page, where its answers lead: the app takes it over without the engine (first-page.ts).
    // On a result page, the module with what the page shows (src/app/page-data.ts).
    .replace(
      '<div id="root">',
      `<div id="root" data-path="${escapeHtml(path)}"` +
        (page.node ? ` data-node="${escapeHtml(page.node)}"` : '') +
        (page.result ? ` data-result-data="${escapeHtml(await dataModuleUrl(page.lang, page.result))}"` : '') +
        '>',
    )
    .replace(/\n\s*<\/head>/, `\n${headTags(page.meta)}  </head>`)
    .replace('<!--app-html--></div>', `${page.html}</div>${openNowBlock(page.openNow)}`);
  const file = fileFor(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  written++;
}

// "/" has no language of its own: send people to the home page in the default language. A meta refresh needs
// no script (so the strict CSP allows it) and the links, one per language, are there for anyone whose browser
// ignores it.
const homeLinks = LANGUAGES.map((lang) => {
  const other = lang === DEFAULT_LANGUAGE ? '' : ` hreflang="${lang}" lang="${lang}"`;
  return `    <p><a href="/${lang}/"${other}>Wegwijzer (${LANGUAGE_NAMES[lang][lang]})</a></p>`;
});
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="${DEFAULT_LANGUAGE}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="refresh" content="0; url=/${DEFAULT_LANGUAGE}/" />
    <title>Wegwijzer</title>
    <link rel="canonical" href="${origin}/${DEFAULT_LANGUAGE}/" />
  </head>
  <body>
${homeLinks.join('\n')}
  </body>
</html>
`,
);
written++;
console.log(`prerender: wrote ${written} pages to dist/ and ${dataModules.size} result pages' data modules`);

// The sitemap lists every page a search engine may index (not the not-found pages), each with the same page
// in the other language (xhtml:link, as search engines document it); robots.txt allows everything and names it.
const sitemap = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ...indexable.map(({ loc, alternates }) =>
    [
      `  <url>`,
      `    <loc>${escapeHtml(loc)}</loc>`,
      ...alternates.map(
        (a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}"/>`,
      ),
      `  </url>`,
    ].join('\n'),
  ),
  '</urlset>',
  '',
].join('\n');
writeFileSync(join(dist, 'sitemap.xml'), sitemap);
writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
console.log(`prerender: sitemap.xml lists ${indexable.length} pages for ${origin}; robots.txt points to it`);

// A missing translation would show its key to the reader: no build ships one.
if (missing.size > 0) {
  console.error(`prerender: ${missing.size} text(s) missing in their language:`);
  for (const [text, paths] of missing) console.error(`  ${text}  (on ${paths.length} page(s), e.g. ${paths[0]})`);
  process.exit(1);
}
