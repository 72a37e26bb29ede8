// Every URL the app knows, in one place: the wizard's (answers in the path, see src/flow/url.ts) and the
// fixed pages with a slug per language. Parsing and building live together so they cannot drift apart.
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, parseWizardUrl, wizardUrl, type Language } from './flow';
// The directory's query parameters are defined once, with its filter (a result page links to its theme).
import { THEME_PARAM } from '../content/directory-params';

export const STATIC_PAGES = ['about', 'privacy', 'accessibility', 'sources', 'directory', 'routemap'] as const;
export type StaticPage = (typeof STATIC_PAGES)[number];

const SLUGS: Record<StaticPage, Record<Language, string>> = {
  about: { nl: 'over', en: 'about' },
  privacy: { nl: 'privacy', en: 'privacy' },
  accessibility: { nl: 'toegankelijkheid', en: 'accessibility' },
  sources: { nl: 'bronnen', en: 'sources' },
  // Every contact and resource, filtered by the query (see src/content/directory.ts for its parameters).
  directory: { nl: 'aanbod', en: 'directory' },
  // Every question, answer and where it leads, from the flow data.
  routemap: { nl: 'routekaart', en: 'route-map' },
};

export type Route =
  | { page: 'wizard'; lang: Language; options: string[] }
  | { page: StaticPage; lang: Language }
  | { page: 'notFound'; lang: Language };

export function parseRoute(pathname: string): Route {
  const wizard = parseWizardUrl(pathname);
  if (wizard) return { page: 'wizard', ...wizard };
  const parts = pathname.split('/').filter((p) => p !== '');
  const lang = parts[0] !== undefined && isLanguage(parts[0]) ? parts[0] : DEFAULT_LANGUAGE;
  if (parts.length === 2 && parts[0] === lang) {
    for (const page of STATIC_PAGES) if (SLUGS[page][lang] === parts[1]) return { page, lang };
  }
  return { page: 'notFound', lang };
}

export function pathFor(route: Route): string {
  if (route.page === 'wizard') return wizardUrl(route.lang, route.options);
  if (route.page === 'notFound') return notFoundPath(route.lang);
  return `/${route.lang}/${SLUGS[route.page][route.lang]}/`;
}

/** The file the server sends (with status 404) for an unknown URL in a language. */
export function notFoundPath(lang: Language): string {
  return lang === DEFAULT_LANGUAGE ? '/404.html' : `/${lang}/404.html`;
}

/** The same place in another language: same answers, same page. A not-found page has no place: go home. */
export function inLanguage(route: Route, lang: Language): string {
  if (route.page === 'notFound') return wizardUrl(lang, []);
  return pathFor({ ...route, lang });
}

export function directoryPath(lang: Language, theme?: string): string {
  const base = pathFor({ page: 'directory', lang });
  return theme ? `${base}?${THEME_PARAM}=${encodeURIComponent(theme)}` : base;
}

export { LANGUAGES };
