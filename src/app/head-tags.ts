// The head of a page the app steps to without a page load: the description, noindex, canonical link and
// language alternates the prerenderer writes into that page's file (scripts/prerender.ts), from the same
// pageMeta and headElements, so search engines that run scripts, sharing and bookmarks see the page's own.
// Loaded with the lazily loaded parts (loadHeadTags in lazy-pages.ts), not in the first JavaScript: the first
// page's head is prerendered, and only a step needs this.
import type { TFunction } from 'i18next';
import { HEAD_ELEMENTS_SELECTOR, headElements, pageMeta } from './page-meta';
import type { PageModel } from './page-model';

/** Replaces the previous page's findability elements in <head> with those of `model`. */
export function applyHead(
  model: PageModel,
  t: TFunction,
  origin: string = import.meta.env.WEGWIJZER_PUBLIC_ORIGIN,
): void {
  for (const old of document.head.querySelectorAll(HEAD_ELEMENTS_SELECTOR)) old.remove();
  for (const { tag, attributes } of headElements(pageMeta(model, t, origin))) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.head.append(element);
  }
}
