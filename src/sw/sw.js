// Wegwijzer's service worker (issues 8 and 13). A template: scripts/build-sw.mjs (run by `npm run build`,
// after the prerender) fills in the version, the precache list and the list of every page, and writes
// dist/sw.js, served without caching (not under /assets/). Hand-written rather than Workbox: see
// docs/decisions/0005-service-worker-network-first.md.
//
// What a reader gets:
// - Pages (navigations) and every other file outside /assets/: network first, so a new release is what the
//   next page load shows. When the network fails or takes longer than 3 s: the copy saved from an earlier
//   visit, marked as saved (a <meta name="wegwijzer-saved"> with its date, which src/sw/register.ts shows);
//   a page never visited but known to the site: the app shell, in which the app renders the URL; an unknown
//   URL: the not-found page with status 404.
// - /assets/ (hashed names, so a name never changes its content): cache first.
// - A new version installs and takes over at once (skipWaiting + clients.claim): no waiting for every tab to
//   close. A tab still running the previous version keeps working: the previous version's assets stay in
//   the cache until the version after it replaces them (the deployed server no longer has them).
const VERSION = '__VERSION__';
/** @type {string[]} */
const PRECACHE = __PRECACHE__;
/** Every page path the site has (prerendered or not), for telling a known page from an unknown one offline. */
/** @type {string[]} */
const PAGES = __PAGES__;
const SHELL = '/app-shell.html';
/** The not-found page per language (src/flow/languages.ts), `default` for the default language's and the rest. */
const NOT_FOUND = __NOT_FOUND__;
const ASSETS = 'wegwijzer-assets';
const FILES = 'wegwijzer-files';
const VERSIONS = 'wegwijzer-versions';
const NETWORK_TIMEOUT_MS = 3000;

const isAsset = (path) => path.startsWith('/assets/');
const knownPages = new Set(PAGES);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const assets = await caches.open(ASSETS);
      const files = await caches.open(FILES);
      for (const url of PRECACHE) {
        if (isAsset(url)) {
          if (!(await assets.match(url))) await assets.add(url);
        } else {
          // Fresh from the server, not from the HTTP cache: this is the release being installed.
          await files.put(url, await fetchOk(new Request(url, { cache: 'reload' })));
        }
      }
      const versions = await caches.open(VERSIONS);
      await versions.put(`/version/${VERSION}`, new Response(JSON.stringify({ installed: Date.now(), assets: PRECACHE.filter(isAsset) })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await migrateOldCaches();
      await pruneAssets();
      await self.clients.claim();
    })(),
  );
});

/** Caches of the first worker (one cache per version): keep their assets for the tabs that use them. */
async function migrateOldCaches() {
  const assets = await caches.open(ASSETS);
  for (const key of await caches.keys()) {
    if (!/^wegwijzer-[0-9a-f]{16}/.test(key)) continue;
    const old = await caches.open(key);
    for (const request of await old.keys()) {
      if (!isAsset(new URL(request.url).pathname)) continue;
      const response = await old.match(request);
      if (response && !(await assets.match(request))) await assets.put(request, response);
    }
    await caches.delete(key);
  }
}

/** Keeps the assets of this version and the one before it (a tab may still run it); drops the rest. */
async function pruneAssets() {
  const versions = await caches.open(VERSIONS);
  const records = [];
  for (const request of await versions.keys()) {
    const response = await versions.match(request);
    records.push({ request, ...(await response.json()) });
  }
  records.sort((a, b) => b.installed - a.installed);
  const keep = records.slice(0, 2);
  for (const old of records.slice(2)) await versions.delete(old.request);
  const used = new Set(keep.flatMap((r) => r.assets));
  const assets = await caches.open(ASSETS);
  for (const request of await assets.keys()) if (!used.has(new URL(request.url).pathname)) await assets.delete(request);
}

// A page asks whether this version has its script: if so, the page is current and says nothing about a
// new version (register.ts); a page loaded just before this worker took over would otherwise say so too.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'HAS_ASSET' && event.ports[0]) event.ports[0].postMessage(PRECACHE.includes(event.data.path));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  if (isAsset(url.pathname)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, url, request.mode === 'navigate'));
});

async function fetchOk(request) {
  const response = await fetch(request);
  if (!response.ok) throw new Error(`${request.url}: ${response.status}`);
  return response;
}

async function cacheFirst(request) {
  const assets = await caches.open(ASSETS);
  const cached = await assets.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await assets.put(request, response.clone());
  return response;
}

/** The network's answer, or after NETWORK_TIMEOUT_MS (or a network failure) the saved copy, if there is one. */
async function networkFirst(request, url, navigation) {
  const files = await caches.open(FILES);
  const key = url.pathname;
  const network = fetch(request).then(async (response) => {
    // Pages visited are kept for offline use (the privacy page says so); a 404 or error is not a page.
    if (response.ok && response.type === 'basic') await files.put(key, response.clone());
    return response;
  });
  const saved = async () => {
    const copy = await files.match(key);
    return copy && (navigation ? markSaved(copy) : copy);
  };
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout');
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout') return first;
    const copy = await saved();
    if (copy) return copy;
    return await network; // nothing saved: a slow answer is better than none
  } catch {
    const copy = await saved();
    if (copy) return copy;
    if (!navigation) return Response.error();
    return offlinePage(files, key);
  } finally {
    clearTimeout(timer);
  }
}

/** Offline and never visited: a page the site has is rendered by the app in the shell; anything else is not found. */
async function offlinePage(files, path) {
  const page = path.endsWith('/') ? path : `${path}/`;
  if (knownPages.has(page)) {
    const shell = await files.match(SHELL);
    if (shell) return markSaved(shell);
  }
  const lang = path.split('/')[1];
  const notFound = (await files.match(NOT_FOUND[lang] ?? NOT_FOUND.default)) ?? (await files.match(NOT_FOUND.default));
  if (!notFound) return Response.error();
  return new Response(await notFound.text(), { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** The saved page with its date in a meta element, so the page can say it is a saved copy (register.ts). */
async function markSaved(response) {
  const date = response.headers.get('date') ?? '';
  const html = await response.text();
  const meta = `<meta name="wegwijzer-saved" content="${date.replace(/[^\w ,:+-]/g, '')}">`;
  return new Response(html.replace(/<head>/i, `<head>${meta}`), { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
