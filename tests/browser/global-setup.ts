// Serves dist/ once for the whole run (production headers, random port) and tells the workers where.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

export default async function globalSetup() {
  const root = resolve(process.env.WEGWIJZER_DIST ?? 'dist');
  if (!existsSync(resolve(root, 'nl/index.html'))) {
    throw new Error('No build in dist/ — run `npm run build` first (npm test does this before the browser stage).');
  }
  const { server, url } = (await startServer({ root, port: 0 })) as { server: import('node:http').Server; url: string };
  process.env.WEGWIJZER_URL = url;
  return async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
}
