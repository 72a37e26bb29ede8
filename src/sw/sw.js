// Wegwijzer's service worker (issue 8): after the first visit the site works with no network.
// This is a template: scripts/build-sw.mjs (run by `npm run build`, after the prerender) fills in the
// version and the precache list and writes dist/sw.js, served without caching (not under /assets/).
//
// - Install: precache the app (every file in /assets/: code, styles, both languages' texts, the flow and
//   catalogue), the home pages, the app shell, the manifest and icons, as one versioned cache.
// - Pages: a precached page from the cache; any other page from the network, and offline the app shell
//   (the page template with nothing prerendered), in which the app renders the page from the URL.
// - Everything else of this origin: from the cache, else the network.
// - A new version installs next to the old one and waits: the page says "Er is een nieuwe versie" and
//   the reader's button sends SKIP_WAITING (src/sw/register.ts). Activation deletes the old caches.
const VERSION = '__VERSION__';
/** @type {string[]} */
const PRECACHE = __PRECACHE__;
const SHELL = '/app-shell.html';
const CACHE = `wegwijzer-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('wegwijzer-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request, url) : fromCache(request));
});

async function page(request, url) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url.pathname);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (offline) {
    const shell = await cache.match(SHELL);
    if (shell) return shell;
    throw offline;
  }
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
