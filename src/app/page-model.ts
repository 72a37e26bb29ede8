// URL → what to show. The machine decides (restore replays the URL's answers); this module only turns its
// answer into a page model with every link already built, so components render and decide nothing.
import { fallbackFor, type Fallback } from '../flow/fallback';
import { wizardUrl, type Catalogue, type Language, type WizardFlow } from './flow';
import type { Engine, WizardPage } from './engine';
import type { Restored } from '../flow/restore';
import { directoryPath, parseRoute, type Route, type StaticPage } from './routes';

import type { PageData } from './page-data';

type Contact = Catalogue['contacts'][string];
type Resource = Catalogue['resources'][string];

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

export interface ResultModel {
  id: string;
  title: string;
  summary?: string;
  why: string;
  urgent: boolean;
  /**
   * The advised contact: the channel its card leads with, and the line to name beside it, with why (the one
   * rule of src/flow/fallback.ts). `bothButtons`: an urgent page whose advised line can be closed shows the
   * fallback's call button right after the primary's, and the page's script marks the one open now.
   */
  primary?: { contact: Contact; lead: LeadAction; fallback?: Fallback<Contact>; bothButtons: boolean };
  /** A second line with its own call button, for some of the people on this page ("(loco-)burgemeester"). */
  alsoCall?: { contact: Contact; for: string };
  /** The other contacts, without any the page already shows (each contact appears once on a result page). */
  others: Contact[];
  /** Local-chain contacts (the municipality's contact point, the Zorg- en Veiligheidshuis): no national channel. */
  localSteps: Contact[];
  /** Each with the contact whose website has it, where no source gives its own link (`availableFrom`). */
  resources: (Resource & { from?: Contact })[];
  answers: GivenAnswer[];
  backHref: string;
  startHref: string;
  directoryHref: string;
}

/** One of a contact's ways in, as a card leads with it. */
export type Channel = 'phone' | 'email' | 'website';

/** What the advised contact's first button does: call, mail, report on its website, or open its website. */
export type LeadAction = 'call' | 'mail' | 'report' | 'visit';

/**
 * The primary card's first button: the result's `lead` channel, else call, else mail, else the website — where
 * a person who came to report is told to report there ("Meld via discriminatie.nl").
 */
export function leadAction(contact: Contact, needs: 'talk' | 'report' | 'knowledge', lead?: Channel): LeadAction {
  const has = (c: Channel) => Boolean(c === 'website' ? contact.website : contact[c]);
  const channel: Channel = lead && has(lead) ? lead : contact.phone ? 'phone' : contact.email ? 'email' : 'website';
  if (channel === 'phone') return 'call';
  if (channel === 'email') return 'mail';
  return needs === 'report' ? 'report' : 'visit';
}

/** The other contacts a result lists, without the advised one, the line named beside it and the second call. */
function othersShown(others: Contact[], shown: (Contact | undefined)[]): Contact[] {
  const ids = new Set(shown.flatMap((c) => (c ? [c.id] : [])));
  return others.filter((c) => !ids.has(c.id));
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

function sameAnswers(a: readonly string[], b: readonly string[]): boolean {
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
  const r = results[page.node]!;
  const contact = (id: string | undefined) => (id === undefined ? undefined : contacts[id]);
  const primary = contact(r.primary);
  const fallback = primary && fallbackFor(primary, contacts, { urgentPrimary: r.urgent });
  const alsoCall = r.alsoCall && contact(r.alsoCall.contact);
  const others = r.others
    .slice(0, 2)
    .map(contact)
    .filter((c): c is Contact => c !== undefined);
  return {
    kind: 'result',
    lang,
    route,
    result: {
      id: r.id,
      title: r.title,
      summary: r.summary,
      why: r.why,
      urgent: r.urgent,
      primary: primary && {
        contact: primary,
        lead: leadAction(primary, r.needs, r.lead),
        fallback,
        bothButtons: r.urgent && fallback?.kind === 'outsideHours' && Boolean(primary.phone && fallback.contact.phone),
      },
      alsoCall: alsoCall && r.alsoCall && { contact: alsoCall, for: r.alsoCall.for },
      others: othersShown(others, [primary, fallback?.contact, alsoCall]),
      localSteps: r.localSteps.map(contact).filter((c): c is Contact => c !== undefined),
      resources: r.resources
        .map((id) => resources[id])
        .filter((x): x is Resource => x !== undefined)
        .map((x) => (x.availableFrom ? { ...x, from: contact(x.availableFrom) } : x)),
      answers,
      backHref: backHref!,
      startHref: wizardUrl(lang, []),
      directoryHref: directoryPath(lang, r.theme),
    },
  };
}
