// The routes module and the page model: URL ↔ page, without React.
import { describe, expect, it } from 'vitest';
import { directoryPath, inLanguage, notFoundPath, parseRoute, pathFor, STATIC_PAGES } from '../../src/app/routes';
import { pageFor } from '../../src/app/page-model';
import { LANGUAGES } from '../../src/flow/languages';
import { loadFlowDir } from '../fixtures/wizard/harness';

const { runtime } = loadFlowDir();

describe('routes', () => {
  it('parses what it builds, for every fixed page in every language', () => {
    for (const lang of LANGUAGES) {
      for (const page of STATIC_PAGES) expect(parseRoute(pathFor({ page, lang }))).toEqual({ page, lang });
      expect(parseRoute(pathFor({ page: 'wizard', lang, options: ['a', 'b'] }))).toEqual({
        page: 'wizard',
        lang,
        options: ['a', 'b'],
      });
    }
  });

  it('has a slug per language and keeps the place when switching', () => {
    expect(pathFor({ page: 'about', lang: 'nl' })).toBe('/nl/over/');
    expect(inLanguage(parseRoute('/nl/over/'), 'en')).toBe('/en/about/');
    expect(inLanguage(parseRoute('/nl/wegwijzer/x/y/'), 'en')).toBe('/en/wegwijzer/x/y/');
    expect(inLanguage(parseRoute('/nl/nergens/'), 'en')).toBe('/en/');
  });

  it('sends unknown paths to the not-found page of their language (Dutch when none)', () => {
    expect(parseRoute('/en/nowhere/')).toEqual({ page: 'notFound', lang: 'en' });
    expect(parseRoute('/fr/')).toEqual({ page: 'notFound', lang: 'nl' });
    expect(parseRoute('/nl/over/extra/')).toEqual({ page: 'notFound', lang: 'nl' });
    expect(notFoundPath('nl')).toBe('/404.html');
    expect(notFoundPath('en')).toBe('/en/404.html');
  });

  it('filters the directory on a theme', () => {
    expect(directoryPath('nl', 'polarisatie')).toBe('/nl/aanbod/?thema=polarisatie');
    expect(directoryPath('en')).toBe('/en/directory/');
  });
});

describe('page model', () => {
  it('builds every link a question page needs', () => {
    const model = pageFor('/nl/wegwijzer/niet-dringend/gemeente/', runtime);
    if (model.kind !== 'question') throw new Error(model.kind);
    expect(model.question).toMatchObject({ id: 'zorg', step: 3, backHref: '/nl/wegwijzer/niet-dringend/' });
    expect(model.question.options.map((o) => o.href)).toEqual([
      '/nl/wegwijzer/niet-dringend/gemeente/spanningen/',
      '/nl/wegwijzer/niet-dringend/gemeente/radicalisering/',
    ]);
    expect(model.question.answers.map((a) => a.changeHref)).toEqual(['/nl/', '/nl/wegwijzer/niet-dringend/']);
  });

  it('resolves the primary contact with its whenClosed fallback, the others and the resources', () => {
    const model = pageFor('/en/wegwijzer/niet-dringend/gemeente/radicalisering/', runtime);
    if (model.kind !== 'result') throw new Error(model.kind);
    expect(model.result.primary?.contact.id).toBe('lse');
    expect(model.result.primary?.fallback?.contact.id).toBe('politie');
    expect(model.result.others.map((c) => c.id)).toEqual(['ess']);
    expect(model.result.startHref).toBe('/en/');
    expect(model.result.directoryHref).toBe('/en/directory/?thema=radicalisering');
  });

  it('is the home page for no answers and not found for answers that do not fit', () => {
    expect(pageFor('/en/', runtime).kind).toBe('home');
    expect(pageFor('/en/wegwijzer/direct-gevaar/extra/', runtime)).toMatchObject({
      kind: 'notFound',
      lang: 'en',
      status: 404,
    });
    expect(pageFor('/nl/aanbod/', runtime).kind).toBe('directory');
    expect(pageFor('/en/route-map/', runtime).kind).toBe('routemap');
  });
});
