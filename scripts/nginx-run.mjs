// Starts the generated nginx server block (scripts/nginx-config.mjs, the same text as deploy/nginx.conf) in a
// real nginx on a free loopback port, serving a given web root, for tests/nginx/checks.mjs and the server
// fuzz test (tests/unit/server-fuzz.test.ts). Installs nginx through ensure-tools when it is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTools } from './ensure-tools.mjs';
import { generateNginxConf } from './nginx-config.mjs';

export const NGINX = '/usr/sbin/nginx';

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function mimeTypes() {
  for (const file of ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types']) if (existsSync(file)) return file;
  throw new Error('no mime.types found next to nginx (looked in /etc/nginx and /usr/local/nginx/conf)');
}

function wrapperConf(dir, root, port, headers) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const temp = (name) => `${name}_temp_path ${join(dir, name)};`;
  return [
    '# Test wrapper made by scripts/nginx-run.mjs',
    // As root the workers would switch to "nobody", who may not read the checkout: keep them as root.
    ...(isRoot ? ['user root;'] : []),
    'daemon off;',
    'master_process on;',
    // Sized for the load test (tests/unit/server-fuzz.test.ts: 200 connections at once, each needing a
    // connection slot in one worker) with room to spare; nginx's own default is 512 per worker.
    'worker_processes 2;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    `    include ${mimeTypes()};`,
    '    default_type application/octet-stream;',
    '    access_log off;',
    `    ${temp('client_body')}`,
    `    ${temp('proxy')}`,
    `    ${temp('fastcgi')}`,
    `    ${temp('uwsgi')}`,
    `    ${temp('scgi')}`,
    generateNginxConf({ root, listen: `127.0.0.1:${port}`, headers })
      .split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n'),
    '}',
    '',
  ].join('\n');
}

async function waitForPort(base, nginx) {
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) return false;
    try {
      await fetch(base + '/', { redirect: 'manual' });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return false;
}

/**
 * nginx serving `root` with the generated block. Resolves to `{ base, port, stop, errorLog }`; `stop()` ends
 * nginx and removes its temporary directory; `errorLog()` is what nginx logged so far (warn and worse). Throws
 * with nginx's own message when the config is refused or it does not start.
 * @param {{ root: string, headers?: ReturnType<typeof import('./nginx-config.mjs').readHeaders> }} options
 */
export async function startNginx({ root, headers }) {
  ensureTools();
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-nginx-'));
  for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(dir, name));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, wrapperConf(dir, root, port, headers));
  const base = `http://127.0.0.1:${port}`;
  const args = ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')];
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');

  const test = spawnSync(NGINX, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0)
    throw new Error(`nginx -t rejects the configuration:\n${test.stderr}${test.stdout}\n(config: ${conf})`);

  const nginx = spawn(NGINX, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const kill = () => {
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGTERM');
  };
  // nginx must not outlive the process that started it, whatever way that process ends.
  process.on('exit', kill);
  const stop = async () => {
    kill();
    await new Promise((r) => (nginx.exitCode !== null || nginx.signalCode !== null ? r() : nginx.once('exit', r)));
    process.off('exit', kill);
    rmSync(dir, { recursive: true, force: true });
  };
  if (!(await waitForPort(base, nginx))) {
    const log = errorLog();
    await stop();
    throw new Error(`nginx did not start on ${base}\n${log}`);
  }
  return { base, port, stop, errorLog, running: () => nginx.exitCode === null && nginx.signalCode === null };
}
