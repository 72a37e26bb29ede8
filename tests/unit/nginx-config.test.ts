// deploy/nginx.conf is generated from deploy/headers.json by scripts/nginx-config.mjs; it must never drift.
// (tests/nginx/checks.mjs runs the same block in a real nginx; this test only needs Node.)
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const generate = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/nginx-config.mjs', '--stdout', ...args], { encoding: 'utf8' });

const headers = JSON.parse(readFileSync('deploy/headers.json', 'utf8')) as Record<
  'all' | 'html' | 'hashedAssets',
  Record<string, string>
>;
const committed = readFileSync('deploy/nginx.conf', 'utf8');

/** The body of each `location … { … }` block (none of them nests braces except the server's `if`). */
function locations(conf: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of conf.matchAll(/^ {4}location ([^{]+)\{\n([\s\S]*?)^ {4}\}/gm)) out.set(m[1]!.trim(), m[2]!);
  return out;
}

const line = (name: string, value: string) =>
  `add_header ${name} "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" always;`;

describe('deploy/nginx.conf', () => {
  it('is what scripts/nginx-config.mjs generates from deploy/headers.json (run `npm run nginx-config`)', () => {
    expect(committed).toBe(generate());
  });

  it('says it is generated and how to change root and port', () => {
    expect(committed).toContain('generated — edit deploy/headers.json and run npm run nginx-config');
    expect(committed).toContain('--root');
    expect(committed).toContain('--port');
    expect(committed).toMatch(/^ {4}listen 8080;$/m);
    expect(committed).toMatch(/^ {4}root \/usr\/share\/nginx\/wegwijzer;$/m);
  });

  it('repeats every header of `all` in every location that has add_header (nginx does not inherit them)', () => {
    const blocks = locations(committed);
    expect(blocks.size).toBeGreaterThanOrEqual(4);
    for (const [where, body] of blocks) {
      if (!body.includes('add_header')) continue;
      for (const [name, value] of Object.entries(headers.all))
        expect(body, `location ${where}: ${name}`).toContain(line(name, value));
    }
    // And at server level, for the redirects and refusals made before any location is chosen: revalidated.
    const serverLevel = committed.split(/^ {4}location /m)[0]!;
    for (const [name, value] of Object.entries({ ...headers.all, ...headers.html }))
      expect(serverLevel).toContain(line(name, value));
  });

  it('caches /assets/ for a year and revalidates pages', () => {
    const blocks = locations(committed);
    const assets = blocks.get('^~ /assets/')!;
    // The year only on a file itself (200, 304), chosen by status: never on an error answered there.
    expect(assets).toContain('add_header Cache-Control $wegwijzer_asset_cache_control always;');
    const immutable = `"${headers.hashedAssets['Cache-Control']}"`;
    expect(committed).toContain(
      `map $status $wegwijzer_asset_cache_control {\n    200 ${immutable};\n    304 ${immutable};\n` +
        `    default "${headers.html['Cache-Control']}";\n}`,
    );
    for (const where of ['/', '/nl/', '/en/', '@notfound_en']) {
      expect(blocks.get(where), where).toContain(line('Cache-Control', headers.html['Cache-Control']!));
    }
    expect(blocks.get('/')).toContain('try_files $uri $uri/index.html =404;');
  });

  it('serves a real 404 with the not-found page, in the language of the URL', () => {
    expect(committed).toContain('error_page 404 /404.html;');
    const blocks = locations(committed);
    expect(blocks.get('/en/')).toContain('error_page 404 @notfound_en;');
    expect(blocks.get('@notfound_en')).toContain('try_files /en/404.html /404.html =404;');
  });

  it('answers other methods with 405 and Allow, /…/index.html with a redirect, a malformed request with the not-found page', () => {
    const serverLevel = committed.split(/^ {4}location /m)[0]!;
    expect(serverLevel).toMatch(/if \(\$request_method !~ \^\(GET\|HEAD\)\$\) \{\n {8}return 405;/);
    // A map, defined for every request: nginx refuses TRACE before any `set` in the server block runs.
    expect(committed).toContain(
      'map $request_method $wegwijzer_allow {\n    GET "";\n    HEAD "";\n    default "GET, HEAD";\n}',
    );
    expect(serverLevel).toContain('add_header Allow $wegwijzer_allow always;');
    expect(serverLevel).not.toContain('set $wegwijzer_allow');
    // Only for a file that exists: the captured path is then one of the build's own names.
    expect(serverLevel).toMatch(
      /if \(-f \$request_filename\) \{\n {8}rewrite \^\(\.\*\/\)index\\\.html\$ \$1 permanent;/,
    );
    expect(serverLevel).toContain('error_page 400 403 =404 /404.html;');
  });

  it('hides dot-paths but /.well-known/ and serves no byte ranges', () => {
    const serverLevel = committed.split(/^ {4}location /m)[0]!;
    expect(serverLevel).toContain('if ($uri ~ "^/\\.(?!well-known(/|$))|./\\.") {\n        return 404;');
    expect(serverLevel).toMatch(/^ {4}max_ranges 0;$/m);
  });

  it('compresses text, hides the version and keeps redirects relative', () => {
    expect(committed).toMatch(/^ {4}gzip on;$/m);
    expect(committed).toMatch(/^ {4}gzip_types .*text\/css.*application\/javascript/m);
    expect(committed).toMatch(/^ {4}server_tokens off;$/m);
    expect(committed).toMatch(/^ {4}absolute_redirect off;$/m);
  });

  it('takes --root and --port', () => {
    const other = generate('--root', '/srv/wegwijzer', '--port', '8081');
    expect(other).toMatch(/^ {4}root \/srv\/wegwijzer;$/m);
    expect(other).toMatch(/^ {4}listen 8081;$/m);
  });
});
