// `npm start`: serves the production build in dist/ on localhost with the production headers from
// deploy/headers.json (the same source nginx uses). Also used by the browser tests, the budgets and
// long-tasks: `startServer({ root, port: 0 })` returns the server and its URL.
//
// The file serving itself is the `send` library (validators, conditional GET) with `compression`
// (Accept-Encoding negotiation, q=0 included) — see docs/decisions/0004-node-server-on-send.md. What is
// left here is this project's own: which URL maps to which file (decided once, on the decoded and
// normalised path, contained in the root), the headers, the not-found page in the URL's language and the
// directory redirects, whose Location is always a same-origin path.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import send from 'send';
import { readLanguages } from './languages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const headers = JSON.parse(readFileSync(join(here, '../deploy/headers.json'), 'utf8'));
const { languages, defaultLanguage } = readLanguages();

// Control characters and the backslash never name a file of the site; refusing them keeps them out of
// every header and file lookup (a newline in a Location header is what used to stop the process).
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\]/;
// What a Location we send may look like: one leading slash (two would be another host), then printable
// ASCII only — the path is built from encodeURIComponent'd segments, this is the last guard.
const SAFE_LOCATION = /^\/(?![/\\])[\u0021-\u007e]*$/;

/** The language of a URL for its not-found page: the first segment when it is one of the site's. */
function languageOf(rawPath) {
  const first = rawPath.split('/')[1] ?? '';
  return languages.includes(first) ? first : defaultLanguage;
}

/** Whether `file` is `dir` itself or inside it (a prefix test without separator would let /www-old pass as /www). */
function isInside(dir, file) {
  const rel = relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * What answers a request target: `{ file, urlPath, asset }`, `{ redirect }`, `{ notFound }` or `{ bad }`.
 * Every decision is taken on the decoded, normalised path; the raw target is only split at "?".
 * @param {string} root absolute web root
 * @param {string} target req.url as received
 */
export async function resolveTarget(root, target) {
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q);
  // Only origin-form ("/…"): "*" and absolute-form ("http://other/…") are not for a static site.
  if (!rawPath.startsWith('/')) return { bad: true };
  const lang = languageOf(rawPath);
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { notFound: lang }; // a malformed % escape names no file: the site's not-found page, as nginx
  }
  if (UNSAFE_CHARS.test(decoded)) return { notFound: lang };
  const normal = posix.normalize(decoded); // absolute, so ".." cannot climb above "/"
  const segments = normal.split('/').filter(Boolean);
  // Hidden files stay hidden, except the public /.well-known/ (security.txt).
  if (segments.some((s, i) => s.startsWith('.') && !(i === 0 && s === '.well-known'))) return { notFound: lang };
  const file = resolve(root, ...segments);
  if (!isInside(root, file)) return { notFound: lang };
  const encoded = `/${segments.map(encodeURIComponent).join('/')}`;
  // The query is kept on a redirect only when it is plain printable ASCII; it cannot change the host.
  const keptQuery = /^\?[\u0021-\u007e]*$/.test(query) ? query : '';
  const redirect = (path) =>
    SAFE_LOCATION.test(path + keptQuery) ? { redirect: path + keptQuery } : { notFound: lang };

  let found;
  try {
    found = await stat(file);
  } catch {
    return { notFound: lang };
  }
  if (found.isDirectory()) {
    // A directory without its slash: redirect to the slash form (relative links on the page need it).
    if (!normal.endsWith('/')) return redirect(encoded === '/' ? '/' : `${encoded}/`);
    const index = join(file, 'index.html');
    const page = await stat(index).catch(() => undefined);
    if (!page?.isFile()) return { notFound: lang };
    return { file: index, urlPath: `${encoded === '/' ? '' : encoded}/index.html`, asset: false };
  }
  if (!found.isFile()) return { notFound: lang };
  // A file is never a directory: /assets/app.js/ and /nl/index.html/ name nothing (nginx: 404 too).
  if (normal.endsWith('/')) return { notFound: lang };
  // /…/index.html is the page /…/ under a second name; the app only knows the directory URL, so go there.
  if (segments.at(-1) === 'index.html' && !normal.endsWith('/'))
    return redirect(encoded.slice(0, -'index.html'.length));
  // Immutable caching only for a real file inside assets/: the name of a hashed file changes with its content.
  return { file, urlPath: encoded, asset: isInside(join(root, 'assets'), file) && file !== join(root, 'assets') };
}

function setAll(res, group) {
  for (const [name, value] of Object.entries({ ...headers.all, ...group })) res.setHeader(name, value);
}

/** A short plain-text answer with every security header. */
function plain(res, status, text, extra = {}) {
  res.statusCode = status;
  setAll(res, headers.html);
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** Status 404 with the not-found page in `lang` (else the default one). Read whole: it is a few KB. */
async function notFound(root, req, res, lang) {
  for (const file of [join(root, lang, '404.html'), join(root, '404.html')]) {
    const body = await readFile(file).catch(() => undefined);
    if (!body) continue;
    res.statusCode = 404;
    setAll(res, headers.html);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  plain(res, 404, 'Not found');
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  // Node would answer this itself, without our headers (requireHostHeader is off for that reason).
  if (req.httpVersion === '1.1' && req.headers.host === undefined) return plain(res, 400, 'Bad request');
  const found = await resolveTarget(root, req.url ?? '/');
  if (found.bad) return plain(res, 400, 'Bad request');
  if (found.notFound) return notFound(root, req, res, found.notFound);
  if (found.redirect) {
    setAll(res, headers.html);
    res.setHeader('Location', found.redirect);
    res.statusCode = 301;
    return res.end();
  }
  setAll(res, found.asset ? headers.hashedAssets : headers.html);
  // `send` decodes urlPath again and joins it to root itself (with its own ".." refusal): a second
  // containment check, on the same normalised path. Range is ignored (the whole file, 200), as nginx does
  // with max_ranges 0: the site's files are small, and no 416 or multipart answer can go wrong.
  send(req, found.urlPath, {
    root,
    index: false,
    dotfiles: 'allow',
    cacheControl: false,
    acceptRanges: false,
    etag: true,
    lastModified: true,
  })
    .on('error', (err) => {
      if (res.headersSent) return res.destroy();
      if (err.status === 404)
        return void notFound(root, req, res, languageOf(req.url ?? '/')).catch(() => res.destroy());
      // 412 from the library's precondition handling.
      plain(res, err.status ?? 500, String(err.status ?? 500), err.headers ?? {});
    })
    .pipe(res);
}

const REASONS = {
  400: 'Bad request',
  405: 'Method not allowed',
  408: 'Request timeout',
  431: 'Request header fields too large',
};

/** A complete answer written on the socket itself, for requests that never reach the handler. */
function rawAnswer(socket, status, extra = {}) {
  const text = REASONS[status];
  const lines = Object.entries({
    ...headers.all,
    ...headers.html,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    Connection: 'close',
  });
  socket.end(`HTTP/1.1 ${status} ${text}\r\n${lines.map(([n, v]) => `${n}: ${v}`).join('\r\n')}\r\n\r\n${text}`);
}

/** Answers for requests Node's parser rejects (bad request line, unknown method, headers too large, too slow). */
function clientError(err, socket) {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  if (err.code === 'HPE_INVALID_METHOD') return rawAnswer(socket, 405, { Allow: 'GET, HEAD' });
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  rawAnswer(socket, status);
}

/**
 * @param {{ root?: string, port?: number, host?: string, timeouts?: import('node:http').ServerOptions }} [options]
 *   `timeouts`: shorter headersTimeout/requestTimeout/connectionsCheckingInterval, for the test of the 408.
 */
export function startServer({
  root = resolve(here, '../dist'),
  port = Number(process.env.PORT ?? 8080),
  host = '127.0.0.1',
  timeouts = {},
} = {}) {
  const webRoot = resolve(root);
  const compress = compression();
  const onRequest = (req, res) => {
    // Whatever goes wrong in one request ends that request, never the process.
    const fail = (error) => {
      console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${error?.stack ?? error}`);
      if (res.headersSent) return void res.destroy();
      try {
        plain(res, 500, 'Internal server error');
      } catch {
        res.destroy();
      }
    };
    const run = () => {
      try {
        handle(webRoot, req, res)?.catch?.(fail);
      } catch (error) {
        fail(error);
      }
    };
    compress(req, res, run);
  };
  const server = createServer({ requireHostHeader: false, ...timeouts }, onRequest);
  server.on('clientError', clientError);
  // An Expect other than 100-continue: ignored, as nginx does (Node's own 417 would lack our headers).
  server.on('checkExpectation', onRequest);
  // CONNECT never reaches the request handler: without this, Node drops the connection unanswered.
  server.on('connect', (_req, socket) => rawAnswer(socket, 405, { Allow: 'GET, HEAD' }));
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
