// What leaves the server, counted at the server (issue 28): the bytes of every response body as they are
// written to the socket, after `compression` (so gzip bytes where the browser asked for gzip), with when the
// request came in and who asked. Unlike a page's own requests, this sees the service worker's fetches too
// (its precache, and its own script).
//
// Who asked is kept for the printout, from the request's Sec-Fetch-Dest header, which the browser sets and a page
// cannot change:
// "script" is a script the page loads (a <script>, an import, also when the worker passes the page's request
// on), "serviceworker" the worker's own script, "empty" a fetch() or cache.add() (the worker's precache).
import { startServer } from './serve.mjs';

/**
 * Starts the production server (scripts/serve.mjs) with a counter on every response.
 * @returns {Promise<{ server: import('node:http').Server, url: string, served: ServedLog }>}
 */
export async function startCountingServer(options) {
  const started = await startServer(options);
  return { ...started, served: countServed(started.server) };
}

/**
 * @typedef {{ at: number, path: string, dest: string, status: number, bytes: number }} Served
 * @typedef {{ since(t: number): Served[] }} ServedLog
 */

/** Counts every response of `server` from now on; `since(t)` lists those whose request came at or after t. */
export function countServed(server) {
  /** @type {Served[]} */
  const log = [];
  // Prepended, so it wraps write/end before the server's handler runs and `compression` wraps them in turn:
  // compression then writes its compressed chunks through these.
  server.prependListener('request', (req, res) => {
    const record = {
      at: Date.now(),
      path: (req.url ?? '').split('?')[0],
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
      status: 0,
      bytes: 0,
    };
    log.push(record);
    const size = (chunk, encoding) =>
      chunk == null || typeof chunk === 'function'
        ? 0
        : typeof chunk === 'string'
          ? Buffer.byteLength(chunk, typeof encoding === 'string' ? encoding : 'utf8')
          : chunk.length;
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, ...rest) {
      record.bytes += size(chunk, encoding);
      return write.call(this, chunk, encoding, ...rest);
    };
    res.end = function (chunk, encoding, ...rest) {
      record.bytes += size(chunk, encoding);
      record.status = res.statusCode;
      return end.call(this, chunk, encoding, ...rest);
    };
  });
  return { since: (t) => log.filter((r) => r.at >= t) };
}

/** The JavaScript responses among `served` and their bytes. */
export function javaScriptBy(served) {
  const files = served.filter((r) => r.path.endsWith('.js') && r.status === 200);
  return { total: files.reduce((n, r) => n + r.bytes, 0), files };
}
