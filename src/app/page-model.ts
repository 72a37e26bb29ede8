// URL → what to show. The machine decides (restore replays the URL's answers); this module only turns its
// answer into a page model with every link already built, so components render and decide nothing.
import { restore, wizardUrl, type KeyedFlow, type Language, type WizardMachine } from './flow';
import { directoryPath, parseRoute, type Route, type StaticPage } from './routes';

type Contact = KeyedFlow['contacts'][string];
type Resource = KeyedFlow['resources'][string];

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
  primary?: { contact: Contact; fallback?: Contact };
  others: Contact[];
  resources: Resource[];
  answers: GivenAnswer[];
  backHref: string;
  startHref: string;
  directoryHref: string;
}

export type PageModel =
  | { kind: 'home'; lang: Language; route: Route; question: QuestionModel }
  | { kind: 'question'; lang: Language; route: Route; question: QuestionModel }
  | { kind: 'result'; lang: Language; route: Route; result: ResultModel }
  | { kind: 'notFound'; lang: Language; route: Route; status: 404 }
  | { kind: Exclude<StaticPage, 'directory'>; lang: Language; route: Route };

export interface FlowRuntime {
  flow: KeyedFlow;
  machine: WizardMachine;
}

export function pageFor(pathname: string, { flow, machine }: FlowRuntime): PageModel {
  const route = parseRoute(pathname);
  const { lang } = route;
  // The not-found page does not depend on the URL (its route is reset), so /404.html hydrates on any
  // unknown address without a mismatch, and its language switch goes to the other language's home.
  const notFound = { kind: 'notFound', lang, route: { page: 'notFound', lang }, status: 404 } as const;
  if (route.page === 'directory' || route.page === 'notFound') return notFound;
  if (route.page !== 'wizard') return { kind: route.page, lang, route };

  const restored = restore(machine, flow, route.options);
  if (!restored.ok) return notFound;
  const options = restored.trail.map((s) => s.option);
  const answers: GivenAnswer[] = restored.trail.map((s, i) => {
    const q = flow.questions[s.question]!;
    return {
      question: q.text,
      answer: q.options.find((o) => o.id === s.option)!.label,
      // Change: that question with only the answers before it; later answers are dropped.
      changeHref: wizardUrl(lang, options.slice(0, i)),
    };
  });
  const backHref = options.length > 0 ? wizardUrl(lang, options.slice(0, -1)) : undefined;

  if (restored.kind === 'question') {
    const q = flow.questions[restored.node]!;
    const question: QuestionModel = {
      id: q.id,
      step: options.length + 1,
      text: q.text,
      hint: q.hint,
      why: q.why,
      options: q.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint, href: wizardUrl(lang, [...options, o.id]) })),
      answers,
      backHref,
    };
    return { kind: options.length === 0 ? 'home' : 'question', lang, route, question };
  }

  const r = flow.results[restored.node]!;
  const contact = (id: string | undefined) => (id === undefined ? undefined : flow.contacts[id]);
  const primary = contact(r.primary);
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
      primary: primary && { contact: primary, fallback: contact(primary.whenClosed) },
      others: r.others.slice(0, 2).map(contact).filter((c): c is Contact => c !== undefined),
      resources: r.resources.map((id) => flow.resources[id]).filter((x): x is Resource => x !== undefined),
      answers,
      backHref: backHref!,
      startHref: wizardUrl(lang, []),
      directoryHref: directoryPath(lang, r.theme),
    },
  };
}
