// A small load generator for the server tests: `connections` keep-alive connections opened at once on the
// loopback address, each sending `perConnection` GET requests one after another. Bounded by count, not by
// time, so a slow machine makes the run longer, never the result different.
import { Agent, request } from 'node:http';

/**
 * @param {{ port: number, paths: string[], connections: number, perConnection: number, timeoutMs?: number }} o
 * @returns {Promise<{ answered: number, errors: string[], sockets: number, peak: number, ms: number }>}
 *   `errors`: every failed request (no answer, a reset, a status other than 200), one line each;
 *   `sockets`: how many connections were used; `peak`: the most requests in flight at once.
 */
export async function load({ port, paths, connections, perConnection, timeoutMs = 15_000 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const sockets = new Set();
  const errors = [];
  let answered = 0;
  let inFlight = 0;
  let peak = 0;
  const once = (path) =>
    new Promise((done) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      let settled = false;
      const finish = (error) => {
        if (settled) return;
        settled = true;
        inFlight--;
        if (error) errors.push(`${path}: ${error}`);
        else answered++;
        done();
      };
      const req = request({ host: '127.0.0.1', port, path, agent, timeout: timeoutMs }, (res) => {
        res.resume();
        res.on('end', () => finish(res.statusCode === 200 ? undefined : `status ${res.statusCode}`));
        res.on('error', (e) => finish(e.code ?? e.message));
      });
      req.on('socket', (s) => sockets.add(s));
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (e) => finish(e.code ?? e.message));
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      for (let i = 0; i < perConnection; i++) await once(paths[(c + i) % paths.length]);
    }),
  );
  const ms = Math.round(performance.now() - started);
  agent.destroy();
  return { answered, errors, sockets: sockets.size, peak, ms };
}
