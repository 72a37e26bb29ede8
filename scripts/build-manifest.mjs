// Where the build leaves Vite's manifest (which chunk imports which): beside the web root, never in it. It
// names source paths and no page needs it, so it must not be served (nginx and npm start hide dot-paths, but a
// plain static host would not). vite.config.ts moves it there after the client build; scripts/budgets.mjs
// reads it.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The manifest of the build in `dist`: `<dist>-meta/vite-manifest.json` (dist/ → dist-meta/). */
export function buildManifestPath(dist) {
  return join(`${resolve(dist)}-meta`, 'vite-manifest.json');
}

/** Moves Vite's `<dist>/.vite/manifest.json` to buildManifestPath(dist) and removes the emptied `.vite/`. */
export function moveBuildManifest(dist) {
  const from = join(resolve(dist), '.vite', 'manifest.json');
  if (!existsSync(from)) throw new Error(`${from} is missing: vite.config.ts must set build.manifest`);
  const to = buildManifestPath(dist);
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
  rmSync(dirname(from), { recursive: true });
}
