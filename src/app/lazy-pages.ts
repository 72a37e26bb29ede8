// The parts of the app that only some pages need, loaded on demand so that taking over a page fetches only
// what that page needs (issue 28): the routing engine (xstate: every page after the first question), the
// result page (contact cards, opening hours and holidays, guides, actions), the directory, the route map and
// the catalogue (contacts, resources, taxonomy). Each must be in place BEFORE a page that uses it renders, so
// the first render equals the server's HTML and a step renders at once:
//   - the browser loads what a page needs before hydrating it and before a client-side step to it; what a
//     link leads to when the person points at it (entry-client.tsx); and everything once the first step is
//     done (loadAll), so that later steps need no network request;
//   - the server and the unit tests load them before they render anything (loadEveryPage).
// The footer's pages (about, privacy, accessibility, sources) load the same way.
// No React.lazy: a lazy component suspends on its first render even when its module is already loaded,
// which renderToString does not wait for and hydration would not match.
import { createElement, type ComponentProps } from 'react';
import type { Catalogue } from './flow';
import { needsCatalogue, needsEngine, sameAnswers, type FlowRuntime } from './page-model';
import { loadPageData } from './page-data';
import { yieldToMain } from './main-thread';
import { parseRoute } from './routes';
import type { ResultPage as ResultPageComponent } from '../pages/Result/ResultPage';
import type { Directory as DirectoryComponent } from '../pages/Directory/Directory';
import type { RouteMap as RouteMapComponent } from '../pages/RouteMap/RouteMap';

let resultPage: typeof ResultPageComponent | undefined;
let resultModel: FlowRuntime['resultModel'];
let directoryPage: typeof DirectoryComponent | undefined;
let routeMapPage: typeof RouteMapComponent | undefined;
type FooterPages = typeof import('./footer-pages');
let footerPages: FooterPages | undefined;

/** One load at a time; a failed load (offline) is forgotten, so the next attempt tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
}

/** The result page's code. */
const loadResultPage = once(async () => {
  ({ ResultPage: resultPage, resultModel } = await import('../pages/Result/ResultPage'));
});
/** The directory's code (it shows contact cards, as the result page does). */
const loadDirectory = once(async () => {
  directoryPage = (await import('../pages/Directory/Directory')).Directory;
});
/** The route map's code (it steps the machine through every answer: it brings the engine's compiler). */
const loadRouteMap = once(async () => {
  routeMapPage = (await import('../pages/RouteMap/RouteMap')).RouteMap;
});
/** The footer's pages (about, privacy, accessibility, sources). */
const loadFooterPages = once(async () => {
  footerPages = await import('./footer-pages');
});
/** Every page's code: for the server and the unit tests, which render any page (and set runtime.resultModel). */
export const loadEveryPage = () => Promise.all([loadResultPage(), loadDirectory(), loadRouteMap(), loadFooterPages()]);
const loadCatalogue = once(async (): Promise<Catalogue> => (await import('virtual:wegwijzer/catalogue')).default);
const loadEngineModule = once(() => import('./engine'));
/**
 * What the head of a page stepped to says (App.tsx; the first page's head is prerendered). It travels in the
 * result page's chunk, which loadAll fetches anyway: in a chunk of its own, the bundler moved modules it
 * shares with the first JavaScript out into another chunk of that first JavaScript (+0.3 KB gzip, measured).
 */
export const loadHeadTags = once(async () => (await import('../pages/Result/ResultPage')).headTags);

async function loadEngine(runtime: FlowRuntime): Promise<void> {
  const { createEngine } = await loadEngineModule();
  // Compiling the machine is a task of its own, not part of the one that evaluated xstate (main-thread.ts).
  await yieldToMain();
  runtime.engine ??= createEngine(runtime.flow);
}

/** The code of the page at `pathname` that is not in the first JavaScript (none for most pages). */
function loadPageCode(pathname: string, catalogue: boolean): Promise<unknown> | undefined {
  const { page } = parseRoute(pathname);
  if (page === 'directory') return loadDirectory();
  if (page === 'routemap') return loadRouteMap();
  if (page === 'about' || page === 'privacy' || page === 'accessibility' || page === 'sources')
    return loadFooterPages();
  // A wizard page that needs the catalogue is a result (needsCatalogue).
  if (page === 'wizard' && catalogue) return loadResultPage();
  return undefined;
}

/**
 * Whether the page at `pathname` can be shown from the first page's own data (page-data.ts): it is the first
 * page and its data is loaded now. Its data failing to load (offline, a page of an older release) is fine: the
 * page is then shown from the whole catalogue.
 */
async function withFirstPageData(runtime: FlowRuntime, pathname: string): Promise<boolean> {
  const first = runtime.firstPage;
  const route = parseRoute(pathname);
  if (route.page !== 'wizard' || !first?.dataUrl) return false;
  if (!sameAnswers(first.options, route.options)) return false;
  try {
    first.data ??= await loadPageData(first.dataUrl);
    return true;
  } catch {
    return false;
  }
}

/** Loads what the page at `pathname` needs into `runtime` (nothing for the home page). */
export async function preparePage(runtime: FlowRuntime, pathname: string): Promise<void> {
  if (!runtime.engine && needsEngine(pathname, runtime)) {
    await loadEngine(runtime);
    await yieldToMain(); // needsCatalogue replays the answers through the new machine: another task
  }
  const shows = needsCatalogue(pathname, runtime);
  // needsCatalogue replayed the answers; requesting the pages' code is the next task
  if (shows) await yieldToMain();
  const catalogue = async () => {
    if (!shows || runtime.catalogue || (await withFirstPageData(runtime, pathname))) return undefined;
    return loadCatalogue();
  };
  const [loaded] = await Promise.all([catalogue(), loadPageCode(pathname, shows)]);
  if (loaded) runtime.catalogue = loaded;
  runtime.resultModel ??= resultModel;
}

/** Loads every on-demand part into `runtime`: after the first step, so that later steps need no request. */
export async function loadAll(runtime: FlowRuntime): Promise<void> {
  const [, catalogue] = await Promise.all([loadEngine(runtime), loadCatalogue(), loadEveryPage()]);
  runtime.catalogue = catalogue;
  runtime.resultModel ??= resultModel;
}

/** The result page, once loaded (the App shows a result only after preparePage). */
export function ResultPage(props: ComponentProps<typeof ResultPageComponent>) {
  if (!resultPage) throw new Error('The result page is not loaded: call preparePage before showing a result.');
  return createElement(resultPage, props);
}

/** The directory, once loaded (preparePage loads it with the catalogue). */
export function Directory(props: ComponentProps<typeof DirectoryComponent>) {
  if (!directoryPage) throw new Error('The directory is not loaded: call preparePage before showing it.');
  return createElement(directoryPage, props);
}

/** The route map, once loaded (see needsCatalogue). */
export function RouteMap(props: ComponentProps<typeof RouteMapComponent>) {
  if (!routeMapPage) throw new Error('The route map is not loaded: call preparePage before showing it.');
  return createElement(routeMapPage, props);
}

function footerPage<K extends keyof FooterPages>(name: K): FooterPages[K] {
  if (!footerPages) throw new Error(`${name} is not loaded: call preparePage before showing it.`);
  return footerPages[name];
}
/** The footer's pages, once loaded (preparePage). */
export const About = () => createElement(footerPage('About'));
export const Privacy = () => createElement(footerPage('Privacy'));
export const Accessibility = () => createElement(footerPage('Accessibility'));
export const Sources = (props: ComponentProps<FooterPages['Sources']>) => createElement(footerPage('Sources'), props);
