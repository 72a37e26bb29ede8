// Hostile request targets against both servers that ship with the project: the Node server behind
// `npm start` (scripts/serve.mjs) and real nginx running the generated deploy/nginx.conf block
// (scripts/nginx-run.mjs). fast-check builds paths from encoded slashes and backslashes, dot segments,
// control characters, non-ASCII, malformed % escapes, very long and very deep paths; each is sent raw over
// TCP, byte for byte, so no client library normalises it first. For every answer:
//   - the server answered, and still answers a normal request afterwards;
//   - every header of `all` in deploy/headers.json is there, exactly once, also on the server's own 4xx; no
//     header twice; one Cache-Control; Allow on a 405 (generalProblems in tests/servers/hostile-requests.mjs);
//   - a Location header, resolved against the server's origin, stays on that origin;
//   - no byte from outside the web root: the root has a sibling with a shared name prefix (www-old/), a
//     parent with a 404.html and a dist-ssr/ bundle, all holding a secret that must never appear;
//   - the hashed-asset cache header (immutable) only ever comes with the content of a file under assets/;
//   - no hidden file (a dot segment, other than /.well-known/) is ever served;
//   - never a 5xx.
// Both servers also get the list of hostile requests with their expected answers (tests/servers/
// hostile-requests.mjs), and a slow client gets a 408 with the headers from the Node server.
// The web root is a small site made here, so the test needs no build; nginx is installed when missing.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
// @ts-expect-error plain ESM script without types
import { startNginx } from '../../scripts/nginx-run.mjs';
// @ts-expect-error plain ESM module without types
import * as hostile from '../servers/hostile-requests.mjs';
// @ts-expect-error plain ESM module without types
import { load } from '../servers/load.mjs';

const headers = JSON.parse(readFileSync('deploy/headers.json', 'utf8')) as Record<
  'all' | 'html' | 'hashedAssets',
  Record<string, string>
>;
const IMMUTABLE = headers.hashedAssets['Cache-Control']!;
const SECRET = 'SECRET-OUTSIDE-THE-WEB-ROOT-7c1e';
const HIDDEN = 'HIDDEN-FILE-INSIDE-THE-WEB-ROOT-4b2a';

const SITE: Record<string, string> = {
  'index.html': '<h1>root page</h1>',
  '404.html': '<h1>niet gevonden</h1>',
  'en/404.html': '<h1>not found</h1>',
  'nl/index.html': '<h1>home nl</h1>',
  'en/index.html': '<h1>home en</h1>',
  'nl/wegwijzer/vandaag/index.html': '<h1>vraag</h1>',
  // Longer than 200 bytes: the hostile requests ask for 200 one-byte ranges of it.
  'assets/app-1a2b3c4d.js': 'console.log("asset js");\n'.repeat(12),
  'assets/style-5e6f7a8b.css': 'body{color:black}',
  'sw.js': 'self.addEventListener("fetch",()=>{})',
  '.well-known/security.txt': 'Contact: mailto:security@example.nl\n',
  // A directory named like a host: its slash redirect must still be a path, never //evil.com/.
  'evil.com/index.html': '<h1>a page called evil.com</h1>',
  // Hidden files inside the root, never to be served: the build manifest once was one.
  '.vite/manifest.json': HIDDEN,
  '.git/config': HIDDEN,
  '.env': HIDDEN,
  'nl/.hidden': HIDDEN,
  'assets/.hidden': HIDDEN,
  '.well-known/.hidden': HIDDEN,
};
// Beside the root, never to be served: a sibling sharing the root's name as prefix, and the parent.
const OUTSIDE: Record<string, string> = {
  'secret.txt': SECRET,
  '404.html': SECRET,
  'nl/404.html': SECRET,
  'dist-ssr/entry-server.js': SECRET,
  'www-old/secret.txt': SECRET,
  'www-old/index.html': SECRET,
};
const ASSET_BODIES = Object.entries(SITE)
  .filter(([path]) => path.startsWith('assets/'))
  .map(([, body]) => body);
const NOT_FOUND_BODIES = [SITE['404.html'], SITE['en/404.html']];

let dir: string;
let root: string;

function write(base: string, files: Record<string, string>) {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), body);
  }
}

interface RawResponse {
  status: number;
  headers: Map<string, string[]>;
  body: string;
}

/** Sends one request with `target` written into the request line as is, and reads the whole answer. */
function rawRequest(port: number, target: string, method = 'GET'): Promise<RawResponse> {
  return hostile.sendRaw(port, hostile.requestText({ method, target }, '')) as Promise<RawResponse>;
}

/** Every property a response must have, whatever was asked. Returns the problems, empty when sound. */
function problems(res: RawResponse, origin: string, target: string): string[] {
  const out: string[] = hostile.generalProblems(res, ASSET_BODIES);
  const one = (name: string) => res.headers.get(name.toLowerCase()) ?? [];
  for (const location of one('Location')) {
    let resolved: string;
    try {
      resolved = new URL(location, origin).origin;
    } catch {
      resolved = 'unparseable';
    }
    if (resolved !== origin) out.push(`Location ${JSON.stringify(location)} leaves ${origin} (to ${resolved})`);
  }
  if (res.body.includes(SECRET)) out.push('served a file from outside the web root');
  if (res.body.includes(HIDDEN)) out.push('served a hidden file');
  return out.map((p) => `${JSON.stringify(target)} → ${res.status}: ${p}`);
}

// --- the generator -----------------------------------------------------------------------------------

const PIECES = [
  'nl',
  'en',
  'assets',
  'wegwijzer',
  'vandaag',
  'index.html',
  'app-1a2b3c4d.js',
  'sw.js',
  '404.html',
  '.well-known',
  'security.txt',
  '.vite',
  'manifest.json',
  '.git',
  '.hidden',
  '.env',
  'evil.com',
  'www-old',
  'secret.txt',
  'dist-ssr',
  'entry-server.js',
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '%2e',
  '%2F',
  '%2f',
  '%5C',
  '%5c',
  '\\',
  '',
  '%00',
  '%0a',
  '%0d',
  '%0d%0a',
  '%09',
  '\t',
  '%7F',
  '%7f',
  '%',
  '%zz',
  '%e',
  '%2',
  '%c3%a9',
  'é',
  '日本',
  '%ff',
  '%c0%af',
  '%c0%ae%c0%ae',
  '?',
  '#',
  ';',
  '%3F',
  '%23',
  '..%2F',
  '..%5C',
  '%2e%2e%2f',
  '%252e%252e',
  '%25',
  '@',
  ':',
  '~',
  '"',
  "'",
  '<',
  '>',
  '\u0001',
  '\u007f',
  '\u00a0',
];
const CHARS = [
  ...'abc./\\%:@?#;~-_',
  '%2F',
  '%5C',
  '%2e',
  '%0a',
  '%00',
  '%',
  '\t',
  '\u0000',
  '\u0001',
  '\u007f',
  'é',
  '€',
  '\u2028',
  '\ud83d\ude00',
];

const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((c) => c.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const prefix = fc.constantFrom(
  '/',
  '/',
  '/',
  '//',
  '///',
  '/\\',
  '\\',
  '/%2F',
  '/%5C',
  '',
  '*',
  'http://evil.com/',
  '/./',
  '/../',
);
const query = fc.constantFrom('', '', '?x=1', '?//evil.com', '?%0a', '?\t', '/');
const ordinary = fc
  .tuple(prefix, fc.array(segment, { maxLength: 8 }), query)
  .map(([p, segments, q]) => p + segments.join('/') + q);
/** Climbing on purpose: from a directory, as many dot segments (in every spelling) as it is deep, or more,
 *  joined by every kind of slash, then a file: beside the root (the secrets), back inside it (sw.js reached
 *  from under /assets/, which must not get the assets' cache header) or none (/nl/%0a/.. is the directory
 *  /nl without its slash: a redirect, once built from the decoded path with a newline in it). */
const DOTS = ['..', '..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%c0%ae%c0%ae', '...'];
const climb = fc
  .tuple(
    fc.constantFrom(
      '',
      'assets',
      'assets/x',
      'nl',
      'nl/wegwijzer',
      'en',
      'nl/%0a',
      'nl/%0d%0a',
      'nl/%00',
      'nl/%7F',
      'nl/%E2%82%AC',
      'nl/\t',
    ),
    fc.constantFrom(0, 0, 1, 2),
    fc.array(fc.constantFrom(...DOTS), { minLength: 6, maxLength: 6 }),
    fc.constantFrom(
      '',
      '',
      'www-old/secret.txt',
      'www-old/',
      'dist-ssr/entry-server.js',
      'secret.txt',
      '404.html',
      'nl/404.html',
      'sw.js',
      'sw.js',
      'index.html',
      'nl/index.html',
      'evil.com',
    ),
    fc.array(fc.constantFrom('/', '/', '/', '%2F', '%2f', '%5C', '\\', '//'), { minLength: 10, maxLength: 10 }),
  )
  .map(([start, extra, dots, file, slashes]) => {
    const lead = start.split('/').filter(Boolean);
    const parts = [...lead, ...dots.slice(0, lead.length + extra || 1), ...(file ? file.split('/') : [])];
    return parts.reduce((path, part, i) => path + (i === 0 ? '/' : slashes[i]) + part, '');
  });
const deep = fc
  .tuple(fc.integer({ min: 50, max: 400 }), fc.constantFrom('..', 'a', '%2e%2e', 'nl', '.'))
  .map(([n, s]) => `/${Array(n).fill(s).join('/')}/secret.txt`);
const long = fc
  .tuple(fc.integer({ min: 2_000, max: 20_000 }), fc.constantFrom('a', '%2F', '.', '/'))
  .map(([n, s]) => `/nl/${s.repeat(Math.ceil(n / s.length))}`);
/** A request target: raw, except that space, CR and LF are escaped — raw, they would end the request line. */
const target = fc
  .oneof(
    { weight: 10, arbitrary: ordinary },
    { weight: 10, arbitrary: climb },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: long },
  )
  .map((t) => t.replace(/ /g, '%20').replace(/\r/g, '%0d').replace(/\n/g, '%0a'));

/** The probes from issue 13 and the edges it names. */
const PROBES = [
  '/%2F%2Fevil.com%2F..%2Fnl',
  '//evil.com/..%2Fnl',
  '/%5Cevil.com%2F..%2Fnl',
  '/\tevil.com/..%2Fnl',
  '/nl/%0a/..',
  '/nl/%00/..',
  '/nl/%0d%0a/..',
  '/nl/%7F/..',
  '/nl/%E2%82%AC/..',
  '/../dist-ssr/entry-server.js',
  '/../www-old/secret.txt',
  '/..%2Fwww-old%2Fsecret.txt',
  '/%2e%2e/secret.txt',
  '/../x',
  '/assets/%2e%2e/sw.js',
  '/assets/../sw.js',
  '//evil.com',
  '/%2Fevil.com',
  '/nl/index.html',
  '/nl/%zz',
];

// --- the servers ---------------------------------------------------------------------------------------

interface Running {
  kind: 'node' | 'nginx';
  port: number;
  origin: string;
  stop(): Promise<void>;
}

const servers: [string, () => Promise<Running>][] = [
  [
    'Node server (scripts/serve.mjs)',
    async () => {
      const { server, url } = (await startServer({ root, port: 0 })) as { server: Server; url: string };
      return {
        kind: 'node',
        port: Number(new URL(url).port),
        origin: url,
        stop: async () => {
          server.closeAllConnections();
          await new Promise((done) => server.close(done));
        },
      };
    },
  ],
  [
    'nginx (generated deploy/nginx.conf)',
    async () => {
      const nginx = (await startNginx({ root })) as { base: string; port: number; stop(): Promise<void> };
      return { kind: 'nginx', port: nginx.port, origin: nginx.base, stop: nginx.stop };
    },
  ],
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wegwijzer-fuzz-'));
  root = join(dir, 'www');
  write(root, SITE);
  write(dir, OUTSIDE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(servers)('%s on hostile paths', (_name, start) => {
  let server: Running;
  beforeAll(async () => {
    server = await start();
  }, 30_000);
  afterAll(() => server?.stop());

  const alive = async () => {
    const res = await rawRequest(server.port, '/nl/');
    expect(res.status, 'the server still answers /nl/').toBe(200);
    expect(res.body).toBe(SITE['nl/index.html']);
  };

  it('serves the site (the fixture is what the checks below assume)', async () => {
    await alive();
    const asset = await rawRequest(server.port, '/assets/app-1a2b3c4d.js');
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, [IMMUTABLE]]);
    expect(asset.body).toBe(SITE['assets/app-1a2b3c4d.js']);
    expect(problems(asset, server.origin, '/assets/app-1a2b3c4d.js')).toEqual([]);
    const redirect = await rawRequest(server.port, '/nl');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, ['/nl/']]);
  });

  it('answers every request of the hostile list as the list expects', async () => {
    const found = await hostile.hostileRequestProblems({
      port: server.port,
      server: server.kind,
      asset: '/assets/app-1a2b3c4d.js',
      assetBody: SITE['assets/app-1a2b3c4d.js'],
      notFoundBodies: NOT_FOUND_BODIES,
    });
    expect(found).toEqual([]);
    expect(hostile.HOSTILE_REQUESTS.length).toBeGreaterThan(25);
    await alive();
  });

  it('keeps every property for each probe from issue 13', async () => {
    const found: string[] = [];
    for (const probe of PROBES) found.push(...problems(await rawRequest(server.port, probe), server.origin, probe));
    expect(found).toEqual([]);
    await alive();
  });

  it('answers the open-redirect probes with a same-origin path at most', async () => {
    for (const probe of ['/%2F%2Fevil.com%2F..%2Fnl', '//evil.com/..%2Fnl']) {
      const res = await rawRequest(server.port, probe);
      expect([res.status, res.headers.get('location')], probe).toEqual([301, ['/nl/']]);
    }
    const host = await rawRequest(server.port, '//evil.com');
    expect([host.status, host.headers.get('location')], '//evil.com').toEqual([301, ['/evil.com/']]);
  });

  it('never serves the server bundle or the sibling root, and caches /assets/%2e%2e/sw.js as a page', async () => {
    for (const probe of [
      '/../dist-ssr/entry-server.js',
      '/../www-old/secret.txt',
      '/..%2Fwww-old%2Fsecret.txt',
      '/../x',
    ]) {
      const res = await rawRequest(server.port, probe);
      expect(res.status, probe).toBe(404);
      expect(NOT_FOUND_BODIES, probe).toContain(res.body);
    }
    const sw = await rawRequest(server.port, '/assets/%2e%2e/sw.js');
    expect(sw.headers.get('cache-control')).toEqual([headers.html['Cache-Control']]);
  });

  it('answers /nl/index.html with a redirect to /nl/, a malformed escape with the not-found page, other methods with 405 and Allow', async () => {
    const index = await rawRequest(server.port, '/nl/index.html');
    expect([index.status, index.headers.get('location')]).toEqual([301, ['/nl/']]);
    const deepIndex = await rawRequest(server.port, '/nl/wegwijzer/vandaag/index.html');
    expect([deepIndex.status, deepIndex.headers.get('location')]).toEqual([301, ['/nl/wegwijzer/vandaag/']]);
    for (const probe of ['/nl/%zz', '/%', '/nl/%e']) {
      const res = await rawRequest(server.port, probe);
      expect(res.status, probe).toBe(404);
      expect(res.body, probe).toBe(SITE['404.html']);
    }
    const post = await rawRequest(server.port, '/nl/', 'POST');
    expect([post.status, post.headers.get('allow')]).toEqual([405, ['GET, HEAD']]);
    expect(problems(post, server.origin, 'POST /nl/')).toEqual([]);
  });

  it('keeps every property for generated hostile paths, and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(target, async (t) => {
        const res = await rawRequest(server.port, t);
        expect(problems(res, server.origin, t)).toEqual([]);
      }),
      { numRuns: 2000, examples: PROBES.map((p) => [p]) },
    );
    await alive();
  }, 120_000);
});

// The issue-26 probe: 200 connections at once got 613 of 4,000 requests answered from the nginx test wrapper.
describe.each(servers)('%s under load', (_name, start) => {
  let server: Running;
  beforeAll(async () => {
    server = await start();
  }, 30_000);
  afterAll(() => server?.stop());

  it('answers every request of 200 connections opened at once (2,000 requests)', async () => {
    const run = (await load({
      port: server.port,
      paths: ['/nl/', '/assets/app-1a2b3c4d.js', '/en/', '/nl/wegwijzer/vandaag/'],
      connections: 200,
      perConnection: 10,
    })) as { answered: number; errors: string[]; sockets: number; peak: number; ms: number };
    console.log(`${_name}: 200 connections, ${run.answered} of 2000 answered in ${run.ms} ms`);
    expect(run.errors.slice(0, 10)).toEqual([]);
    expect([run.answered, run.sockets, run.peak]).toEqual([2000, 200, 200]);
  }, 60_000);
});

describe('Node server (scripts/serve.mjs) on a client that never finishes its headers', () => {
  it('answers 408 with every header once the headers timeout has passed', async () => {
    const timeouts = { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 100 };
    const { server, url } = (await startServer({ root, port: 0, timeouts })) as { server: Server; url: string };
    try {
      // No blank line: the request never ends.
      const res = (await hostile.sendRaw(
        Number(new URL(url).port),
        'GET /nl/ HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      )) as RawResponse;
      expect(res.status).toBe(408);
      expect(hostile.generalProblems(res, ASSET_BODIES)).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});
