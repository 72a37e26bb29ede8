// `npm start`: serves the production build in dist/ on localhost with the production headers from
// deploy/headers.json (the same source nginx uses). Plain Node, no dependencies, so it runs anywhere.
// Also used by the browser tests: `startServer({ port: 0 })` returns the server and its URL.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const headers = JSON.parse(readFileSync(join(here, '../deploy/headers.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/** Which file answers a URL path, or undefined for a 404. Directories answer with their index.html. */
function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return undefined; // no escaping the root
  if (!existsSync(file)) return undefined;
  const stat = statSync(file);
  if (stat.isFile()) return { file };
  if (stat.isDirectory()) {
    if (!path.endsWith('/')) return { redirect: path + '/' };
    const index = join(file, 'index.html');
    if (existsSync(index)) return { file: index };
  }
  return undefined;
}

export function startServer({ root = resolve(here, '../dist'), port = Number(process.env.PORT ?? 8080), host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const found = resolveFile(root, url);
    const send = (status, file) => {
      const ext = extname(file);
      const h = { ...headers.all, ...(url.startsWith('/assets/') && status === 200 ? headers.hashedAssets : headers.html) };
      h['Content-Type'] = TYPES[ext] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (gzip) h['Content-Encoding'] = 'gzip';
      h['Vary'] = 'Accept-Encoding';
      res.writeHead(status, h);
      if (req.method === 'HEAD') return res.end();
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers.all, Allow: 'GET, HEAD' });
      return res.end();
    }
    if (found?.redirect) {
      res.writeHead(301, { ...headers.all, Location: found.redirect });
      return res.end();
    }
    if (found?.file) return send(200, found.file);
    // A real 404, with the not-found page in the language the URL asks for.
    const lang = url.split('/')[1];
    const notFound = [lang && join(root, lang, '404.html'), join(root, '404.html')].find((f) => f && existsSync(f));
    if (notFound) return send(404, notFound);
    res.writeHead(404, { ...headers.all, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const address = server.address();
      done({ server, url: `http://${host}:${address.port}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(resolve(here, '../dist/index.html'))) {
    console.error('No build found in dist/. Run `npm run build` first (npm start does this for you).');
    process.exit(1);
  }
  const { url } = await startServer();
  console.log(`Wegwijzer is running at ${url}/nl/ (production build, production headers). Stop with Ctrl+C.`);
}
