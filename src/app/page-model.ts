// URL → what to show. The machine decides (restore replays the URL's answers); this module only turns its
// answer into a page model with every link already built, so components render and decide nothing.
import { wizardUrl, type Catalogue, type Language, type WizardFlow } from './flow';
import type { Engine, WizardPage } from './engine';
import type { Restored } from '../flow/restore';
import { parseRoute, type Route, type StaticPage } from './routes';
import type { PageData } from './page-data';
import type { resultModel, ResultModel } from '../pages/Result/result-model';
export type { LeadAction, ResultModel } from '../pages/Result/result-model';

/** One given answer: the question's and option's text keys, and the link that re-opens the question. */
export interface GivenAnswer {
  question: string;
  answer: string;
  changeHref: string;
}

export interface QuestionModel {
  id: string;
  /** 1-based: honest progress, no total (the number of questions depends on the answers). */
  step: number;
  text: string;
  hint?: string;
  why?: string;
  options: { id: string; label: string; hint?: string; href: string }[];
  answers: GivenAnswer[];
  backHref?: string;
}

export type PageModel =
  | { kind: 'home'; lang: Language; route: Route; question: QuestionModel }
  | { kind: 'question'; lang: Language; route: Route; question: QuestionModel }
  | { kind: 'result'; lang: Language; route: Route; result: ResultModel }
  | { kind: 'notFound'; lang: Language; route: Route; status: 404 }
  | { kind: StaticPage; lang: Language; route: Route };

/**
 * What pages are made from. The browser loads `engine` and `catalogue` lazily (src/app/lazy-pages.ts) and
 * shows a page only once what it needs is here (see needsEngine, needsCatalogue); the server and the tests
 * have everything from the start.
 */
export interface FlowRuntime {
  flow: WizardFlow;
  /** The routing engine (the XState machine): every wizard page but the home page needs it. */
  engine?: Engine;
  /** What results say, contacts, resources and taxonomy: result pages, the directory and the sources show them. */
  catalogue?: Catalogue;
  /** What a result page shows, from the result and the catalogue: in the result page's code, loaded with it. */
  resultModel?: typeof resultModel;
  /**
   * The prerendered page the browser takes over, where the server's machine put its answers: that page is
   * shown without loading the engine (issue 28); every other page asks the engine. A result page also names
   * its own data (`dataUrl`, page-data.ts): once loaded (`data`), that page is shown without the catalogue.
   */
  firstPage?: { options: readonly string[]; restored: Restored; dataUrl?: string; data?: PageData };
}

/**
 * Whether the page at this path replays answers through the engine: any wizard page but the first question
 * and the prerendered page the browser takes over (firstPage).
 */
export function needsEngine(pathname: string, { flow, firstPage }: FlowRuntime): boolean {
  const route = parseRoute(pathname);
  if (route.page !== 'wizard' || (firstPage && sameAnswers(firstPage.options, route.options))) return false;
  return !(route.options.length === 0 && flow.start in flow.questions);
}

/**
 * Whether the page at this path shows catalogue data (a result, the sources, the directory). Needs the engine
 * when needsEngine.
 */
export function needsCatalogue(pathname: string, runtime: FlowRuntime): boolean {
  const route = parseRoute(pathname);
  // The directory shows the catalogue; the route map comes with it (lazy-pages.ts loads the pages together).
  if (route.page === 'sources' || route.page === 'directory' || route.page === 'routemap') return true;
  if (route.page !== 'wizard') return false;
  const restored = restoreRoute(route.options, runtime);
  return restored.ok && restored.kind === 'result';
}

/**
 * The catalogue that the page with these answers can be shown from: the whole catalogue once loaded, else the
 * first page's own data for that page (its data is the same in every language; its texts are not, see
 * flow-texts.ts). Undefined when neither is here.
 */
export function catalogueFor(options: readonly string[], { catalogue, firstPage }: FlowRuntime): Catalogue | undefined {
  if (catalogue) return catalogue;
  return firstPage?.data && sameAnswers(firstPage.options, options) ? firstPage.data.catalogue : undefined;
}

/** Whether the first page's own data holds the texts of the page at `pathname` (same answers, same language). */
export function firstPageTextsCover(pathname: string, { firstPage }: FlowRuntime): boolean {
  const route = parseRoute(pathname);
  return (
    route.page === 'wizard' && firstPage?.data?.lang === route.lang && sameAnswers(firstPage.options, route.options)
  );
}

/** The machine decides; with no answers the page is the start question, which the machine starts in. */
function restoreRoute(options: readonly string[], { flow, engine, firstPage }: FlowRuntime): Restored {
  if (options.length === 0 && flow.start in flow.questions)
    return { ok: true, kind: 'question', node: flow.start, trail: [] };
  if (!engine && firstPage && sameAnswers(firstPage.options, options)) return firstPage.restored;
  if (!engine) throw new Error('The routing engine is not loaded: load it before showing this page (see needsEngine).');
  return engine.restore(options);
}

/** Whether two lists of answers are the same (the first page's and a path's, say). */
export function sameAnswers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The wizard's actor for this path (the engine's page), for App.tsx to read; undefined for pages the
 * engine does not make (the home page, which renders before the engine loads, and every other page).
 */
export function wizardPage(pathname: string, runtime: FlowRuntime): WizardPage | undefined {
  const route = parseRoute(pathname);
  if (route.page !== 'wizard' || !runtime.engine || !needsEngine(pathname, runtime)) return undefined;
  return runtime.engine.page(route.options);
}

function loaded(catalogue: Catalogue | undefined): Catalogue {
  if (!catalogue)
    throw new Error('The catalogue is not loaded: load it before showing this page (see needsCatalogue).');
  return catalogue;
}

/** The page for a path. `restored`: where the wizard's actor rests, when the caller holds it (App.tsx). */
export function pageFor(pathname: string, runtime: FlowRuntime, restored?: Restored): PageModel {
  const { flow } = runtime;
  const route = parseRoute(pathname);
  const { lang } = route;
  // The not-found page does not depend on the URL (its route is reset), so /404.html hydrates on any
  // unknown address without a mismatch, and its language switch goes to the other language's home.
  const notFound = { kind: 'notFound', lang, route: { page: 'notFound', lang }, status: 404 } as const;
  if (route.page === 'notFound') return notFound;
  if (route.page !== 'wizard') return { kind: route.page, lang, route };

  const page = restored ?? restoreRoute(route.options, runtime);
  if (!page.ok) return notFound;
  const options = page.trail.map((s) => s.option);
  const answers: GivenAnswer[] = page.trail.map((s, i) => {
    const q = flow.questions[s.question]!;
    return {
      question: q.text,
      answer: q.options.find((o) => o.id === s.option)!.label,
      // Change: that question with only the answers before it; later answers are dropped.
      changeHref: wizardUrl(lang, options.slice(0, i)),
    };
  });
  const backHref = options.length > 0 ? wizardUrl(lang, options.slice(0, -1)) : undefined;

  if (page.kind === 'question') {
    const q = flow.questions[page.node]!;
    const question: QuestionModel = {
      id: q.id,
      step: options.length + 1,
      text: q.text,
      hint: q.hint,
      why: q.why,
      options: q.options.map((o) => ({
        id: o.id,
        label: o.label,
        hint: o.hint,
        href: wizardUrl(lang, [...options, o.id]),
      })),
      answers,
      backHref,
    };
    return { kind: options.length === 0 ? 'home' : 'question', lang, route, question };
  }

  const { results, contacts, resources } = loaded(catalogueFor(route.options, runtime));
  if (!runtime.resultModel) throw new Error('The result page is not loaded: call preparePage before showing a result.');
  const links = { lang, answers, backHref: backHref!, startHref: wizardUrl(lang, []) };
  return {
    kind: 'result',
    lang,
    route,
    result: runtime.resultModel(results[page.node]!, { contacts, resources }, links),
  };
}
