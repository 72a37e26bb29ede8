// One list of hostile requests, each with the answer both servers must give: the Node server behind
// `npm start` (scripts/serve.mjs) and nginx with the generated deploy/nginx.conf. tests/unit/server-fuzz.test.ts
// sends every one to both servers on a small web root of its own; tests/nginx/checks.mjs sends them to nginx
// serving the real dist/. Issue 26 found each of these answered wrongly by one server or the other.
//
// Every answer, whatever the request, must also have: every header of `all` in deploy/headers.json exactly
// once, no header name twice, one Cache-Control, the year-long (immutable) one only on a whole file under
// /assets/, an Allow header on every 405, and no 5xx.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const headers = JSON.parse(
  readFileSync(join(fileURLToPath(new URL('.', import.meta.url)), '../../deploy/headers.json'), 'utf8'),
);
const IMMUTABLE = headers.hashedAssets['Cache-Control'];
const REVALIDATE = headers.html['Cache-Control'];

/** Stands for one hashed file under /assets/ of the root being served (at least 200 bytes long). */
export const ASSET = '{asset}';

const oneByteRanges = Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',');
const notAllowed = (method) => ({
  name: `${method} is not served`,
  method,
  target: '/nl/',
  expect: { status: 405, allow: 'GET, HEAD' },
});

/**
 * `expect`: status; `body` ('notFound': a not-found page of the site, 'asset': the whole asset);
 * `location`; `allow`; `cache` (the Cache-Control). `nginx` replaces `expect` where nginx answers from its
 * own parser, before any of its configuration applies (and maps that 400 to the not-found page).
 * @type {{ name: string, method?: string, target: string, host?: boolean, headers?: string[],
 *          expect: { status: number, body?: 'notFound' | 'asset', location?: string, allow?: string,
 *                    cache?: string }, nginx?: object }[]}
 */
export const HOSTILE_REQUESTS = [
  // Hidden files: only /.well-known/ is public.
  ...['/.vite/manifest.json', '/.git/config', '/.env', '/nl/.hidden', '/assets/.hidden', '/.well-known/.hidden'].map(
    (target) => ({
      name: `hidden file ${target}`,
      target,
      expect: { status: 404, body: 'notFound', cache: REVALIDATE },
    }),
  ),
  { name: 'the public /.well-known/', target: '/.well-known/security.txt', expect: { status: 200 } },
  // Redirects carry a Cache-Control too.
  {
    name: 'directory without its slash',
    target: '/nl',
    expect: { status: 301, location: '/nl/', cache: REVALIDATE },
  },
  {
    name: 'index.html under its own name',
    target: '/nl/index.html',
    expect: { status: 301, location: '/nl/', cache: REVALIDATE },
  },
  // A file is never a directory.
  { name: 'an asset with a trailing slash', target: `${ASSET}/`, expect: { status: 404, body: 'notFound' } },
  { name: 'index.html with a trailing slash', target: '/nl/index.html/', expect: { status: 404, body: 'notFound' } },
  { name: 'a missing asset', target: '/assets/bestaat-niet.js', expect: { status: 404, body: 'notFound' } },
  // Ranges are ignored: no 416 (once with every header twice and a year's cache), no multipart blow-up.
  {
    name: 'an unsatisfiable Range on an asset',
    target: ASSET,
    headers: ['Range: bytes=99999999-'],
    expect: { status: 200, body: 'asset', cache: IMMUTABLE },
  },
  {
    name: '200 one-byte ranges on an asset',
    target: ASSET,
    headers: [`Range: bytes=${oneByteRanges}`],
    expect: { status: 200, body: 'asset', cache: IMMUTABLE },
  },
  {
    name: 'a failed If-Match on an asset is an error, not cached for a year',
    target: ASSET,
    headers: ['If-Match: "no-such-etag"'],
    expect: { status: 412, cache: REVALIDATE },
  },
  { name: 'an unknown Expect is ignored', target: '/nl/', headers: ['Expect: x-wegwijzer'], expect: { status: 200 } },
  // Only GET and HEAD.
  { name: 'HEAD is served', method: 'HEAD', target: '/nl/', expect: { status: 200 } },
  ...['TRACE', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'FOO'].map(notAllowed),
  {
    name: 'CONNECT',
    method: 'CONNECT',
    target: '127.0.0.1:80',
    expect: { status: 405, allow: 'GET, HEAD' },
    nginx: { status: 404, body: 'notFound' },
  },
  // The servers' own answers to a request they cannot read.
  {
    name: 'HTTP/1.1 without Host',
    target: '/nl/',
    host: false,
    expect: { status: 400 },
    nginx: { status: 404, body: 'notFound' },
  },
  {
    name: 'a 20 KB header',
    target: '/nl/',
    headers: [`X-Padding: ${'a'.repeat(20_000)}`],
    expect: { status: 431 },
    nginx: { status: 400 },
  },
  { name: 'a malformed escape', target: '/nl/%zz', expect: { status: 404, body: 'notFound' } },
];

/** The request as bytes: request line, Host unless left out, the extra header lines, Connection: close. */
export function requestText(entry, asset) {
  const target = entry.target.replace(ASSET, asset);
  const lines = [`${entry.method ?? 'GET'} ${target} HTTP/1.1`];
  if (entry.host !== false) lines.push('Host: 127.0.0.1');
  lines.push(...(entry.headers ?? []), 'Connection: close');
  const body = ['POST', 'PUT', 'PATCH'].includes(entry.method) ? 'Content-Length: 0\r\n' : '';
  return `${lines.join('\r\n')}\r\n${body}\r\n`;
}

/**
 * Sends `text` as is over TCP and reads the whole answer (the server closes: Connection: close).
 * Resolves to `{ status, headers: Map<lower-case name, values[]>, body }`; rejects when there is no HTTP answer.
 */
export function sendRaw(port, text, timeoutMs = 5_000) {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    const what = JSON.stringify(text.slice(0, 80));
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no answer within ${timeoutMs} ms to ${what}`));
    }, timeoutMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => undefined); // a reset after the answer is fine; no answer is caught below
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf('\r\n\r\n');
      const head = (end < 0 ? raw : raw.subarray(0, end)).toString('latin1').split('\r\n');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '');
      if (!status) return fail(new Error(`no HTTP answer to ${what}: ${JSON.stringify(String(raw.subarray(0, 200)))}`));
      const map = new Map();
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        map.set(name, [...(map.get(name) ?? []), line.slice(colon + 1).trim()]);
      }
      done({ status: Number(status[1]), headers: map, body: end < 0 ? '' : raw.subarray(end + 4).toString('utf8') });
    });
    // write, not end: a half-closed socket makes Node drop the request unanswered (Connection: close ends it)
    socket.write(Buffer.from(text, 'utf8'));
  });
}

/**
 * What is wrong with an answer, whatever the request (empty when sound). `assetBodies`: the whole files under
 * /assets/ that may come with the year-long cache.
 */
export function generalProblems(res, assetBodies) {
  const out = [];
  const one = (name) => res.headers.get(name.toLowerCase()) ?? [];
  for (const [name, value] of Object.entries(headers.all)) {
    const got = one(name);
    if (got.length !== 1 || got[0] !== value) out.push(`${name}: ${JSON.stringify(got)}`);
  }
  for (const [name, values] of res.headers) if (values.length > 1) out.push(`${name} ${values.length} times`);
  if (one('Cache-Control').length !== 1) out.push(`Cache-Control: ${JSON.stringify(one('Cache-Control'))}`);
  const immutable = one('Cache-Control').includes(IMMUTABLE);
  if (immutable && !([200, 304].includes(res.status) && (res.status === 304 || assetBodies.includes(res.body))))
    out.push(`${IMMUTABLE} on a ${res.status} that is not a file under assets/`);
  if (res.status === 405 && one('Allow').length !== 1) out.push('405 without Allow');
  if (res.status >= 500) out.push(`status ${res.status}`);
  return out;
}

/**
 * Sends every request of the list to the server on `port` and returns the problems, one line each.
 * @param {{ port: number, server: 'node' | 'nginx', asset: string, assetBody: string, notFoundBodies: string[] }} o
 */
export async function hostileRequestProblems({ port, server, asset, assetBody, notFoundBodies }) {
  const out = [];
  for (const entry of HOSTILE_REQUESTS) {
    const want = (server === 'nginx' && entry.nginx) || entry.expect;
    const res = await sendRaw(port, requestText(entry, asset)).catch((error) => error);
    if (res instanceof Error) {
      out.push(`${entry.name}: ${res.message}`);
      continue;
    }
    const wrong = generalProblems(res, [assetBody]);
    const got = (name) => res.headers.get(name) ?? [];
    if (res.status !== want.status) wrong.push(`status ${res.status}, expected ${want.status}`);
    if (want.body === 'asset' && res.body !== assetBody) wrong.push(`not the whole asset (${res.body.length} bytes)`);
    if (want.body === 'notFound' && !notFoundBodies.includes(res.body)) wrong.push('not the not-found page');
    if (want.location !== undefined && got('location')[0] !== want.location)
      wrong.push(`Location ${JSON.stringify(got('location'))}, expected ${want.location}`);
    if (want.allow !== undefined && got('allow')[0] !== want.allow)
      wrong.push(`Allow ${JSON.stringify(got('allow'))}, expected ${want.allow}`);
    if (want.cache !== undefined && got('cache-control')[0] !== want.cache)
      wrong.push(`Cache-Control ${JSON.stringify(got('cache-control'))}, expected ${want.cache}`);
    out.push(...wrong.map((w) => `${entry.name} → ${res.status}: ${w}`));
  }
  return out;
}
