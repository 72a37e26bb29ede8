import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { normaliseOrigin, pageDescription, pageMeta } from '../../../src/app/page-meta';
import type { PageModel, ResultModel } from '../../../src/app/page-model';

// A t() that shows which key and values it was asked for, so the test sees what the description is made of.
const t = ((key: string, opts?: Record<string, unknown>) =>
  opts?.question
    ? `[${key}] ${String(opts.question)}`
    : key === 'r.why'
      ? 'First. Second. Third.'
      : `<${key}>`) as unknown as TFunction;

const result = (over: Partial<ResultModel>): PageModel => ({
  kind: 'result',
  lang: 'en',
  route: { page: 'wizard', lang: 'en', options: ['a', 'b'] },
  result: {
    id: 'r',
    title: 'r.title',
    why: 'r.why',
    urgent: false,
    others: [],
    localSteps: [],
    resources: [],
    answers: [],
    backHref: '',
    startHref: '',
    directoryHref: '',
    ...over,
  },
});

describe('page meta', () => {
  it('describes a result by its summary, else by the first two sentences of its why', () => {
    expect(pageDescription(result({ summary: 'r.summary' }), t)).toBe('<r.summary>');
    expect(pageDescription(result({}), t)).toBe('First. Second.');
  });

  it('describes a question by its text and hint', () => {
    const model: PageModel = {
      kind: 'question',
      lang: 'nl',
      route: { page: 'wizard', lang: 'nl', options: ['x'] },
      question: { id: 'q', step: 2, text: 'q.text', hint: 'q.hint', options: [], answers: [] },
    };
    expect(pageDescription(model, t)).toBe('[meta.question] <q.text> <q.hint>');
  });

  it('gives absolute canonical and alternates for the same answers in each language, x-default Dutch', () => {
    const meta = pageMeta(result({}), t, 'https://wegwijzer.example.nl/');
    expect(meta.canonical).toBe('https://wegwijzer.example.nl/en/wegwijzer/a/b/');
    expect(meta.alternates).toEqual([
      { hreflang: 'nl', href: 'https://wegwijzer.example.nl/nl/wegwijzer/a/b/' },
      { hreflang: 'en', href: 'https://wegwijzer.example.nl/en/wegwijzer/a/b/' },
      { hreflang: 'x-default', href: 'https://wegwijzer.example.nl/nl/wegwijzer/a/b/' },
    ]);
    expect(meta.noindex).toBe(false);
  });

  it('marks the not-found page noindex, without canonical or alternates', () => {
    const meta = pageMeta(
      { kind: 'notFound', lang: 'nl', route: { page: 'notFound', lang: 'nl' }, status: 404 },
      t,
      'http://127.0.0.1:8080',
    );
    expect(meta).toMatchObject({ noindex: true, alternates: [] });
    expect(meta.canonical).toBeUndefined();
  });

  it('refuses an origin with a path', () => {
    expect(normaliseOrigin('https://example.nl/')).toBe('https://example.nl');
    expect(() => normaliseOrigin('https://example.nl/wegwijzer')).toThrow(/scheme:\/\/host/);
  });
});
