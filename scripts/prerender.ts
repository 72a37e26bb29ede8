// Writes every page as static HTML: the client build's dist/index.html is the template, the SSR build of
// src/app/entry-server.tsx renders each path into it. Run by `npm run build` after both Vite builds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const server = (await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href)) as typeof import('../src/app/entry-server');

const template = readFileSync(join(dist, 'index.html'), 'utf8');
if (!template.includes('<!--app-html-->')) throw new Error('dist/index.html has no <!--app-html--> placeholder');

// The app shell: the template with nothing prerendered. Offline, the service worker (src/sw/sw.js) answers
// a page it has not stored with it, and the app renders that page from the URL.
writeFileSync(join(dist, 'app-shell.html'), template.replace('<!--app-html-->', ''));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fileFor(path: string): string {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

let written = 0;
const missing = new Map<string, string[]>();
for (const path of server.prerenderPaths()) {
  const page = await server.render(path);
  for (const text of page.missing) missing.set(text, [...(missing.get(text) ?? []), path]);
  const html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    // The path this HTML was rendered for: the app hydrates that page even if the URL has moved on since.
    .replace('<div id="root">', `<div id="root" data-path="${escapeHtml(path)}">`)
    .replace('<!--app-html-->', page.html);
  const file = fileFor(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  written++;
}

// "/" has no language of its own: send people to the Dutch home page. A meta refresh needs no script (so
// the strict CSP allows it) and the link is there for anyone whose browser ignores it.
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="refresh" content="0; url=/nl/" />
    <title>Wegwijzer</title>
    <link rel="canonical" href="/nl/" />
  </head>
  <body>
    <p><a href="/nl/">Wegwijzer (Nederlands)</a></p>
    <p><a href="/en/" hreflang="en" lang="en">Wegwijzer (English)</a></p>
  </body>
</html>
`,
);
written++;
console.log(`prerender: wrote ${written} pages to dist/`);

// A missing translation would show its key to the reader: no build ships one.
if (missing.size > 0) {
  console.error(`prerender: ${missing.size} text(s) missing in their language:`);
  for (const [text, paths] of missing) console.error(`  ${text}  (on ${paths.length} page(s), e.g. ${paths[0]})`);
  process.exit(1);
}
