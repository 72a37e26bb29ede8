import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// @ts-expect-error plain ESM script without types
import { launchSettings } from './scripts/launch-settings.mjs';
// @ts-expect-error plain ESM script without types
import { moveBuildManifest } from './scripts/build-manifest.mjs';
import { flowPlugin } from './src/build/flow-plugin.ts';
import { pruneCustomProperties } from './src/styles/prune-custom-properties.ts';

// WEGWIJZER_FLOW_DIR builds another flow directory (a test fixture, a draft) without touching flows/.
const flowDir = process.env.WEGWIJZER_FLOW_DIR;

// WEGWIJZER_REPORT_EMAIL: where readers report errors (src/app/config.ts). The launch settings check it, so a
// typo fails the build instead of shipping a mailto: link that goes nowhere; unset, the site offers no address.
const settings = launchSettings();

/** Ships only the design tokens the CSS uses (see src/styles/prune-custom-properties.ts). */
function pruneTokens(): Plugin {
  return {
    name: 'wegwijzer-prune-tokens',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter(
        (f): f is Extract<typeof f, { type: 'asset' }> => f.type === 'asset' && f.fileName.endsWith('.css'),
      );
      const pruned = pruneCustomProperties(sheets.map((f) => String(f.source)));
      sheets.forEach((f, i) => (f.source = pruned[i]!));
    },
  };
}

/** The build manifest out of the web root, once the client build is written (scripts/build-manifest.mjs). */
function manifestBesideWebRoot(): Plugin {
  let ssr = false;
  return {
    name: 'wegwijzer-manifest-beside-web-root',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    writeBundle(options) {
      if (!ssr && options.dir) moveBuildManifest(options.dir);
    },
  };
}

// Client build: dist/ (index.html is the template the prerenderer fills). The SSR build of
// src/app/entry-server.tsx uses this same config (see the "build" script).
export default defineConfig({
  plugins: [react(), flowPlugin(flowDir ? { dir: flowDir } : {}), pruneTokens(), manifestBesideWebRoot()],
  resolve: {
    // @xstate/react imports the shims of useSyncExternalStore, written for React before 18; React 19 has the
    // hook itself, and the package's own non-shim entries use it. 0.7 KB gzip less in the take-over's code.
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'use-sync-external-store' },
    ],
  },
  // Exposes WEGWIJZER_REPORT_EMAIL (and nothing else of the environment) as import.meta.env.
  envPrefix: 'WEGWIJZER_REPORT_',
  // The public origin (default included), for the canonical link and alternates the app writes after an
  // in-app step (src/app/head-tags.ts): the same value the prerenderer writes into every page's head.
  define: { 'import.meta.env.WEGWIJZER_PUBLIC_ORIGIN': JSON.stringify(settings.origin) },
  build: {
    // One stylesheet, linked from every page: the result page's code loads lazily (src/app/lazy-pages.ts),
    // but a prerendered result page must be styled before any script runs (no flash, no layout shift).
    cssCodeSplit: false,
    // Which chunk imports which: scripts/budgets.mjs reads it to find the home page's initial JavaScript. Vite
    // writes it to dist/.vite/; manifestBesideWebRoot moves it to dist-meta/, where no server serves it.
    manifest: true,
    // No <link rel=modulepreload> per dependency at every dynamic import: the helper added them on the main
    // thread (41 ms of one 51 ms task with the 4× slower CPU, when the other pages' code loads at idle), and
    // the browser fetches a chunk's imports when it reads them anyway. The helper itself stays: its
    // vite:preloadError is what src/sw/chunk-reload.ts listens for (modulePreload: false would drop it).
    // docs/decisions/0009-take-over-on-intent.md, "The first tap while the app takes over".
    modulePreload: { resolveDependencies: () => [] },
  },
});
