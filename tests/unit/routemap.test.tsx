// @vitest-environment jsdom
// The route map of the real flow: every question, option and result, each linked to its wizard page.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../src/flow/paths';
import { wizardUrl } from '../../src/flow/url';
import { LANGUAGES } from '../../src/flow/languages';
import { app, loadFlowDir, makeI18n, REAL_FLOW_DIR } from '../fixtures/wizard/harness';

const real = loadFlowDir(REAL_FLOW_DIR);
const PATH = { nl: '/nl/routekaart/', en: '/en/route-map/' } as const;

describe.each(LANGUAGES)('the route map in %s', (lang) => {
  it('lists every question, option and result of the flow, each linked to its wizard page', async () => {
    window.history.replaceState(null, '', PATH[lang]);
    const t = await makeI18n(real.texts, lang);
    render(app(real, t, PATH[lang]));
    const text = (key: string) => real.texts[lang][key]!;
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    const hrefs = new Set(within(main).getAllByRole('link').map((a) => a.getAttribute('href')));
    // Every page of every path: each question (also the first) and each result, by its own URL.
    for (const page of allPages(real.flow)) expect(hrefs, wizardUrl(lang, page.options)).toContain(wizardUrl(lang, page.options));
    const content = main.textContent ?? '';
    for (const q of Object.values(real.flow.questions)) {
      expect(content).toContain(text(q.text));
      for (const o of q.options) expect(content).toContain(text(o.label));
    }
    for (const r of Object.values(real.flow.results)) {
      expect(content).toContain(text(r.title));
      expect(content).toContain(text(real.flow.contacts[r.primary]!.name));
    }
    // A heading per answer to the first question.
    const start = real.flow.questions[real.flow.start]!;
    for (const o of start.options) expect(screen.getByRole('heading', { level: 2, name: text(o.label) })).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });
});

describe('the route map in words', () => {
  it('says which earlier answer decided a route', async () => {
    window.history.replaceState(null, '', '/nl/routekaart/');
    const t = await makeI18n(real.texts, 'nl');
    render(app(real, t, '/nl/routekaart/'));
    // The flow routes some answers by the role given before (zorg-bestuurder looks at `rol`).
    const conditional = Object.values(real.flow.questions).some((q) => q.rules.some((r) => JSON.stringify(r.when).includes('"answer"') && !JSON.stringify(r.when).includes(`"answer":"${q.id}"`)));
    if (conditional) expect(screen.getAllByText(/^Omdat eerder gekozen is: ‘/).length).toBeGreaterThan(0);
    expect(t.missing).toEqual([]);
  });
});
