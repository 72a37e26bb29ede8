// A result page's own data (issue 28): what the page shows of the catalogue and of the flow's texts in its
// language, a few KB instead of the whole catalogue and every result's texts (about 26 KB gzip). The
// prerenderer writes one module per result and language (dist/assets/results/, scripts/prerender.ts) and names
// it on the page's root (data-result-data); the browser loads it to take that page over (lazy-pages.ts). Every
// other page, and every page after the first step, uses the whole catalogue.
import type { Catalogue, Language } from './flow';

export interface PageData {
  lang: Language;
  /** The result's entry, the contacts and resources it names (and those they name), and the taxonomy. */
  catalogue: Catalogue;
  /** The flow's texts the catalogue above names, in `lang`. */
  texts: Record<string, string>;
}

/**
 * The data the page of `resultId` is rendered from. What it holds is found by reference, not by knowing what
 * the page shows: every string in the result that names a contact or a resource brings that one in, and every
 * string in those brings in the next (a contact's `whenClosed`, `via`, a guide's `availableFrom`); the text
 * keys are the strings in it that are keys of `texts`. Taking in a little too much is harmless; missing
 * something is not, which tests/unit/app/page-data.test.ts checks by rendering every result page from its
 * own data.
 */
export function resultPageData(
  catalogue: Catalogue,
  texts: Record<string, string>,
  lang: Language,
  resultId: string,
): PageData {
  const result = catalogue.results[resultId];
  if (!result) throw new Error(`resultPageData: no result "${resultId}" in the catalogue`);
  const contacts: Catalogue['contacts'] = {};
  const resources: Catalogue['resources'] = {};
  const strings = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (strings.has(value)) return;
      strings.add(value);
      if (Object.hasOwn(catalogue.contacts, value)) visit((contacts[value] = catalogue.contacts[value]!));
      if (Object.hasOwn(catalogue.resources, value)) visit((resources[value] = catalogue.resources[value]!));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  // The taxonomy and the source titles are small and any card may name them: all of them.
  const { audiences, themes, sourceTexts } = catalogue;
  visit([result, audiences, themes, sourceTexts]);
  return {
    lang,
    catalogue: { results: { [resultId]: result }, contacts, resources, audiences, themes, sourceTexts },
    texts: Object.fromEntries(Object.entries(texts).filter(([key]) => strings.has(key))),
  };
}

/** The module the prerenderer writes for a result page: its data as the default export. */
export function pageDataModule(data: PageData): string {
  return `export default ${JSON.stringify(data)};\n`;
}

/** Where the page's data is, as the prerendered root names it: only a module of the site's own results folder. */
export const PAGE_DATA_FOLDER = '/assets/results/';

/** Loads the module at `url` (a path in PAGE_DATA_FOLDER; anything else is refused). */
export async function loadPageData(url: string): Promise<PageData> {
  if (!url.startsWith(PAGE_DATA_FOLDER) || url.includes('..') || url.includes('//'))
    throw new Error(`loadPageData: ${url} is not in ${PAGE_DATA_FOLDER}`);
  return ((await import(/* @vite-ignore */ url)) as { default: PageData }).default;
}
