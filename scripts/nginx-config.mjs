// Generates deploy/nginx.conf (two `map`s and one `server { … }` block for nginx's `http` context) from
// deploy/headers.json, the one source of the production headers, so nginx sends exactly what `npm start`
// (scripts/serve.mjs) sends. Each block of the config is one function below; generateNginxConf puts them together.
//
//   npm run nginx-config          rewrite deploy/nginx.conf (root /usr/share/nginx/wegwijzer, port 8080)
//   node scripts/nginx-config.mjs --root /srv/wegwijzer --port 8081 --out /etc/nginx/conf.d/wegwijzer.conf
//   node scripts/nginx-config.mjs --stdout       print instead of writing
//
// The test tests/unit/nginx-config.test.ts fails when the committed deploy/nginx.conf differs from what this
// script generates; tests/nginx/checks.mjs (run by tests/browser/nginx.spec.ts) runs the generated block in a
// real nginx and checks its answers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLanguages } from './languages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const projectRoot = resolve(here, '..');

export const DEFAULT_ROOT = '/usr/share/nginx/wegwijzer';
export const DEFAULT_PORT = 8080;

/** The headers from deploy/headers.json: `all`, `html` and `hashedAssets`. */
export function readHeaders(file = join(projectRoot, 'deploy/headers.json')) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  for (const group of ['all', 'html', 'hashedAssets']) {
    if (typeof json[group] !== 'object' || json[group] === null) throw new Error(`${file}: "${group}" is missing`);
  }
  return { all: json.all, html: json.html, hashedAssets: json.hashedAssets };
}

/** A header value as an nginx string. `$` would be read as a variable, so it is refused. */
function quote(name, value) {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`header name not usable in nginx: ${name}`);
  const text = String(value);
  if (/[$\r\n]/.test(text))
    throw new Error(`header ${name}: value contains "$" or a line break, which nginx cannot send as is`);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function headerLines(groups, indent) {
  const merged = Object.assign({}, ...groups);
  return Object.entries(merged).map(([name, value]) => `${indent}add_header ${name} ${quote(name, value)} always;`);
}

const I = '    ';
const II = I + I;

/** The options with their defaults, checked: root and listen go into the config as they are. */
function settle(options) {
  const root = options.root ?? DEFAULT_ROOT;
  const listen = String(options.listen ?? DEFAULT_PORT);
  if (/[\s;{}"']/.test(root) || /[\s;{}"']/.test(listen))
    throw new Error('root and listen may not contain spaces, quotes, ; or braces');
  return {
    headers: options.headers ?? readHeaders(),
    languages: options.languages ?? readLanguages().languages,
    root,
    listen,
  };
}

/** The file's opening comment: generated, how to use it, how to change root and port. */
function fileComment() {
  return [
    '# Wegwijzer: nginx server block for the static, prerendered build in dist/.',
    '#',
    '# generated — edit deploy/headers.json and run npm run nginx-config',
    '# (scripts/nginx-config.mjs writes this file; tests/unit/nginx-config.test.ts fails when it is out of date).',
    '#',
    '# Use: copy the contents of dist/ to the root below and include this file in the `http { }` block of',
    '# nginx.conf (for example as /etc/nginx/conf.d/wegwijzer.conf). It serves plain HTTP on one port: terminate',
    '# TLS in front of it (a load balancer or proxy), or see docs/deploy.md for adding `listen 443 ssl` here.',
    '# Strict-Transport-Security only has effect over HTTPS, which is why TLS in front is required.',
    '#',
    `# Another root or port: node scripts/nginx-config.mjs --root /srv/wegwijzer --port 8081 --out <file>`,
    `# (this committed copy uses root ${DEFAULT_ROOT} and listen ${DEFAULT_PORT}).`,
    '#',
    '# nginx drops every server-level add_header in a location that has add_header of its own, so each',
    '# location below repeats the full set.',
  ];
}

/** The two `map`s of the http context: Allow on a 405, and the year-long cache only on an asset itself. */
function maps(headers) {
  const immutable = quote('Cache-Control', headers.hashedAssets['Cache-Control']);
  const revalidate = quote('Cache-Control', headers.html['Cache-Control']);
  return [
    '# Allow on every 405, also on the ones nginx gives before reading this block (TRACE): a map is defined',
    '# for every request, where a `set` in the server block is not run for those.',
    'map $request_method $wegwijzer_allow {',
    `${I}GET "";`,
    `${I}HEAD "";`,
    `${I}default "GET, HEAD";`,
    '}',
    '',
    '# The year-long cache only on a file of /assets/ itself (200, 304), never on an error answered there',
    '# (a 412 on a failed If-Match, for one).',
    'map $status $wegwijzer_asset_cache_control {',
    `${I}200 ${immutable};`,
    `${I}304 ${immutable};`,
    `${I}default ${revalidate};`,
    '}',
  ];
}

/** The server's own settings: where it listens and serves from, charset, redirects, compression, ranges. */
function serverSettings({ root, listen }) {
  return [
    `${I}listen ${listen};`,
    `${I}server_name _;`,
    `${I}root ${root};`,
    `${I}index index.html;`,
    '',
    `${I}server_tokens off;`,
    `${I}autoindex off;`,
    `${I}charset utf-8;`,
    `${I}charset_types text/css text/plain text/xml application/javascript application/json ` +
      'application/manifest+json image/svg+xml;',
    '',
    `${I}# Redirects stay relative ("Location: /nl/"), so they are right behind a TLS-terminating proxy too.`,
    `${I}absolute_redirect off;`,
    '',
    `${I}gzip on;`,
    `${I}gzip_vary on;`,
    `${I}gzip_proxied any;`,
    `${I}gzip_comp_level 6;`,
    `${I}gzip_min_length 256;`,
    `${I}gzip_types text/css text/plain text/xml text/javascript application/javascript application/json ` +
      'application/manifest+json application/xml image/svg+xml;',
    '',
    `${I}# No byte ranges: the site's files are small, and a Range nginx cannot satisfy is a 416 on which nginx`,
    `${I}# adds every add_header twice (and a year's cache under /assets/). Range is ignored: the whole file, 200.`,
    `${I}max_ranges 0;`,
  ];
}

/** What the server answers before any location: its headers, 405, hidden files, redirects, the 404 page. */
function serverRules(html) {
  return [
    `${I}# Responses made outside the locations below (redirects, 405, a request nginx refuses) get the`,
    `${I}# headers every response gets, and are revalidated.`,
    ...html(I),
    '',
    `${I}# Only GET and HEAD: anything else is 405 with the Allow header (empty, and so not sent, otherwise).`,
    `${I}if ($request_method !~ ^(GET|HEAD)$) {`,
    `${II}return 405;`,
    `${I}}`,
    `${I}add_header Allow $wegwijzer_allow always;`,
    '',
    `${I}# Hidden files stay hidden (the build manifest was once one), except the public /.well-known/.`,
    `${I}if ($uri ~ "^/\\.(?!well-known(/|$))|./\\.") {`,
    `${II}return 404;`,
    `${I}}`,
    '',
    `${I}# A directory without a trailing slash redirects to it (/nl -> /nl/), as npm start does.`,
    `${I}if (-d $request_filename) {`,
    `${II}rewrite ^(.*[^/])$ $1/ permanent;`,
    `${I}}`,
    `${I}# /…/index.html is the page /…/ under a second name: redirect to the directory URL the app knows.`,
    `${I}# Only for a file that exists, so the Location is one of the build's own paths.`,
    `${I}if (-f $request_filename) {`,
    `${II}rewrite ^(.*/)index\\.html$ $1 permanent;`,
    `${I}}`,
    '',
    `${I}# A real 404 with the not-found page; a directory without a page is a 404 too, never a 403.`,
    `${I}# A malformed request (a bad % escape) names no page either: the not-found page, not nginx's bare 400.`,
    `${I}error_page 400 403 =404 /404.html;`,
    `${I}error_page 404 /404.html;`,
  ];
}

/** The locations every build has: the pages, the hashed assets, the web manifest. */
function fileLocations(html, all) {
  return [
    `${I}# Pages: the prerendered HTML for every known URL, revalidated on every visit.`,
    `${I}location / {`,
    ...html(II),
    `${II}try_files $uri $uri/index.html =404;`,
    `${I}}`,
    '',
    `${I}# Hashed build output: the name changes with the content, so it can be cached for a year.`,
    `${I}location ^~ /assets/ {`,
    ...all(II),
    `${II}add_header Cache-Control $wegwijzer_asset_cache_control always;`,
    `${II}try_files $uri =404;`,
    `${I}}`,
    '',
    `${I}# Not in Debian's mime.types.`,
    `${I}location ~* \\.webmanifest$ {`,
    `${II}default_type application/manifest+json;`,
    ...html(II),
    `${II}try_files $uri =404;`,
    `${I}}`,
  ];
}

/** One language's pages, with the not-found page in that language. */
function languageLocations(lang, html) {
  return [
    '',
    `${I}# ${lang}: the not-found page in ${lang} (/${lang}/404.html, else /404.html), with status 404.`,
    `${I}location /${lang}/ {`,
    ...html(II),
    `${II}error_page 403 =404 @notfound_${lang};`,
    `${II}error_page 404 @notfound_${lang};`,
    `${II}try_files $uri $uri/index.html =404;`,
    `${I}}`,
    `${I}location @notfound_${lang} {`,
    ...html(II),
    `${II}try_files /${lang}/404.html /404.html =404;`,
    `${I}}`,
  ];
}

/**
 * The server block as text.
 * @param {{ headers?: ReturnType<typeof readHeaders>, root?: string, listen?: string | number,
 *           languages?: string[] }} [options]
 */
export function generateNginxConf(options = {}) {
  const settled = settle(options);
  const { headers } = settled;
  const html = (indent) => headerLines([headers.all, headers.html], indent);
  const all = (indent) => headerLines([headers.all], indent);
  return [
    ...fileComment(),
    '',
    ...maps(headers),
    '',
    'server {',
    ...serverSettings(settled),
    '',
    ...serverRules(html),
    '',
    ...fileLocations(html, all),
    ...settled.languages.flatMap((lang) => languageLocations(lang, html)),
    '}',
    '',
  ].join('\n');
}

function parseArgs(argv) {
  const args = { root: DEFAULT_ROOT, port: DEFAULT_PORT, out: join(projectRoot, 'deploy/nginx.conf'), stdout: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--root') args.root = value();
    else if (a === '--port') args.port = value();
    else if (a === '--out') args.out = resolve(value());
    else if (a === '--stdout') args.stdout = true;
    else throw new Error(`unknown argument ${a} (use --root DIR, --port N, --out FILE or --stdout)`);
  }
  return args;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const text = generateNginxConf({ root: args.root, listen: args.port });
    if (args.stdout) process.stdout.write(text);
    else {
      writeFileSync(args.out, text);
      console.log(`nginx-config: wrote ${args.out}`);
    }
  } catch (error) {
    console.error(`nginx-config: ${error.message}`);
    process.exit(1);
  }
}
