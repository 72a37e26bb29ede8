// @vitest-environment jsdom
// After an in-app step the app replaces the previous page's description, noindex, canonical and alternates
// with the new page's (the browser test compares the result with each prerendered file).
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { applyHead } from '../../../src/app/head-tags';
import type { PageModel } from '../../../src/app/page-model';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;
const about: PageModel = { kind: 'about', lang: 'en', route: { page: 'about', lang: 'en' } };
const notFound: PageModel = { kind: 'notFound', lang: 'nl', route: { page: 'notFound', lang: 'nl' }, status: 404 };
const findable = () =>
  [...document.head.querySelectorAll('meta, link')].map((e) => [
    e.getAttribute('name') ?? e.getAttribute('rel'),
    e.getAttribute('content') ?? e.getAttribute('href'),
    e.getAttribute('hreflang'),
  ]);

describe('applyHead', () => {
  it("replaces the previous page's elements and leaves the rest of the head alone", () => {
    document.head.innerHTML =
      '<meta charset="utf-8"><link rel="icon" href="data:,"><meta name="description" content="old"><link rel="canonical" href="https://example.nl/nl/">' +
      '<link rel="alternate" hreflang="nl" href="https://example.nl/nl/"><link rel="alternate" hreflang="en" href="https://example.nl/en/">';
    applyHead(about, t, 'https://example.nl');
    expect(findable()).toEqual([
      [null, null, null],
      ['icon', 'data:,', null],
      ['description', '<meta.about>', null],
      ['canonical', 'https://example.nl/en/about/', null],
      ['alternate', 'https://example.nl/nl/over/', 'nl'],
      ['alternate', 'https://example.nl/en/about/', 'en'],
      ['alternate', 'https://example.nl/nl/over/', 'x-default'],
    ]);
  });

  it('marks a not-found page noindex, with no canonical or alternates, and takes that back on the next page', () => {
    applyHead(notFound, t, 'https://example.nl');
    expect(findable().filter(([name]) => name !== null && name !== 'icon')).toEqual([
      ['description', '<notFound.text>', null],
      ['robots', 'noindex', null],
    ]);
    applyHead(about, t, 'https://example.nl');
    expect(findable().some(([name]) => name === 'robots')).toBe(false);
  });
});
