// Wegwijzer's service worker (issues 8, 13 and 26). A template: scripts/build-sw.mjs (run by `npm run build`,
// after the prerender) fills in the version, the precache list and the list of every page, and writes
// dist/sw.js, served without caching (not under /assets/). Hand-written rather than Workbox: see
// docs/decisions/0005-service-worker-network-first.md.
//
// What a reader gets:
// - Pages (navigations) and every other file outside /assets/: network first, so a new release is what the
//   next page load shows. When the network fails, or answers slower than 3 s: the copy saved from an earlier
//   visit, marked as saved (a <meta name="wegwijzer-saved"> with its date and why: "slow" or "offline", which
//   src/sw/register.ts shows); a page never visited but known to the site: the app shell, in which the app
//   renders the URL; offline, an unknown URL: the not-found page with status 404.
// - /assets/ (hashed names, so a name never changes its content): cache first.
// - A new version installs and takes over at once (skipWaiting + clients.claim): no waiting for every tab to
//   close. A tab still running the previous version keeps working: the previous version's assets stay in
//   the cache until the version after it replaces them (the deployed server no longer has them). That tab
//   learns it is out of date (HAS_ASSET below) and loads its next page from the network (register.ts).
// - Pages the app stepped to without a page load: the page asks (SAVE_PAGE, once it is idle) and the worker
//   fetches them in the background, so a saved copy is of the version the person saw.
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
/** Files fetched at once while a version installs: in parallel, but not all at once on a slow line. */
const PARALLEL = 4;
/** The header on a saved page that says which version saved it (a page saved by this one is not fetched again). */
const SAVED_BY = 'X-Wegwijzer-Version';
/** A page saved in the background that has not arrived by then is given up (the next visit tries again). */
const SAVE_TIMEOUT_MS = 30_000;

const isAsset = (path) => path.startsWith('/assets/');
const knownPages = new Set(PAGES);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const assets = await caches.open(ASSETS);
      const files = await caches.open(FILES);
      await inParallel(PRECACHE, PARALLEL, async (url) => {
        if (isAsset(url)) {
          if (!(await assets.match(url))) await assets.add(url);
        } else {
          // Fresh from the server, not from the HTTP cache: this is the release being installed.
          await files.put(url, stamped(await fetchOk(new Request(url, { cache: 'reload' }))));
        }
      });
      const versions = await caches.open(VERSIONS);
      await versions.put(
        `/version/${VERSION}`,
        new Response(JSON.stringify({ installed: Date.now(), assets: PRECACHE.filter(isAsset) })),
      );
      await self.skipWaiting();
    })(),
  );
});

/** Runs `task` for every item, at most `limit` at a time; fails (after the running ones end) if any fails. */
async function inParallel(items, limit, task) {
  const queue = [...items];
  const worker = async () => {
    while (queue.length > 0) await task(queue.shift());
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, queue.length) }, worker));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

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
  for (const request of await assets.keys())
    if (!used.has(new URL(request.url).pathname)) await assets.delete(request);
}

self.addEventListener('message', (event) => {
  const data = event.data;
  // A page asks whether this version has its script: if not, the page runs an older version (register.ts);
  // if so, it is current and says nothing, also when it loaded just before this worker took over.
  if (data?.type === 'HAS_ASSET' && event.ports[0]) event.ports[0].postMessage(PRECACHE.includes(data.path));
  // The app stepped to a page without loading it: save this version's copy in the background. Not held with
  // waitUntil: a new version activates only once this one has no pending events, and a save must never hold
  // it up (a worker stopped mid-save saves the page on the next visit).
  if (data?.type === 'SAVE_PAGE' && typeof data.path === 'string') void savePage(data.path);
});

/** One page saved at a time, each at most once per version: steps back and forth cost nothing. */
let saving = Promise.resolve();
function savePage(path) {
  // Only the site's own pages: the message comes from a page, and a page's script is not to be trusted blindly.
  if (!knownPages.has(path)) return saving;
  const save = async () => {
    const files = await caches.open(FILES);
    const copy = await files.match(path);
    if (copy?.headers.get(SAVED_BY) === VERSION) return;
    // Low priority, and never longer than SAVE_TIMEOUT_MS: a save waits for nothing else and holds up no other.
    const init = { credentials: 'same-origin', priority: 'low', signal: AbortSignal.timeout(SAVE_TIMEOUT_MS) };
    const response = await fetch(new Request(path, init));
    if (response.ok && response.type === 'basic') await files.put(path, stamped(response));
  };
  // Offline or cut off: the copy there (if any) stays, the next visit tries again, and later saves still run.
  saving = saving.then(save).catch(() => undefined);
  return saving;
}

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

/** A copy of a response to keep, saying which version kept it. */
function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_BY, VERSION);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function cacheFirst(request) {
  const assets = await caches.open(ASSETS);
  const cached = await assets.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await assets.put(request, response.clone());
  return response;
}

/**
 * The network's answer; after NETWORK_TIMEOUT_MS the saved copy (or for a known page never saved, the app
 * shell), since a site that answers slowly is not down; on a network failure the same, or the not-found page.
 */
async function networkFirst(request, url, navigation) {
  const files = await caches.open(FILES);
  const key = url.pathname;
  const network = fetch(request).then(async (response) => {
    // Pages visited are kept for offline use (the privacy page says so); a 404 or error is not a page.
    if (response.ok && response.type === 'basic') await files.put(key, stamped(response.clone()));
    return response;
  });
  const saved = async (reason) => {
    const copy = await files.match(key);
    if (copy) return navigation ? markSaved(copy, reason) : copy;
    return navigation ? shellFor(files, key, reason) : undefined;
  };
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout');
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout') return first;
    network.catch(() => undefined); // answered from the cache: a later failure is no one's concern
    return (await saved('slow')) ?? (await network); // nothing saved: a slow answer is better than none
  } catch {
    const copy = await saved('offline');
    if (copy) return copy;
    if (!navigation) return Response.error();
    return notFoundPage(files, key);
  } finally {
    clearTimeout(timer);
  }
}

/** A page the site has but that was never saved: the app renders it in the saved app shell. */
async function shellFor(files, path, reason) {
  const page = path.endsWith('/') ? path : `${path}/`;
  if (!knownPages.has(page)) return undefined;
  const shell = await files.match(SHELL);
  return shell && markSaved(shell, reason);
}

/** Offline and not a page of the site: the not-found page in the URL's language, status 404. */
async function notFoundPage(files, path) {
  const lang = path.split('/')[1];
  const notFound = (await files.match(NOT_FOUND[lang] ?? NOT_FOUND.default)) ?? (await files.match(NOT_FOUND.default));
  if (!notFound) return Response.error();
  return new Response(await notFound.text(), { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * The saved page with its date and why it is shown ("slow" or "offline") in a meta element, so the page can
 * say it is a saved copy (register.ts).
 */
async function markSaved(response, reason) {
  const date = (response.headers.get('date') ?? '').replace(/[^\w ,:+-]/g, '');
  const html = await response.text();
  const meta = `<meta name="wegwijzer-saved" content="${date}" data-reason="${reason}">`;
  const headers = { 'Content-Type': 'text/html; charset=utf-8' };
  return new Response(html.replace(/<head>/i, `<head>${meta}`), { status: 200, headers });
}
