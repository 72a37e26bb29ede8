// The browser (imported by boot.ts at the person's first intent, see there): load the page's language and
// what the page needs of the lazily loaded parts (the engine for any page after the first question; the
// result page and the catalogue for results and sources, see lazy-pages.ts) first, so the first render equals
// the server's HTML, then hydrate. Other pages' code follows when the person points at a link to them, or
// after the first step (issue 28).
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import flow from 'virtual:wegwijzer/flow';
import type { Language } from './flow';
import { BASE_NAMESPACES, createI18n, loadLanguage } from '../i18n/i18n';
import { App } from './App';
import { loadFlowTextPart, textParts } from './flow-texts';
import { firstPageOf } from './first-page';
import { loadAll, preparePage } from './lazy-pages';
import type { FlowRuntime } from './page-model';
import { parseRoute } from './routes';
import { whenIdle, yieldToMain } from './main-thread';

/** Takes over the page prerendered for `initialPath` (boot.ts read it before anything could change it). */
export async function start(initialPath: string) {
  const lang = parseRoute(initialPath).lang;
  const container = document.getElementById('root')!;
  // The prerendered page says where its answers lead: taking it over needs no engine (first-page.ts).
  const runtime: FlowRuntime = { flow, firstPage: firstPageOf(container, initialPath, flow) };
  // The page's parts and its language are fetched together; each is evaluated, and then used, in short
  // tasks of its own (main-thread.ts). Setting up i18next is one of those tasks too.
  const preparing = preparePage(runtime, initialPath);
  preparing.catch(() => undefined); // awaited below; this only keeps a failure from being reported twice
  await yieldToMain();
  const i18n = createI18n(lang);
  const texts = textParts(i18n, runtime);
  // The questions' texts and the interface's common namespaces come with the language; a result page's
  // others once the page says it is one.
  const ensureLanguage = (l: Language) =>
    loadLanguage(i18n, l, (x) => loadFlowTextPart(x, 'questions'), BASE_NAMESPACES);
  const prepareFor = async (pathname: string) => {
    await Promise.all([preparePage(runtime, pathname), ensureLanguage(parseRoute(pathname).lang)]);
    await texts.ensure(pathname);
  };
  await yieldToMain();
  await Promise.all([ensureLanguage(lang), preparing.then(() => texts.ensure(initialPath))]);
  await yieldToMain();
  // A step: what the next page needs (a request in the step's path when the person did not point at the link
  // first); once the first step is done, the rest, when the browser is idle (issue 28).
  const prepareStep = async (pathname: string) => {
    await prepareFor(pathname);
    afterFirstStep(runtime, () => texts.all(parseRoute(pathname).lang));
  };
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App runtime={runtime} initialPath={initialPath} ensureLanguage={ensureLanguage} preparePage={prepareStep} />
      </I18nextProvider>
    </StrictMode>
  );
  // Prerendered pages hydrate; the dev server (`npm run dev`) serves the bare template, so render there.
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking the main
  // thread in one long task: the prerendered page stays responsive while React takes it over.
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
  // What a link pointed at needs: its code, and its texts fetched (not added, which would change this page).
  prepareWhenPointedAt(container.ownerDocument, async (pathname) => {
    await preparePage(runtime, pathname);
    await texts.fetch(pathname);
  });
  // The service worker's messages (a saved copy, a new version) use these texts (boot.ts).
  return { i18n };
}

let loadingAll = false;
/** After the first step, every other part and text, so that later steps need no network request. */
function afterFirstStep(runtime: FlowRuntime, allTexts: () => Promise<unknown>) {
  if (loadingAll) return;
  loadingAll = true;
  // A failure (offline without a service worker) is fine: a step to a result then loads that page instead.
  whenIdle(() => void Promise.all([loadAll(runtime), allTexts()]).catch(() => undefined), 3000);
}

/**
 * What a link of the site leads to, loaded when the person points at it or moves focus to it: the step that
 * may follow then finds its code in place (the engine for an answer, the result page for an answer that ends
 * at a result, the directory's code for its link).
 */
function prepareWhenPointedAt(doc: Document, prepare: (pathname: string) => Promise<void>) {
  const onPoint = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    if (link.pathname === window.location.pathname) return;
    prepare(link.pathname).catch(() => undefined); // the step itself tries again, or loads the page
  };
  for (const type of ['pointerover', 'focusin']) doc.addEventListener(type, onPoint, { capture: true, passive: true });
}
