// Writes dist/sw.js from src/sw/sw.js with the precache list and a version (a hash of every precached
// file), after `vite build` and the prerender (run by `npm run build`). Prints what is precached.
//
// Precached: every file in /assets/ (all code and texts, so any path can be completed offline), the
// public files (manifest, icons), the language home pages, "/", the app shell (offline, any other page
// is rendered by the app from the URL in the shell) and the not-found pages. Not all prerendered pages:
// measured, they are about
// 2.8 MB raw (0.7 MB gzip) for 225 pages, several times the app itself, on every first visit and again
// after every release (each page names the new script). A page a person visits is saved when they visit it
// (also inside the app). The page registers the worker, and so starts this precache, 10 s after it loaded or at
// the first step (src/sw/register.ts); the worker fetches it 4 files at a time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readLanguages } from './languages.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.WEGWIJZER_DIST ?? join(root, 'dist'));
const { languages, defaultLanguage } = readLanguages();
// Offline, an unknown URL is answered with these, status 404: the default language's is /404.html.
const NOT_FOUND = Object.fromEntries([
  ...languages.filter((l) => l !== defaultLanguage).map((l) => [l, `/${l}/404.html`]),
  ['default', '/404.html'],
]);
const PAGES = {
  '/': 'index.html',
  ...Object.fromEntries(languages.map((l) => [`/${l}/`, `${l}/index.html`])),
  '/app-shell.html': 'app-shell.html',
  ...Object.fromEntries(Object.values(NOT_FOUND).map((url) => [url, url.slice(1)])),
};
const PUBLIC_FILES = ['manifest.webmanifest', 'icons'];

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((name) => filesUnder(join(dir, name)));
}

// Not the result pages' own data (dist/assets/results/, src/app/page-data.ts): one module per result and
// language, about 490 KB gzip together, only for taking over a page loaded from the network. Offline, a page is
// taken over from the whole catalogue, which is precached like all code.
const notPrecached = (file) => file.endsWith('.map') || file.startsWith(join(dist, 'assets', 'results') + sep);
const entries = []; // [url, file]
for (const file of filesUnder(join(dist, 'assets')).filter((f) => !notPrecached(f)))
  entries.push(['/' + relative(dist, file).split(sep).join('/'), file]);
for (const name of PUBLIC_FILES)
  for (const file of filesUnder(join(dist, name)))
    entries.push(['/' + relative(dist, file).split(sep).join('/'), file]);
for (const [url, file] of Object.entries(PAGES)) {
  if (!existsSync(join(dist, file)))
    throw new Error(`build-sw: ${file} is missing in ${dist} (run the prerender first)`);
  entries.push([url, join(dist, file)]);
}
entries.sort(([a], [b]) => a.localeCompare(b));

const hash = createHash('sha256');
let raw = 0;
let gzip = 0;
for (const [url, file] of entries) {
  const content = readFileSync(file);
  hash.update(url).update('\0').update(content);
  raw += content.length;
  gzip += gzipSync(content).length;
}
const version = hash.digest('hex').slice(0, 16);

// Every page the site has (each directory with an index.html), so the worker can tell, offline, a page it
// never saved (rendered in the app shell) from a URL the site does not have (the not-found page, 404).
const pages = filesUnder(dist)
  .filter((f) => f.endsWith(`${sep}index.html`) || f === join(dist, 'index.html'))
  .map((f) => `/${relative(dist, f).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/'))
  .sort();

const template = readFileSync(join(root, 'src', 'sw', 'sw.js'), 'utf8');
if (!["'__VERSION__'", '__PRECACHE__', '__PAGES__', '__NOT_FOUND__'].every((p) => template.includes(p)))
  throw new Error('build-sw: src/sw/sw.js lost its placeholders');
const sw = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(entries.map(([url]) => url)))
  .replace('__PAGES__', JSON.stringify(pages))
  .replace('__NOT_FOUND__', JSON.stringify(NOT_FOUND));
writeFileSync(join(dist, 'sw.js'), sw);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const html = filesUnder(dist).filter((f) => f.endsWith('.html'));
const htmlRaw = html.reduce((n, f) => n + statSync(f).size, 0);
console.log(
  `build-sw: dist/sw.js (version ${version}) precaches ${entries.length} files, ` +
    `${kb(raw)} raw / ${kb(gzip)} gzip, knows ${pages.length} pages ` +
    `(all ${html.length} prerendered pages would add ${kb(htmlRaw)} raw)`,
);
