// Runs the generated nginx server block (scripts/nginx-config.mjs, the same text as deploy/nginx.conf) in a
// real nginx on a free loopback port, serving this project's dist/, and checks what it answers: the headers
// from deploy/headers.json, caching, gzip, deep links, real 404s with the not-found page, the trailing-slash
// and index.html redirects, 405 with Allow, a malformed escape answered with the not-found page, and the list
// of hostile requests (tests/servers/hostile-requests.mjs) with a real asset of the build. Generated hostile
// paths are the job of tests/unit/server-fuzz.test.ts.
// `runChecks(base)` returns every check's outcome: tests/browser/nginx.spec.ts runs them in `npm test` (after the
// build, as a Playwright test like the other checks of the built site). For an operator checking a server by
// hand, `node tests/nginx/checks.mjs` runs them too and prints each with ✓/✗ (docs/deploy.md).
// Needs a build in dist/ (npm run build); installs nginx through ensure-tools when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureTools } from '../../scripts/ensure-tools.mjs';
import { projectRoot, readHeaders } from '../../scripts/nginx-config.mjs';
import { startNginx } from '../../scripts/nginx-run.mjs';
import { HOSTILE_REQUESTS, hostileRequestProblems } from '../servers/hostile-requests.mjs';

const dist = join(projectRoot, 'dist');
const headers = readHeaders();

/** The first path's URL from `flows paths --json`: a deep link to a result page. */
function firstResultUrl() {
  const run = spawnSync('npm', ['run', '-s', 'flows', '--', 'paths', '--json'], { cwd: projectRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run flows -- paths --json failed:\n${run.stderr || run.stdout}`);
  const paths = JSON.parse(run.stdout);
  if (!Array.isArray(paths) || typeof paths[0]?.url !== 'string')
    throw new Error('flows paths --json gave no path with a url');
  return paths[0].url;
}

let results = [];
let section = '';
function check(name, ok, detail = '') {
  results.push({ name: `${section}: ${name}`, ok: Boolean(ok), detail });
}

/** Every header of `expected` present with exactly that value. */
function checkHeaders(what, res, expected) {
  const wrong = Object.entries(expected)
    .filter(([name, value]) => res.headers.get(name) !== value)
    .map(([name, value]) => `${name}: expected "${value}", got ${JSON.stringify(res.headers.get(name))}`);
  check(
    `${what}: ${Object.keys(expected).length} headers exactly as in deploy/headers.json`,
    wrong.length === 0,
    wrong.join('\n      '),
  );
}

async function get(base, path, init = {}) {
  const res = await fetch(base + path, { redirect: 'manual', ...init });
  const body = await res.text();
  return { res, body };
}

/** Every check against the nginx at `base`: [{ name, ok, detail }]. */
export async function runChecks(base) {
  results = [];
  const notFoundNl = readFileSync(
    existsSync(join(dist, 'nl/404.html')) ? join(dist, 'nl/404.html') : join(dist, '404.html'),
    'utf8',
  );
  const notFoundEn = readFileSync(
    existsSync(join(dist, 'en/404.html')) ? join(dist, 'en/404.html') : join(dist, '404.html'),
    'utf8',
  );

  section = 'HTML page /nl/';
  {
    const { res, body } = await get(base, '/nl/');
    check(
      '200 text/html',
      res.status === 200 && (res.headers.get('content-type') ?? '').startsWith('text/html'),
      `${res.status} ${res.headers.get('content-type')}`,
    );
    check('the prerendered page (has <h1)', body.includes('<h1'));
    checkHeaders('HTML', res, headers.all);
    check(
      `Cache-Control: ${headers.html['Cache-Control']}`,
      res.headers.get('cache-control') === headers.html['Cache-Control'],
      `got ${res.headers.get('cache-control')}`,
    );
    check(
      'Server header without version (server_tokens off)',
      !/\d/.test(res.headers.get('server') ?? ''),
      `got ${res.headers.get('server')}`,
    );
  }

  section = 'gzip';
  {
    const { res } = await get(base, '/nl/', { headers: { 'Accept-Encoding': 'gzip' } });
    check(
      'HTML is gzip-compressed for Accept-Encoding: gzip',
      res.headers.get('content-encoding') === 'gzip',
      `Content-Encoding ${res.headers.get('content-encoding')}`,
    );
    check(
      'Vary: Accept-Encoding',
      /accept-encoding/i.test(res.headers.get('vary') ?? ''),
      `Vary ${res.headers.get('vary')}`,
    );
  }

  section = 'Hashed asset under /assets/';
  {
    const assets = existsSync(join(dist, 'assets'))
      ? readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f))
      : [];
    if (assets.length === 0) check('dist/assets/ has a .js or .css file', false, 'run npm run build');
    else {
      const asset = assets.find((f) => f.endsWith('.js')) ?? assets[0];
      const { res } = await get(base, `/assets/${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
      check(`200 for /assets/${asset}`, res.status === 200, `got ${res.status}`);
      checkHeaders('asset', res, headers.all);
      check(
        `Cache-Control: ${headers.hashedAssets['Cache-Control']}`,
        res.headers.get('cache-control') === headers.hashedAssets['Cache-Control'],
        `got ${res.headers.get('cache-control')}`,
      );
      check(
        'gzip-compressed',
        res.headers.get('content-encoding') === 'gzip',
        `Content-Encoding ${res.headers.get('content-encoding')}`,
      );
    }
  }

  section = 'Deep link to a result page';
  {
    let url;
    try {
      url = firstResultUrl();
    } catch (error) {
      check('first path from `npm run flows -- paths --json`', false, error.message);
    }
    if (url) {
      const { res, body } = await get(base, url);
      check(`200 for ${url}`, res.status === 200, `got ${res.status}`);
      check(
        'HTML with an <h1',
        (res.headers.get('content-type') ?? '').startsWith('text/html') && body.includes('<h1'),
      );
    }
  }

  section = 'Not found';
  for (const [path, page, lang] of [
    ['/nl/wegwijzer/bestaat-niet/', notFoundNl, 'nl'],
    ['/en/nonsense/', notFoundEn, 'en'],
    ['/bestaat-niet', notFoundNl, 'nl'],
    ['/assets/bestaat-niet.js', notFoundNl, 'nl'],
  ]) {
    const { res, body } = await get(base, path);
    check(`404 for ${path}`, res.status === 404, `got ${res.status}`);
    check(`  with the ${lang} not-found page`, body === page, `got ${body.slice(0, 120).replace(/\s+/g, ' ')}…`);
    if (path === '/nl/wegwijzer/bestaat-niet/' || path === '/assets/bestaat-niet.js') {
      checkHeaders(`  404 ${path}`, res, headers.all);
      check(
        `  Cache-Control: ${headers.html['Cache-Control']}`,
        res.headers.get('cache-control') === headers.html['Cache-Control'],
        `got ${res.headers.get('cache-control')}`,
      );
    }
  }
  {
    const dirs = readdirSync(join(dist, 'nl/wegwijzer'), { withFileTypes: true });
    if (!existsSync(join(dist, 'nl/wegwijzer/index.html')) && dirs.length > 0) {
      const { res } = await get(base, '/nl/wegwijzer/');
      check('404 (not 403) for a directory without a page: /nl/wegwijzer/', res.status === 404, `got ${res.status}`);
    }
  }

  section = 'Redirects';
  {
    const { res } = await get(base, '/nl');
    check(
      '/nl redirects (301) to /nl/',
      res.status === 301 && res.headers.get('location') === '/nl/',
      `${res.status} Location ${res.headers.get('location')}`,
    );
    checkHeaders('redirect', res, headers.all);
  }

  section = 'Edges of the URL space';
  {
    const { res } = await get(base, '/nl/index.html');
    check(
      '/nl/index.html redirects (301) to /nl/',
      res.status === 301 && res.headers.get('location') === '/nl/',
      `${res.status} Location ${res.headers.get('location')}`,
    );
    // fetch would refuse a malformed escape in the URL it is given, so this one goes out as written.
    const malformed = await fetch(`${base}/nl/%zz`, { redirect: 'manual' });
    const body = await malformed.text();
    check(
      "a malformed escape (/nl/%zz) gives 404 with the not-found page, not nginx's bare 400",
      malformed.status === 404 && body === notFoundNl,
      `${malformed.status} ${body.slice(0, 80)}`,
    );
    checkHeaders('  malformed escape', malformed, headers.all);
    const post = await get(base, '/nl/', { method: 'POST', body: '' });
    check(
      'POST gives 405 with Allow: GET, HEAD',
      post.res.status === 405 && post.res.headers.get('allow') === 'GET, HEAD',
      `${post.res.status} Allow ${post.res.headers.get('allow')}`,
    );
    checkHeaders('  405', post.res, headers.all);
    const page = await get(base, '/nl/');
    check(
      'no Allow header on an ordinary answer',
      page.res.headers.get('allow') === null,
      `Allow ${page.res.headers.get('allow')}`,
    );
  }

  section = 'Hostile requests (tests/servers/hostile-requests.mjs)';
  {
    const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')) : [];
    const asset = assets.find((f) => f.endsWith('.js') && statSync(join(dist, 'assets', f)).size >= 200);
    if (!asset) check('dist/assets/ has a .js file of 200 bytes or more', false, 'run npm run build');
    else {
      const problems = await hostileRequestProblems({
        port: Number(new URL(base).port),
        server: 'nginx',
        asset: `/assets/${asset}`,
        assetBody: readFileSync(join(dist, 'assets', asset), 'utf8'),
        notFoundBodies: [notFoundNl, notFoundEn],
      });
      check(
        `${HOSTILE_REQUESTS.length} requests, each answered as the list expects`,
        problems.length === 0,
        problems.join('\n      '),
      );
    }
    const hidden = readdirSync(dist).filter((name) => name.startsWith('.') && name !== '.well-known');
    check('dist/ holds no hidden file or folder but .well-known/', hidden.length === 0, hidden.join(', '));
  }

  section = 'Public-service files';
  if (existsSync(join(dist, '.well-known/security.txt'))) {
    const { res, body } = await get(base, '/.well-known/security.txt');
    check(
      '/.well-known/security.txt is 200 text/plain',
      res.status === 200 && (res.headers.get('content-type') ?? '').startsWith('text/plain'),
      `${res.status} ${res.headers.get('content-type')}`,
    );
    check('  with a Contact field', /^Contact:/m.test(body));
  } else check('dist/.well-known/security.txt exists (written by scripts/launch-files.mjs in the build)', false);
  return results;
}

async function main() {
  ensureTools();
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('nginx checks: no build in dist/. Run `npm run build` first.');
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  let nginx;
  let failed = false;
  try {
    nginx = await startNginx({ root: dist, headers });
    console.log(`nginx ${nginx.base} serving ${dist} (generated server block)`);
    for (const r of await runChecks(nginx.base))
      console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}${!r.ok && r.detail ? `\n      ${r.detail}` : ''}`);
  } catch (error) {
    console.error(`✗ ${error.stack ?? error}`);
    failed = true;
  } finally {
    await nginx?.stop();
  }
  const bad = results.filter((r) => !r.ok).length;
  console.log(`\n${results.length - bad}/${results.length} nginx checks passed`);
  process.exit(failed || bad > 0 || results.length === 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
