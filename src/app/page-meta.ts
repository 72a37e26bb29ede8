// What a page tells search engines, besides its title: its own description, its canonical address and the
// same page in every language (hreflang). Prerendered into each page's <head> (scripts/prerender.ts) and
// listed in dist/sitemap.xml. Absolute addresses need the public origin: the build reads it from
// WEGWIJZER_PUBLIC_ORIGIN (docs/deploy.md); this module only takes it as an argument.
import type { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, FLOW_NAMESPACE, LANGUAGES, type Language } from './flow';
import type { PageModel } from './page-model';
import { inLanguage, pathFor } from './routes';
import { firstSentences } from '../content/sentences';

export interface PageMeta {
  description: string;
  /** Path of this page (absolute with the origin); absent on the not-found page, which must not be indexed. */
  canonical?: string;
  /** The page in each language, then x-default (the default language's), as absolute URLs. */
  alternates: { hreflang: string; href: string }[];
  /** Search engines should not index this page (the not-found page). */
  noindex: boolean;
}

/** "https://example.nl/" or "https://example.nl" → "https://example.nl": paths are joined with their own slash. */
export function normaliseOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`public origin must be scheme://host[:port] only, got ${origin}`);
  return url.origin;
}

export function pageDescription(model: PageModel, t: TFunction): string {
  const flow = (key: string) => t(key, { ns: FLOW_NAMESPACE });
  let text: string;
  switch (model.kind) {
    case 'home':
      text = t('home.intro', { ns: 'ui' });
      break;
    case 'question': {
      const { text: q, hint } = model.question;
      text = t('meta.question', { ns: 'ui', question: hint ? `${flow(q)} ${flow(hint)}` : flow(q) });
      break;
    }
    case 'result':
      // Its one-sentence summary; a result without one is described by the first sentences of its "why".
      text = model.result.summary ? flow(model.result.summary) : firstSentences(flow(model.result.why), 2);
      break;
    case 'notFound':
      text = t('notFound.text', { ns: 'ui' });
      break;
    default:
      text = t(`meta.${model.kind}`, { ns: 'ui' });
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function pageMeta(model: PageModel, t: TFunction, origin: string): PageMeta {
  const base = normaliseOrigin(origin);
  const description = pageDescription(model, t);
  if (model.kind === 'notFound') return { description, alternates: [], noindex: true };
  const href = (lang: Language) => base + inLanguage(model.route, lang);
  return {
    description,
    canonical: base + pathFor(model.route),
    alternates: [
      ...LANGUAGES.map((lang) => ({ hreflang: lang, href: href(lang) })),
      { hreflang: 'x-default', href: href(DEFAULT_LANGUAGE) },
    ],
    noindex: false,
  };
}

/** One element of a page's head, as the prerenderer writes it and the app sets it after a step. */
export interface HeadElement {
  tag: 'meta' | 'link';
  attributes: Record<string, string>;
}

/** The <head> elements that make a page findable, in order: description, noindex, canonical, language alternates. */
export function headElements(meta: PageMeta): HeadElement[] {
  const elements: HeadElement[] = [{ tag: 'meta', attributes: { name: 'description', content: meta.description } }];
  if (meta.noindex) elements.push({ tag: 'meta', attributes: { name: 'robots', content: 'noindex' } });
  if (meta.canonical) elements.push({ tag: 'link', attributes: { rel: 'canonical', href: meta.canonical } });
  for (const a of meta.alternates)
    elements.push({ tag: 'link', attributes: { rel: 'alternate', hreflang: a.hreflang, href: a.href } });
  return elements;
}

/** Selects every element headElements may write, so a step can replace the previous page's. */
export const HEAD_ELEMENTS_SELECTOR =
  'meta[name="description"], meta[name="robots"], link[rel="canonical"], link[rel="alternate"][hreflang]';
