// The flow's texts per language, as lazy imports of the flow plugin's virtual modules: the browser fetches
// only the language it shows, and of it only the parts the page shows (src/flow/texts.ts; issue 28). Typed
// by Language, so adding a language without its loaders fails tsc.
import type { Language } from './flow';
import { TEXT_PARTS, type TextPart } from '../flow/texts';
import { addFlowTexts, addNamespaces, BASE_NAMESPACES, fetchNamespaces, type I18n } from '../i18n/i18n';
import { yieldToMain } from './main-thread';
import { firstPageTextsCover, needsCatalogue, type FlowRuntime } from './page-model';
import { parseRoute } from './routes';

type Texts = () => Promise<{ default: Record<string, string> }>;

const all: Record<Language, Texts> = {
  nl: () => import('virtual:wegwijzer/texts/nl'),
  en: () => import('virtual:wegwijzer/texts/en'),
};

const parts: Record<Language, Record<TextPart, Texts>> = {
  nl: {
    questions: () => import('virtual:wegwijzer/texts/nl/questions'),
    results: () => import('virtual:wegwijzer/texts/nl/results'),
    catalogue: () => import('virtual:wegwijzer/texts/nl/catalogue'),
  },
  en: {
    questions: () => import('virtual:wegwijzer/texts/en/questions'),
    results: () => import('virtual:wegwijzer/texts/en/results'),
    catalogue: () => import('virtual:wegwijzer/texts/en/catalogue'),
  },
};

/** Every flow text of a language (the server, which renders any page). */
export async function loadFlowTexts(lang: Language): Promise<Record<string, string>> {
  return (await all[lang]()).default;
}

/** One part of a language's flow texts. */
export async function loadFlowTextPart(lang: Language, part: TextPart): Promise<Record<string, string>> {
  return (await parts[lang][part]()).default;
}

/**
 * The parts of the flow's texts the page at `pathname` shows besides the questions (which every language
 * loads first): a question page none; a result page, the directory, the sources and the route map the
 * results' and the catalogue's — but not the first page when its own data holds its texts (page-data.ts).
 * Call it once the page is prepared (preparePage): a result needs the engine, or the prerendered page's own
 * answer, to be told from a question.
 */
export function moreTextPartsFor(pathname: string, runtime: FlowRuntime): TextPart[] {
  const { page } = parseRoute(pathname);
  if (page === 'wizard')
    return needsCatalogue(pathname, runtime) && !firstPageTextsCover(pathname, runtime) ? ['results', 'catalogue'] : [];
  if (page === 'directory' || page === 'routemap' || page === 'sources') return ['results', 'catalogue'];
  return [];
}

/** The interface namespaces the page at `pathname` shows besides BASE_NAMESPACES (after preparePage, as above). */
export function moreNamespacesFor(pathname: string, runtime: FlowRuntime): string[] {
  const { page } = parseRoute(pathname);
  if (page === 'directory' || page === 'routemap') return ['contact', 'directory'];
  if (page === 'sources' || (page === 'wizard' && needsCatalogue(pathname, runtime))) return ['contact'];
  return [];
}

/**
 * Puts the parts of the flow's texts and the interface namespaces a page needs into `i18n` (moreTextPartsFor,
 * moreNamespacesFor), each once (`ensure`); `fetch` only fetches them (a link pointed at), `all(lang)` every
 * part and namespace of a language (after the first step: later steps then need no request).
 */
export function textParts(i18n: I18n, runtime: FlowRuntime) {
  const added = new Set<string>();
  const ensure = async (pathname: string): Promise<void> => {
    const { lang } = parseRoute(pathname);
    const missing = moreTextPartsFor(pathname, runtime).filter((part) => !added.has(`${lang}/${part}`));
    const namespaces = addNamespaces(i18n, lang, moreNamespacesFor(pathname, runtime));
    const own = runtime.firstPage?.data;
    if (own && firstPageTextsCover(pathname, runtime) && !added.has('first page')) {
      addFlowTexts(i18n, lang, own.texts);
      added.add('first page');
    }
    const [texts] = await Promise.all([Promise.all(missing.map((part) => loadFlowTextPart(lang, part))), namespaces]);
    if (missing.length === 0) return;
    await yieldToMain(); // adding them is a task of its own, not part of the one that evaluated them
    missing.forEach((part, i) => {
      addFlowTexts(i18n, lang, texts[i]!);
      added.add(`${lang}/${part}`);
    });
  };
  // Fetched only: adding a language's texts to i18next, or switching to it, changes the page shown.
  const fetch = (pathname: string) => {
    const { lang } = parseRoute(pathname);
    const parts = ['questions' as const, ...moreTextPartsFor(pathname, runtime)];
    const namespaces = [...BASE_NAMESPACES, ...moreNamespacesFor(pathname, runtime)];
    return Promise.all([...parts.map((part) => loadFlowTextPart(lang, part)), fetchNamespaces(lang, namespaces)]);
  };
  const all = (lang: Language) =>
    Promise.all([...TEXT_PARTS.map((part) => loadFlowTextPart(lang, part)), fetchNamespaces(lang)]);
  return { ensure, fetch, all };
}
